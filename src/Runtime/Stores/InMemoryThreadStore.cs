using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace AgentGen;

/// <summary>
/// A thread store in this process's memory, for tests and single-process tools. Threads are immutable, so it keeps the
/// thread objects themselves; it is safe to use from many tasks at once.
/// </summary>
public sealed class InMemoryThreadStore : IThreadStore
{
    private readonly Dictionary<string, Entry> threads = new(StringComparer.Ordinal);
    private readonly TimeProvider time;
    private readonly object gate = new();
    private long nextSequence;

    /// <summary>Initializes an empty store.</summary>
    /// <param name="timeProvider">The clock for <see cref="ThreadSummary.UpdatedAt"/>; the system clock when <see langword="null"/>.</param>
    public InMemoryThreadStore(TimeProvider? timeProvider = null)
    {
        time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public Task<StoredThread> CreateAsync(AgentThread thread, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thread);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (threads.TryGetValue(thread.Id, out Entry? existing))
            {
                throw new ThreadConflictException(thread.Id, 0, existing.Stored.Version);
            }

            return Task.FromResult(Put(thread, 1));
        }
    }

    /// <inheritdoc/>
    public Task<StoredThread?> LoadAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult(threads.TryGetValue(id, out Entry? entry) ? entry.Stored : null);
        }
    }

    /// <inheritdoc/>
    public Task<StoredThread> SaveAsync(AgentThread thread, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thread);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (!threads.TryGetValue(thread.Id, out Entry? entry) || entry.Stored.Version != expectedVersion)
            {
                throw new ThreadConflictException(thread.Id, expectedVersion, entry?.Stored.Version);
            }

            return Task.FromResult(Put(thread, expectedVersion + 1));
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<ThreadSummary>> ListAsync(ThreadStatus status, int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            IReadOnlyList<ThreadSummary> found = threads.Values
                .Where(entry => entry.Stored.Thread.Status == status)
                .OrderBy(entry => entry.Sequence)
                .Take(limit)
                .Select(entry => new ThreadSummary(entry.Stored.Thread.Id, status, entry.Stored.Version, entry.UpdatedAt))
                .ToArray();
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc/>
    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult(threads.Remove(id));
        }
    }

    private StoredThread Put(AgentThread thread, long version)
    {
        var stored = new StoredThread(thread, version);
        threads[thread.Id] = new Entry(stored, time.GetUtcNow(), nextSequence++);
        return stored;
    }

    private sealed record Entry(StoredThread Stored, DateTimeOffset UpdatedAt, long Sequence);
}
