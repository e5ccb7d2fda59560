using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AgentGen.Generated;

namespace AgentGen.Stores.Tests;

/// <summary>
/// What every <see cref="IThreadStore"/> promises, run against each store: round trips, versions and conflicts,
/// listing, deletion, cancellation, concurrency and threads written by a newer application. A store passes by deriving
/// a test class and opening stores over fresh storage.
/// </summary>
public abstract partial class ThreadStoreConformance : IAsyncLifetime
{
    /// <summary>Gets the clock every store of the test uses.</summary>
    protected SteppingClock Clock { get; } = new();

    /// <summary>Gets whether the store keeps threads as JSON, read back with the registry it was opened with.</summary>
    /// <remarks>An in-memory store keeps the thread objects themselves: no reader ever decides an event is unknown.</remarks>
    protected virtual bool KeepsJson => true;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <inheritdoc/>
    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <inheritdoc/>
    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Opens a store over this test's storage, which is empty when the test starts. Every call in one test reaches the
    /// same storage: a second call is a second application instance or worker.
    /// </summary>
    /// <param name="tools">The registry the store reads tool calls with.</param>
    /// <returns>The store, using <see cref="Clock"/>.</returns>
    protected abstract ValueTask<IThreadStore> OpenStoreAsync(IToolRegistry tools);

    /// <summary>Opens a store over this test's storage that reads this assembly's tools.</summary>
    /// <returns>The store.</returns>
    protected ValueTask<IThreadStore> OpenStoreAsync() => OpenStoreAsync(ToolRegistry.Instance);

    [Fact]
    public async Task A_created_thread_loads_back_with_every_event_and_its_typed_tool_calls()
    {
        IThreadStore store = await OpenStoreAsync();
        AgentThread thread = SampleThreads.EveryEventKind();

        StoredThread created = await store.CreateAsync(thread, Ct);
        StoredThread? loaded = await store.LoadAsync(thread.Id, Ct);

        Assert.Equal(1, created.Version);
        Assert.NotNull(loaded);
        Assert.Equal(1, loaded.Version);
        Assert.Equal(thread.Id, loaded.Thread.Id);
        Assert.Equal(thread.Events, loaded.Thread.Events);
        Assert.Equal(ThreadStatus.Done, loaded.Thread.Status);
        Assert.Equal(ThreadJson.Serialize(thread), ThreadJson.Serialize(loaded.Thread));
        Assert.Equal(
            new DeployBackend("v1.4.2", DeployEnvironment.Production, "newest tag"),
            loaded.Thread.Events.OfType<ToolCallEvent>().Select(call => call.Tool).OfType<DeployBackend>().First());
    }

    [Fact]
    public async Task Loading_an_id_that_was_never_stored_returns_null()
    {
        IThreadStore store = await OpenStoreAsync();
        await store.CreateAsync(SampleThreads.Done(), Ct);

        Assert.Null(await store.LoadAsync("0123456789abcdef0123456789abcdef", Ct));
    }

    [Fact]
    public async Task Ids_that_differ_only_in_case_are_different_threads()
    {
        IThreadStore store = await OpenStoreAsync();
        AgentThread lower = AgentThread.FromEvents("thread-a", [new MessageEvent("lower")]);
        AgentThread upper = AgentThread.FromEvents("THREAD-A", [new MessageEvent("upper")]);

        await store.CreateAsync(lower, Ct);
        await store.CreateAsync(upper, Ct);

        Assert.Equal(lower.Events, (await store.LoadAsync("thread-a", Ct))!.Thread.Events);
        Assert.Equal(upper.Events, (await store.LoadAsync("THREAD-A", Ct))!.Thread.Events);
    }

    [Fact]
    public async Task Creating_an_id_twice_is_a_conflict_and_keeps_the_first_thread()
    {
        IThreadStore store = await OpenStoreAsync();
        AgentThread first = SampleThreads.AwaitingApproval();
        await store.CreateAsync(first, Ct);

        var conflict = await Assert.ThrowsAsync<ThreadConflictException>(() => store.CreateAsync(first.Append(new MessageEvent("again")), Ct));

        Assert.Equal((first.Id, 0L, (long?)1), (conflict.ThreadId, conflict.ExpectedVersion, conflict.ActualVersion));
        StoredThread? stored = await store.LoadAsync(first.Id, Ct);
        Assert.Equal(1, stored!.Version);
        Assert.Equal(first.Events, stored.Thread.Events);
    }

