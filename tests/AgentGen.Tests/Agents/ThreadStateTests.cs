using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AgentGen;
using AgentGen.Testing;
using static AgentGen.Tests.Agents.AgentTestKit;

namespace AgentGen.Tests.Agents;

/// <summary>The thread is the whole state: StepAsync is a reducer that never changes its input (factor 12), refuses threads that cannot step, and survives cancellation.</summary>
public sealed class ThreadStateTests
{
    private static AgentThread Start() => AgentThread.Start("clean up the database hosts");

    [Theory]
    [InlineData("done", "Start a new thread")]
    [InlineData("failed", "Start a new thread")]
    [InlineData("approval", "approval or rejection")]
    [InlineData("human", "person's response")]
    [InlineData("escalated", "person's response")]
    [InlineData("paused", "event that resumes it")]
    public async Task Stepping_a_thread_that_cannot_step_throws_saying_what_to_do(string state, string advice)
    {
        AgentThread thread = state switch
        {
            "done" => Start().Append(new DoneEvent("finished")),
            "failed" => Start().Append(new FailedEvent("broken")),
            "approval" => Start().Append(new ToolCallEvent("call_1", new RestartProduction("api")), new ApprovalRequestedEvent("call_1")),
            "human" => Start().Append(new ToolCallEvent("call_1", new AskOperator("which?")), new HumanInputRequestedEvent("call_1")),
            "escalated" => Start().Append(new EscalatedEvent(3)),
            _ => Start().Append(new PausedEvent("wait")),
        };
        var model = new ScriptedChatClient().Then(new CheckDisk("db1"));
        var agent = new OpsAgent(model, new OpsProbe());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => agent.StepAsync(thread, Ct));

        Assert.Contains(thread.Status.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains(advice, error.Message, StringComparison.Ordinal);
        Assert.Empty(model.Requests);
        await Assert.ThrowsAsync<InvalidOperationException>(() => agent.RunAsync(thread, Ct));
    }

    [Fact]
    public async Task Cancelling_a_running_handler_propagates_and_leaves_the_thread_unchanged()
    {
        var probe = new OpsProbe();
        var model = new ScriptedChatClient().Then(new WaitForever("the backup")).Then(new ReportDone("ok"));
        var agent = new OpsAgent(model, probe);
        AgentThread thread = Start().Append(new ToolCallEvent("call_0", new CheckDisk("db1")), new ToolResultEvent("call_0", "check_disk", "fine"));
        ThreadEvent[] before = [.. thread.Events];
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        Task<AgentThread> step = agent.StepAsync(thread, cts.Token);
        Task canceller = Task.Run(
            async () =>
            {
                await probe.WaitStarted.Task.ConfigureAwait(false);
                await cts.CancelAsync().ConfigureAwait(false);
            },
            Ct);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => step);
        await canceller;
        Assert.Equal(before, thread.Events);
        Assert.Equal(ThreadStatus.Ready, thread.Status);
        Assert.Equal(1, thread.StepCount);

        // The untouched thread is still usable: the next step goes on from where it was.
        AgentThread resumed = await agent.StepAsync(thread, Ct);
        Assert.Equal([.. before, new ToolCallEvent(LastCall(resumed).CallId, new ReportDone("ok")), new DoneEvent("ok")], resumed.Events);
    }

    [Fact]
    public async Task A_token_cancelled_before_the_step_throws_before_the_model_is_asked()
    {
        var model = new ScriptedChatClient().Then(new CheckDisk("db1"));
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new OpsAgent(model, new OpsProbe()).RunAsync(Start(), cts.Token));

        Assert.Equal(1, model.Remaining);
    }

    [Fact]
    public async Task StepAsync_returns_a_new_thread_and_does_not_change_its_input()
    {
        var model = new ScriptedChatClient().Then(new CheckDisk("db1"));
        AgentThread input = Start();
        ThreadEvent[] before = [.. input.Events];

        AgentThread output = await new OpsAgent(model, new OpsProbe()).StepAsync(input, Ct);

        Assert.NotSame(input, output);
        Assert.Equal(before, input.Events);
        Assert.Equal(ThreadStatus.Ready, input.Status);
        Assert.Equal(0, input.StepCount);
        Assert.Equal(input.Id, output.Id);
        Assert.Equal(before, output.Events.Take(before.Length));
        Assert.Equal(["message", "tool_call", "tool_result"], Kinds(output));
    }

    [Fact]
    public async Task The_same_thread_stepped_twice_gives_the_same_events()
    {
        var model = new ScriptedChatClient().Then(new Explode("boom")).Then(new Explode("boom"));
        var agent = new OpsAgent(model, new OpsProbe());
        AgentThread input = Start().Append(new ToolCallEvent("call_0", new Explode("earlier")), new ToolErrorEvent("call_0", "explode", "InvalidOperationException", "earlier"));

        AgentThread first = await agent.StepAsync(input, Ct);
        AgentThread second = await agent.StepAsync(input, Ct);

        Assert.Equal(WithoutCallIds(first), WithoutCallIds(second));
        Assert.Equal(model.Requests[0].Text, model.Requests[1].Text);
        Assert.Equal(2, second.ConsecutiveErrors);
    }

    [Fact]
    public async Task The_agent_keeps_no_state_between_threads()
    {
        // One agent, two threads: the error count that escalates comes from each thread, never from the agent.
        var model = new ScriptedChatClient().Then(new Explode("a")).Then(new Explode("b")).Then(new Explode("c"));
        var agent = new OpsAgent(model, new OpsProbe());
        AgentThread troubled = Start().Append(
            new ToolCallEvent("call_1", new Explode("x")), new ToolErrorEvent("call_1", "explode", "InvalidOperationException", "x"),
            new ToolCallEvent("call_2", new Explode("y")), new ToolErrorEvent("call_2", "explode", "InvalidOperationException", "y"));
        AgentThread fresh = AgentThread.Start("another job");

        AgentThread freshAfter = await agent.StepAsync(fresh, Ct);
        AgentThread troubledAfter = await agent.StepAsync(troubled, Ct);
        AgentThread freshAgain = await agent.StepAsync(freshAfter, Ct);

        Assert.Equal(ThreadStatus.Escalated, troubledAfter.Status);
        Assert.Equal(ThreadStatus.Ready, freshAfter.Status);
        Assert.Equal(ThreadStatus.Ready, freshAgain.Status);
        Assert.Equal(2, freshAgain.ConsecutiveErrors);
        Assert.DoesNotContain("message: y", model.Requests[2].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("clean up the database hosts", model.Requests[2].Text, StringComparison.Ordinal);
    }
}
