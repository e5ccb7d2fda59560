using System;

namespace AgentGen;

/// <summary>Thrown when stored thread JSON is not a thread: malformed JSON, a missing or mistyped property, or an unsupported schema version.</summary>
public sealed class ThreadFormatException : Exception
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="message">What is wrong and where.</param>
    public ThreadFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes the exception.</summary>
    /// <param name="message">What is wrong and where.</param>
    /// <param name="innerException">The JSON reader's exception.</param>
    public ThreadFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