    [Fact]
    public async Task Saving_at_the_version_last_seen_stores_the_thread_at_the_next_version()
    {
        IThreadStore store = await OpenStoreAsync();
        AgentThread thread = SampleThreads.AwaitingApproval();
        StoredThread created = await store.CreateAsync(thread, Ct);

        StoredThread approved = await store.SaveAsync(thread.Approve("ship it"), created.Version, Ct);
        StoredThread done = await store.SaveAsync(approved.Thread.Append(new DoneEvent("shipped")), approved.Version, Ct);

        Assert.Equal((2L, 3L), (approved.Version, done.Version));
        StoredThread? loaded = await store.LoadAsync(thread.Id, Ct);
        Assert.Equal(3, loaded!.Version);
        Assert.Equal(ThreadStatus.Done, loaded.Thread.Status);
        Assert.Equal(done.Thread.Events, loaded.Thread.Events);
    }

    [Fact]
    public async Task Saving_at_a_stale_version_is_a_conflict_and_overwrites_nothing()
    {
        IThreadStore store = await OpenStoreAsync();
        AgentThread thread = SampleThreads.AwaitingApproval();
        await store.CreateAsync(thread, Ct);
        StoredThread approved = await store.SaveAsync(thread.Approve("ship it"), 1, Ct);

        // A second person answers the same thread from the copy they loaded at version 1.
        var conflict = await Assert.ThrowsAsync<ThreadConflictException>(() => store.SaveAsync(thread.Reject("not today"), 1, Ct));

        Assert.Equal((thread.Id, 1L, (long?)2), (conflict.ThreadId, conflict.ExpectedVersion, conflict.ActualVersion));
        StoredThread? stored = await store.LoadAsync(thread.Id, Ct);
        Assert.Equal(2, stored!.Version);
        Assert.Equal(approved.Thread.Events, stored.Thread.Events);
        Assert.IsType<ApprovalGrantedEvent>(stored.Thread.Events[^1]);
    }

    [Fact]
    public async Task Saving_a_deleted_thread_is_a_conflict_and_does_not_bring_it_back()
    {
        IThreadStore store = await OpenStoreAsync();
        AgentThread thread = SampleThreads.AwaitingApproval();
        await store.CreateAsync(thread, Ct);
        await store.DeleteAsync(thread.Id, Ct);

        var conflict = await Assert.ThrowsAsync<ThreadConflictException>(() => store.SaveAsync(thread.Approve(), 1, Ct));

        Assert.Equal((1L, (long?)null), (conflict.ExpectedVersion, conflict.ActualVersion));
        Assert.Null(await store.LoadAsync(thread.Id, Ct));
    }

    [Fact]
    public async Task Deleting_returns_true_for_a_stored_thread_then_false_and_it_is_neither_loaded_nor_listed()
    {
        IThreadStore store = await OpenStoreAsync();
        AgentThread kept = SampleThreads.AwaitingApproval("v1");
        AgentThread thread = SampleThreads.AwaitingApproval("v2");
        await store.CreateAsync(kept, Ct);
        await store.CreateAsync(thread, Ct);

        Assert.True(await store.DeleteAsync(thread.Id, Ct));
        Assert.False(await store.DeleteAsync(thread.Id, Ct));
        Assert.Null(await store.LoadAsync(thread.Id, Ct));
        Assert.NotNull(await store.LoadAsync(kept.Id, Ct));
        Assert.Equal([kept.Id], (await store.ListAsync(ThreadStatus.AwaitingApproval, 10, Ct)).Select(summary => summary.Id));
    }

    [Fact]
    public async Task A_deleted_id_can_be_created_again_at_version_1()
    {
        IThreadStore store = await OpenStoreAsync();
        AgentThread thread = SampleThreads.AwaitingApproval();
        await store.CreateAsync(thread, Ct);
        await store.SaveAsync(thread.Approve(), 1, Ct);
        await store.DeleteAsync(thread.Id, Ct);

        StoredThread again = await store.CreateAsync(thread, Ct);

        Assert.Equal(1, again.Version);
        Assert.Equal(ThreadStatus.AwaitingApproval, (await store.LoadAsync(thread.Id, Ct))!.Thread.Status);
    }

    [Fact]
    public async Task Cancelled_operations_throw_and_change_nothing()
    {
        IThreadStore store = await OpenStoreAsync();
        AgentThread stored = SampleThreads.AwaitingApproval();
        await store.CreateAsync(stored, Ct);
        AgentThread other = SampleThreads.Done();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.CreateAsync(other, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.LoadAsync(stored.Id, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.SaveAsync(stored.Approve(), 1, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ListAsync(ThreadStatus.AwaitingApproval, 10, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.DeleteAsync(stored.Id, cancelled.Token));

        Assert.Null(await store.LoadAsync(other.Id, Ct));
        StoredThread? unchanged = await store.LoadAsync(stored.Id, Ct);
        Assert.Equal(1, unchanged!.Version);
        Assert.Equal(ThreadStatus.AwaitingApproval, unchanged.Thread.Status);
    }
}
