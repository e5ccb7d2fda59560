using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace AgentGen.Stores.Tests;

// Listing by status: what a worker polls to find the threads waiting for it.
public abstract partial class ThreadStoreConformance
{
    [Fact]
    public async Task Listing_returns_only_that_status_least_recently_saved_first()
    {
        IThreadStore store = await OpenStoreAsync();
        var savedAt = new Dictionary<string, DateTimeOffset>();
        AgentThread first = SampleThreads.AwaitingApproval("v1");
        AgentThread done = SampleThreads.Done();
        AgentThread second = SampleThreads.AwaitingApproval("v2");
        AgentThread third = SampleThreads.AwaitingApproval("v3");
        foreach (AgentThread thread in new[] { first, done, second, third })
        {
            await store.CreateAsync(thread, Ct);
            savedAt[thread.Id] = Clock.LastReturned;
        }

        // Saved again, still waiting: now the most recently saved.
        await store.SaveAsync(first.Append(new MessageEvent("any news?")).Append(new ToolCallEvent("call_2", new DeployBackend("v1", DeployEnvironment.Staging)), new ApprovalRequestedEvent("call_2")), 1, Ct);
        savedAt[first.Id] = Clock.LastReturned;

        IReadOnlyList<ThreadSummary> waiting = await store.ListAsync(ThreadStatus.AwaitingApproval, 100, Ct);

        Assert.Equal(
            [
                new ThreadSummary(second.Id, ThreadStatus.AwaitingApproval, 1, savedAt[second.Id]),
                new ThreadSummary(third.Id, ThreadStatus.AwaitingApproval, 1, savedAt[third.Id]),
                new ThreadSummary(first.Id, ThreadStatus.AwaitingApproval, 2, savedAt[first.Id]),
            ],
            waiting);
        Assert.Equal([done.Id], (await store.ListAsync(ThreadStatus.Done, 100, Ct)).Select(summary => summary.Id));
        Assert.Empty(await store.ListAsync(ThreadStatus.Failed, 100, Ct));
    }

    [Fact]
    public async Task Listing_returns_at_most_the_limit_oldest_first()
    {
        IThreadStore store = await OpenStoreAsync();
        var ids = new List<string>();
        for (int i = 0; i < 5; i++)
        {
            AgentThread thread = SampleThreads.AwaitingApproval("v" + i);
            await store.CreateAsync(thread, Ct);
            ids.Add(thread.Id);
        }

        Assert.Equal(ids.Take(2), (await store.ListAsync(ThreadStatus.AwaitingApproval, 2, Ct)).Select(summary => summary.Id));
        Assert.Equal(ids.Take(1), (await store.ListAsync(ThreadStatus.AwaitingApproval, 1, Ct)).Select(summary => summary.Id));
        Assert.Equal(ids, (await store.ListAsync(ThreadStatus.AwaitingApproval, 50, Ct)).Select(summary => summary.Id));
    }

    [Fact]
    public async Task A_save_that_changes_the_status_moves_the_thread_to_the_other_list()
    {
        IThreadStore store = await OpenStoreAsync();
        AgentThread thread = SampleThreads.AwaitingApproval();
        await store.CreateAsync(thread, Ct);

        await store.SaveAsync(thread.Approve("ship it"), 1, Ct);

        Assert.Empty(await store.ListAsync(ThreadStatus.AwaitingApproval, 10, Ct));
        ThreadSummary ready = Assert.Single(await store.ListAsync(ThreadStatus.Ready, 10, Ct));
        Assert.Equal((thread.Id, 2L), (ready.Id, ready.Version));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task Listing_with_a_limit_below_one_is_refused(int limit)
    {
        IThreadStore store = await OpenStoreAsync();

        var refused = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.ListAsync(ThreadStatus.Ready, limit, Ct));

        Assert.Equal("limit", refused.ParamName);
    }
}
