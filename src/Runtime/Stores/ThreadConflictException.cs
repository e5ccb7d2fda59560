using System;

namespace AgentGen;

/// <summary>
/// Thrown when a store refuses a write because the thread moved on since it was loaded: another worker saved it, it was
/// deleted, or a thread with the same id already exists. Nothing was written. Load the thread again and decide anew.
/// </summary>
public sealed class ThreadConflictException : Exception
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="threadId">The thread's id.</param>
    /// <param name="expectedVersion">The version the writer expected (0 when creating).</param>
    /// <param name="actualVersion">The version in the store, or <see langword="null"/> when the thread is not stored.</param>
    public ThreadConflictException(string threadId, long expectedVersion, long? actualVersion)
        : base(Describe(threadId, expectedVersion, actualVersion))
    {
        ThreadId = threadId;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>Gets the thread's id.</summary>
    public string ThreadId { get; }

    /// <summary>Gets the version the writer expected (0 when creating).</summary>
    public long ExpectedVersion { get; }

    /// <summary>Gets the version in the store, or <see langword="null"/> when the thread is not stored.</summary>
    public long? ActualVersion { get; }

    private static string Describe(string threadId, long expectedVersion, long? actualVersion) => (expectedVersion, actualVersion) switch
    {
        (0, { } actual) => $"Thread {threadId} already exists (version {actual}): create it once, then load and save it.",
        (_, null) => $"Thread {threadId} is not stored (deleted, or never created): nothing was saved. Create it first.",
        (_, { } actual) => $"Thread {threadId} is at version {actual}, not {expectedVersion}: another writer saved it since it was loaded. Nothing was saved; load it again and retry.",
    };
}
