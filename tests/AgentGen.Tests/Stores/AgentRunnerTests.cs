using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AgentGen.Testing;
using AgentGen.Tests.Agents;
using static AgentGen.Tests.Agents.AgentTestKit;

namespace AgentGen.Tests.Stores;

/// <summary>Running threads from a store: saved after every step and before every handler, resumable anywhere (factors 6 and 7).</summary>
public sealed class AgentRunnerTests
{
    [Fact]
    public async Task A_run_saves_the_thread_and_a_second_process_resumes_it_after_an_approval()
    {
        var store = new InMemoryThreadStore();
        var gateway = new PaymentGateway();
        var model = new ScriptedChatClient().Then(new ChargeCard(500)).Then(new RefundCard(200)).Then(new PaymentDone("charged 5.00, refunded 2.00"));

        StoredThread paused = await new AgentRunner(store).StartAsync(new PaymentAgent(model, gateway), "charge 5.00 then refund 2.00", cancellationToken: Ct);

        Assert.Equal(ThreadStatus.AwaitingApproval, paused.Thread.Status);
        Assert.Equal(paused, await store.LoadAsync(paused.Thread.Id, Ct));
        Assert.Equal(["charge 500"], gateway.Requests.Select(r => r.Operation));

        // Another process: a new runner and a new agent over the same store.
        var runner = new AgentRunner(store);
        await runner.UpdateAsync(paused.Thread.Id, thread => thread.Approve("ok"), Ct);
        StoredThread done = await runner.RunAsync(new PaymentAgent(model, gateway), paused.Thread.Id, Ct);

        Assert.Equal(ThreadStatus.Done, done.Thread.Status);
        Assert.Equal(["charge 500", "refund 200"], gateway.Requests.Select(r => r.Operation));
        Assert.Equal(done, await store.LoadAsync(paused.Thread.Id, Ct));
        Assert.Equal(0, model.Remaining);
    }

    [Fact]
    public async Task A_handler_reads_its_call_id_and_the_start_is_saved_before_it_runs()
    {
        var store = new InMemoryThreadStore();
        var gateway = new PaymentGateway();
        string? savedBeforeHandler = null;
        var model = new ScriptedChatClient().Then(new ChargeCard(500)).Then(new PaymentDone("charged"));
        StoredThread created = await store.CreateAsync(AgentThread.Start("charge 5.00"), Ct);
        gateway.During = () => savedBeforeHandler = string.Join(",", Kinds(store.LoadAsync(created.Thread.Id, Ct).Result!.Thread));

        StoredThread done = await new AgentRunner(store).RunAsync(new PaymentAgent(model, gateway), created.Thread.Id, Ct);

        ToolCallEvent call = done.Thread.Events.OfType<ToolCallEvent>().First();
        Assert.Equal([("charge 500", $"{done.Thread.Id}/{call.CallId}", 1)], gateway.Requests);
        Assert.Equal("message,tool_call,tool_started", savedBeforeHandler);
        Assert.Equal(["message", "tool_call", "tool_started", "tool_result", "tool_call", "done"], Kinds(done.Thread));
        Assert.Equal(new ToolStartedEvent(call.CallId, 1), done.Thread.Events[2]);
    }

    [Fact]
    public async Task A_run_that_stops_inside_a_handler_resumes_it_with_the_same_call_id_as_a_retry()
    {
        var store = new InMemoryThreadStore();
        var gateway = new PaymentGateway();
        var model = new ScriptedChatClient().Then(new ChargeCard(500)).Then(new PaymentDone("charged"));
        StoredThread created = await store.CreateAsync(AgentThread.Start("charge 5.00"), Ct);

        // The first process stops while the provider handles the charge: nothing after the start is saved.
        using CancellationTokenSource stop = StopInsideNextRequest(gateway);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new AgentRunner(store).RunAsync(new PaymentAgent(model, gateway), created.Thread.Id, stop.Token));
        StoredThread stopped = (await store.LoadAsync(created.Thread.Id, Ct))!;
        Assert.Equal(["message", "tool_call", "tool_started"], Kinds(stopped.Thread));
        Assert.Equal(ThreadStatus.Ready, stopped.Thread.Status);

        StoredThread done = await new AgentRunner(store).RunAsync(new PaymentAgent(model, gateway), created.Thread.Id, Ct);

        string callId = stopped.Thread.Events.OfType<ToolCallEvent>().Single().CallId, key = $"{stopped.Thread.Id}/{callId}";
        Assert.Equal([("charge 500", key, 1), ("charge 500", key, 2)], gateway.Requests);
        Assert.Equal(ThreadStatus.Done, done.Thread.Status);
        Assert.Equal(
            ["message", "tool_call", "tool_started", "tool_started", "tool_result", "tool_call", "done"],
            Kinds(done.Thread));
        Assert.Equal("charge 500 accepted under key " + key + " (retry)", done.Thread.Events.OfType<ToolResultEvent>().Single().Result);

