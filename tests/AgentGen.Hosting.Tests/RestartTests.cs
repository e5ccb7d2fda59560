using System;
using System.Linq;
using System.Threading.Tasks;
using AgentGen.Testing;
using Microsoft.Extensions.Logging;

namespace AgentGen.Hosting.Tests;

/// <summary>
/// Picking up after a restart (factor 6): a newly started host runs the threads a stopped one left ready in the store,
/// including approved calls that never ran and calls whose handler was interrupted, and touches nothing else.
/// </summary>
public sealed class RestartTests(PostgreSqlSchema schema) : IClassFixture<PostgreSqlSchema>
{
    [Fact]
    public async Task A_new_host_runs_every_thread_left_ready_and_retries_an_interrupted_call_with_its_call_id()
    {
        await using SharedStore shared = await SharedStore.CreateAsync(Backend.Sqlite, schema);
        IThreadStore before = shared.Open();
        StoredThread[] fresh = await Task.WhenAll(Enumerable.Range(1, 3).Select(i => before.CreateAsync(AgentThread.Start($"check order-{i}"), Ct)));
        StoredThread approved = await before.CreateAsync(AwaitingRefund("order-4").Approve("ok"), Ct);
        StoredThread interrupted = await before.CreateAsync(AwaitingRefund("order-5").Approve("ok").Append(new ToolStartedEvent("call_1", 1)), Ct);
        StoredThread waiting = await before.CreateAsync(AwaitingRefund("order-6"), Ct);
        StoredThread done = await before.CreateAsync(AgentThread.Start("check order-7").Append(new ToolCallEvent("call_1", new RefundDone("ok")), new DoneEvent("ok")), Ct);
        string untouched = await Snapshot(before, waiting, done);
        var ledger = new RefundLedger();
        var model = new AlwaysDoneChatClient();

        // Batches of two: the start-up pass lists the store several times.
        await using AgentApp restarted = await AgentApp.StartAsync(shared.Open(), model, ledger, options =>
        {
            options.ResumeBatchSize = 2;
            options.InterruptedCallGrace = TimeSpan.FromMilliseconds(200);
        });
        foreach (StoredThread stored in fresh.Append(approved).Append(interrupted))
        {
            await restarted.WaitForStatusAsync(stored.Thread.Id, "done");
        }

        Assert.Equal([("order-4", "call_1", 1), ("order-5", "call_1", 2)], ledger.Runs.OrderBy(run => run.OrderId));
        ThreadView retried = await restarted.GetThreadAsync(interrupted.Thread.Id);
        Assert.Equal(
            ["message", "tool_call", "approval_requested", "approval_granted", "tool_started", "tool_started", "tool_result", "tool_call", "done"],
            retried.Kinds);
        Assert.Equal("refunded 500 on order-5 (retry)", retried.Events[6].GetProperty("result").GetString());
        Assert.Equal(5, model.Calls);
        Assert.Equal(untouched, await Snapshot(shared.Open(), waiting, done));
    }

    [Fact]
    public async Task A_started_call_is_not_run_again_while_its_first_run_may_still_be_going()
    {
        var store = new InMemoryThreadStore();
        StoredThread running = await store.CreateAsync(AwaitingRefund("order-5").Approve("ok").Append(new ToolStartedEvent("call_1", 1)), Ct);
        var ledger = new RefundLedger();

        // Another instance may be inside the handler right now: this one waits for the thread to stay unchanged first.
        await using AgentApp other = await AgentApp.StartAsync(store, new AlwaysDoneChatClient(), ledger, options => options.InterruptedCallGrace = TimeSpan.FromHours(1));
        await Eventually.HoldsAsync(
            () => Task.FromResult(other.Logs.Entries.Any(entry => entry.Level == LogLevel.Information && entry.Message.Contains(running.Thread.Id + " has a started call", StringComparison.Ordinal))),
            () => Task.FromResult("The host never found the started call."));

        Assert.Empty(ledger.Runs);
        Assert.Equal(running, await store.LoadAsync(running.Thread.Id, Ct));
    }

    private static System.Threading.CancellationToken Ct => TestContext.Current.CancellationToken;

    private static AgentThread AwaitingRefund(string orderId) => AgentThread.Start("refund " + orderId).Append(
        new ToolCallEvent("call_1", new IssueRefund(orderId, int.Parse(orderId[^1..], System.Globalization.CultureInfo.InvariantCulture) * 100)),
        new ApprovalRequestedEvent("call_1"));

    private static async Task<string> Snapshot(IThreadStore store, params StoredThread[] threads)
    {
        var loaded = await Task.WhenAll(threads.Select(stored => store.LoadAsync(stored.Thread.Id, Ct)));
        return string.Join("\n", loaded.Select(stored => $"v{stored!.Version} {System.Text.Encoding.UTF8.GetString(ThreadJson.Serialize(stored.Thread))}"));
    }
}
