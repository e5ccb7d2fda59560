using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AgentGen.Hosting.Tests;

/// <summary>An in-memory store that can let "another instance" write just before the next save, to stage a race.</summary>
public sealed class RacingStore : IThreadStore
{
    private Func<Task>? beforeNextSave;

    /// <summary>Gets the store underneath, which the other instance writes to directly.</summary>
    public InMemoryThreadStore Inner { get; } = new();

    /// <summary>Makes something happen once, right before the next save reaches the store.</summary>
    public void BeforeNextSave(Func<Task> write) => beforeNextSave = write;

    /// <inheritdoc/>
    public Task<StoredThread> CreateAsync(AgentThread thread, CancellationToken cancellationToken = default) => Inner.CreateAsync(thread, cancellationToken);

    /// <inheritdoc/>
    public Task<StoredThread?> LoadAsync(string id, CancellationToken cancellationToken = default) => Inner.LoadAsync(id, cancellationToken);

    /// <inheritdoc/>
    public async Task<StoredThread> SaveAsync(AgentThread thread, long expectedVersion, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref beforeNextSave, null) is { } before)
        {
            await before();
        }

        return await Inner.SaveAsync(thread, expectedVersion, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<ThreadSummary>> ListAsync(ThreadStatus status, int limit = 100, CancellationToken cancellationToken = default) =>
        Inner.ListAsync(status, limit, cancellationToken);

    /// <inheritdoc/>
    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) => Inner.DeleteAsync(id, cancellationToken);
}