        // The model was asked once for the charge: the resumed run did not ask it again.
        Assert.Equal(2, model.Requests.Count);
    }

    [Fact]
    public async Task An_approved_call_interrupted_mid_handler_runs_again_only_as_a_retry_never_as_a_fresh_call()
    {
        var store = new InMemoryThreadStore();
        var gateway = new PaymentGateway();
        var model = new ScriptedChatClient().Then(new RefundCard(200)).Then(new PaymentDone("refunded"));
        var runner = new AgentRunner(store);
        StoredThread paused = await runner.StartAsync(new PaymentAgent(model, gateway), "refund 2.00", cancellationToken: Ct);
        await runner.UpdateAsync(paused.Thread.Id, thread => thread.Approve(), Ct);

        using CancellationTokenSource stop = StopInsideNextRequest(gateway);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.RunAsync(new PaymentAgent(model, gateway), paused.Thread.Id, stop.Token));
        StoredThread done = await runner.RunAsync(new PaymentAgent(model, gateway), paused.Thread.Id, Ct);

        string key = $"{done.Thread.Id}/{done.Thread.Events.OfType<ToolCallEvent>().First().CallId}";
        Assert.Equal([("refund 200", key, 1), ("refund 200", key, 2)], gateway.Requests);
        Assert.Equal(ThreadStatus.Done, done.Thread.Status);
        Assert.Single(done.Thread.Events.OfType<ApprovalGrantedEvent>());
    }

    [Fact]
    public async Task Two_workers_resuming_one_thread_run_its_handler_once_and_the_second_gets_a_conflict()
    {
        var store = new InMemoryThreadStore();
        var gateway = new PaymentGateway();
        var model = new ScriptedChatClient().Then(new RefundCard(200)).Then(new PaymentDone("refunded"));
        var runner = new AgentRunner(store);
        StoredThread paused = await runner.StartAsync(new PaymentAgent(model, gateway), "refund 2.00", cancellationToken: Ct);
        StoredThread approved = await runner.UpdateAsync(paused.Thread.Id, thread => thread.Approve(), Ct);

        // Both workers loaded the approved thread; the first to save its start wins.
        await runner.RunLoadedAsync(new PaymentAgent(model, gateway), approved, Ct);
        ThreadConflictException conflict = await Assert.ThrowsAsync<ThreadConflictException>(
            () => runner.RunLoadedAsync(new PaymentAgent(model, gateway), approved, Ct));

        Assert.Equal(approved.Version, conflict.ExpectedVersion);
        Assert.Single(gateway.Requests);
    }

    [Fact]
    public async Task Answering_a_thread_that_does_not_wait_for_it_is_refused_and_nothing_is_saved()
    {
        var store = new InMemoryThreadStore();
        StoredThread created = await store.CreateAsync(AgentThread.Start("charge 5.00"), Ct);
        var runner = new AgentRunner(store);

        InvalidOperationException refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => runner.UpdateAsync(created.Thread.Id, thread => thread.Approve(), Ct));
        await Assert.ThrowsAsync<ThreadNotFoundException>(() => runner.RunAsync(new PaymentAgent(new ScriptedChatClient(), new PaymentGateway()), "no-such-thread", Ct));

        Assert.Contains("is Ready, not AwaitingApproval", refused.Message, StringComparison.Ordinal);
        Assert.Equal(created, await store.LoadAsync(created.Thread.Id, Ct));
    }

    [Fact]
    public async Task A_run_that_reaches_its_step_limit_is_saved_resumable()
    {
        var store = new InMemoryThreadStore();
        var model = new ScriptedChatClient();
        for (int i = 0; i < 7; i++)
        {
            model.Then(new ChargeCard(i));
        }

        StoredThread limited = await new AgentRunner(store).StartAsync(new PaymentAgent(model, new PaymentGateway()), "charge", cancellationToken: Ct);

        Assert.Equal(ThreadStatus.StepLimitReached, limited.Thread.Status);
        Assert.Equal(6, limited.Thread.StepCount);
        Assert.Equal(limited, await store.LoadAsync(limited.Thread.Id, Ct));
    }

    /// <summary>Stands for the process dying inside the gateway's next request: the run is cancelled from inside the handler.</summary>
    private static CancellationTokenSource StopInsideNextRequest(PaymentGateway gateway)
    {
        var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        gateway.During = () =>
        {
            stop.Cancel();
            stop.Token.ThrowIfCancellationRequested();
        };
        return stop;
    }
}
