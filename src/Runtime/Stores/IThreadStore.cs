using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AgentGen;

/// <summary>
/// Keeps threads between runs, processes and machines (factor 6: launch, pause, resume). Every saved thread carries a
/// version number; a save names the version it was loaded at and fails with <see cref="ThreadConflictException"/>,
/// overwriting nothing, when another writer saved in between (optimistic concurrency).
/// </summary>
/// <remarks>
/// Implementations: <see cref="InMemoryThreadStore"/> for tests, <c>AgentGen.Sqlite</c> for one process, <c>AgentGen.PostgreSql</c>
/// for many workers. All of them pass the same conformance suite.
/// </remarks>
public interface IThreadStore
{
    /// <summary>Stores a new thread at version 1.</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stored thread and its version (1).</returns>
    /// <exception cref="ThreadConflictException">A thread with the same id is already stored.</exception>
    Task<StoredThread> CreateAsync(AgentThread thread, CancellationToken cancellationToken = default);

    /// <summary>Loads a thread and the version it is stored at.</summary>
    /// <param name="id">The thread's id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stored thread, or <see langword="null"/> when no thread has that id.</returns>
    Task<StoredThread?> LoadAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Replaces a stored thread with a newer one, if nobody saved it since <paramref name="expectedVersion"/>.</summary>
    /// <param name="thread">The new thread (same id).</param>
    /// <param name="expectedVersion">The version the thread was loaded or last saved at.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stored thread and its new version (<paramref name="expectedVersion"/> + 1).</returns>
    /// <exception cref="ThreadConflictException">The stored version is not <paramref name="expectedVersion"/>, or the thread was deleted; nothing was written.</exception>
    Task<StoredThread> SaveAsync(AgentThread thread, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Lists the threads in one status, least recently saved first.</summary>
    /// <param name="status">The status to list.</param>
    /// <param name="limit">The most threads to return.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The threads' summaries.</returns>
    Task<IReadOnlyList<ThreadSummary>> ListAsync(ThreadStatus status, int limit = 100, CancellationToken cancellationToken = default);

    /// <summary>Deletes a thread.</summary>
    /// <param name="id">The thread's id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> when a thread was deleted; <see langword="false"/> when none had that id.</returns>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);
}
