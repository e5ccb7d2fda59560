using System;
using System.Linq;
using System.Threading.Tasks;
using AgentGen;
using AgentGen.Agents;
using AgentGen.Testing;
using static AgentGen.Tests.Agents.AgentTestKit;

namespace AgentGen.Tests.Agents;

/// <summary>Handler exceptions become compact error events; enough of them in a row escalate (factor 9).</summary>
public sealed class ToolErrorTests
{
    private static AgentThread Start() => AgentThread.Start("clean up the database hosts");

    [Fact]
    public async Task A_throwing_handler_becomes_a_tool_error_with_type_and_message_and_the_loop_goes_on()
    {
        var model = new ScriptedChatClient().Then(new Explode("disk on fire")).Then(new ReportDone("ok"));

        AgentThread thread = await new OpsAgent(model, new OpsProbe()).RunAsync(Start(), Ct);

        Assert.Equal(["message", "tool_call", "tool_error", "tool_call", "done"], Kinds(thread));
        ToolCallEvent call = thread.Events.OfType<ToolCallEvent>().First();
        Assert.Equal(new ToolErrorEvent(call.CallId, "explode", "InvalidOperationException", "disk on fire"), Single<ToolErrorEvent>(thread));
        Assert.Contains("<error>\ntool: explode\ntype: InvalidOperationException\nmessage: disk on fire\n</error>", model.Requests[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", model.Requests[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(OpsAgent), model.Requests[1].Text, StringComparison.Ordinal);
        Assert.Equal(ThreadStatus.Done, thread.Status);
    }

    [Fact]
    public async Task A_handlers_own_timeout_is_a_tool_error_not_a_cancellation_of_the_run()
    {
        var model = new ScriptedChatClient().Then(new CallSlowService("https://slow.example")).Then(new ReportDone("ok"));

        AgentThread thread = await new OpsAgent(model, new OpsProbe()).RunAsync(Start(), Ct);

        Assert.Equal(["message", "tool_call", "tool_error", "tool_call", "done"], Kinds(thread));
        ToolErrorEvent error = Single<ToolErrorEvent>(thread);
        Assert.Equal("TaskCanceledException", error.ErrorType);
        Assert.Contains("https://slow.example", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_outage_propagates_and_leaves_the_thread_unchanged()
    {
        var outage = new System.Net.Http.HttpRequestException("503 Service Unavailable");
        var model = new ScriptedChatClient().ThenThrow(outage).Then(new ReportDone("ok"));
        var agent = new OpsAgent(model, new OpsProbe());
        AgentThread thread = Start();

        var thrown = await Assert.ThrowsAsync<System.Net.Http.HttpRequestException>(() => agent.RunAsync(thread, Ct));

        Assert.Same(outage, thrown);
        Assert.Equal(["message"], Kinds(thread));
        Assert.Equal(ThreadStatus.Done, (await agent.RunAsync(thread, Ct)).Status);
    }

    [Fact]
    public async Task A_huge_exception_message_is_cut_to_the_bound_saying_how_much_was_left_out()
    {
        var model = new ScriptedChatClient().Then(new Explode("0123456789", Repeat: 1024)).Then(new ReportDone("ok"));

        AgentThread thread = await new OpsAgent(model, new OpsProbe()).RunAsync(Start(), Ct);

        string message = Single<ToolErrorEvent>(thread).Message;
        string full = string.Concat(Enumerable.Repeat("0123456789", 1024));
        Assert.Equal(full[..AgentSteps.MaxErrorMessageLength] + $"... ({full.Length - AgentSteps.MaxErrorMessageLength} more characters)", message);
        Assert.True(model.Requests[1].Text.Length < 1_500, $"the next prompt carries the cut message, not 10 KB: {model.Requests[1].Text.Length} characters");
    }

    [Fact]
    public async Task Three_errors_in_a_row_escalate_and_the_run_stops()
    {
        var model = new ScriptedChatClient()
            .Then(new Explode("one"))
            .Then(new Explode("two"))
            .Then(new Explode("three"))
            .Then(new ReportDone("never asked"));

        AgentThread thread = await new OpsAgent(model, new OpsProbe()).RunAsync(Start(), Ct);

        Assert.Equal(3, OpsAgent.MaxConsecutiveErrors);
        Assert.Equal(
            ["message", "tool_call", "tool_error", "tool_call", "tool_error", "tool_call", "tool_error", "escalated"],
            Kinds(thread));
        Assert.Equal(new EscalatedEvent(3), thread.Events[^1]);
        Assert.Equal(ThreadStatus.Escalated, thread.Status);
        Assert.Equal(1, model.Remaining);

        // The model saw the first error when it chose again, then both; the third went to a person, not to the model.
        Assert.Equal(3, model.Requests.Count);
        Assert.Contains("message: one\n", model.Requests[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("message: two\n", model.Requests[1].Text, StringComparison.Ordinal);
        Assert.Contains("message: one\n", model.Requests[2].Text, StringComparison.Ordinal);
        Assert.Contains("message: two\n", model.Requests[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_errors_and_tool_errors_count_together()
    {
        var model = new ScriptedChatClient()
            .ThenText("hmm")
            .Then(new Explode("two"))
            .ThenToolCall("check_disc", """{"host": "db1"}""")
            .Then(new ReportDone("never asked"));

        AgentThread thread = await new OpsAgent(model, new OpsProbe()).RunAsync(Start(), Ct);

        Assert.Equal(["message", "parse_error", "tool_call", "tool_error", "parse_error", "escalated"], Kinds(thread));
        Assert.Equal(ThreadStatus.Escalated, thread.Status);
        Assert.Equal(1, model.Remaining);
    }

    [Fact]
    public async Task A_success_in_between_resets_the_error_count()
    {
        var model = new ScriptedChatClient()
            .Then(new Explode("one"))
            .Then(new Explode("two"))
            .Then(new CheckDisk("db1"))
            .Then(new Explode("three"))
            .Then(new Explode("four"))
            .Then(new ReportDone("done despite errors"));

        AgentThread thread = await new OpsAgent(model, new OpsProbe()).RunAsync(Start(), Ct);

        Assert.DoesNotContain(thread.Events, e => e is EscalatedEvent);
        Assert.Equal(4, thread.Events.OfType<ToolErrorEvent>().Count());
        Assert.Equal(new DoneEvent("done despite errors"), thread.Events[^1]);
        Assert.Equal(ThreadStatus.Done, thread.Status);
    }

    [Fact]
    public async Task An_escalated_thread_cannot_step_until_a_person_answers()
    {
        var model = new ScriptedChatClient().Then(new Explode("one")).Then(new Explode("two")).Then(new Explode("three")).Then(new ReportDone("ok"));
        var agent = new OpsAgent(model, new OpsProbe());
        AgentThread escalated = await agent.RunAsync(Start(), Ct);

        await Assert.ThrowsAsync<InvalidOperationException>(() => agent.StepAsync(escalated, Ct));

        AgentThread answered = await agent.RunAsync(escalated.Append(new MessageEvent("the disk is fine, just report done")), Ct);
        Assert.Equal(ThreadStatus.Done, answered.Status);
    }
}
