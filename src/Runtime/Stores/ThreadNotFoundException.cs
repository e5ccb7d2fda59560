using System;

namespace AgentGen;

/// <summary>Thrown when a thread is asked for by an id no stored thread has.</summary>
public sealed class ThreadNotFoundException : Exception
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="threadId">The id asked for.</param>
    public ThreadNotFoundException(string threadId)
        : base($"No thread with id '{threadId}' is stored: it was deleted, or never created in this store.")
    {
        ThreadId = threadId;
    }

    /// <summary>Gets the id asked for.</summary>
    public string ThreadId { get; }
}
