using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AgentGen;
using AgentGen.Testing;
using static AgentGen.Tests.Agents.AgentTestKit;

namespace AgentGen.Tests.Agents;

/// <summary>Every way a step can end: each handler outcome, and the tools the runtime handles itself.</summary>
public sealed class OutcomeTests
{
    private static AgentThread Start() => AgentThread.Start("clean up the database hosts");

    [Fact]
    public async Task Continue_records_the_result_and_the_loop_goes_on_with_it_in_the_prompt()
    {
        var model = new ScriptedChatClient().Then(new CheckDisk("db1")).Then(new ReportDone("ok"));

        AgentThread thread = await new OpsAgent(model, new OpsProbe()).RunAsync(Start(), Ct);

        Assert.Equal(["message", "tool_call", "tool_result", "tool_call", "done"], Kinds(thread));
        ToolCallEvent call = thread.Events.OfType<ToolCallEvent>().First();
        Assert.Equal(new CheckDisk("db1"), call.Tool);
        Assert.Equal(new ToolResultEvent(call.CallId, "check_disk", "db1: 87% used"), Single<ToolResultEvent>(thread));
        Assert.Equal(2, model.Requests.Count);
        Assert.Contains("<check_disk_result>\ndb1: 87% used\n</check_disk_result>", model.Requests[1].Text, System.StringComparison.Ordinal);
        Assert.Equal(ThreadStatus.Done, thread.Status);
    }

    [Fact]
    public async Task Continue_with_a_record_result_records_it_as_the_context_shows_records()
    {
        var model = new ScriptedChatClient().Then(new MeasureDisk("db2")).Then(new ReportDone("ok"));

        AgentThread thread = await new OpsAgent(model, new OpsProbe()).RunAsync(Start(), Ct);

        Assert.Equal("host: db2\nused_percent: 87", Single<ToolResultEvent>(thread).Result);
        Assert.Contains("<measure_disk_result>\nhost: db2\nused_percent: 87\n</measure_disk_result>", model.Requests[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Continue_with_a_record_result_leaves_its_sensitive_properties_out_of_the_thread_and_the_prompt()
    {
        var model = new ScriptedChatClient().Then(new MeasureDisk("db2")).Then(new ReportDone("ok"));

        AgentThread thread = await new OpsAgent(model, new OpsProbe()).RunAsync(Start(), Ct);

        Assert.DoesNotContain("rt-7f3a-secret", Single<ToolResultEvent>(thread).Result, StringComparison.Ordinal);
        Assert.DoesNotContain("read_token", model.Requests[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("rt-7f3a-secret", Encoding.UTF8.GetString(ThreadJson.Serialize(thread)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pause_stops_the_run_with_a_paused_thread()
    {
        var model = new ScriptedChatClient().Then(new HoldOn("waiting for the backup")).Then(new CheckDisk("never asked"));

        AgentThread thread = await new OpsAgent(model, new OpsProbe()).RunAsync(Start(), Ct);

        Assert.Equal(["message", "tool_call", "paused"], Kinds(thread));
        Assert.Equal(new PausedEvent("waiting for the backup"), thread.Events[^1]);
        Assert.Equal(ThreadStatus.Paused, thread.Status);
        Assert.Single(model.Requests);
        Assert.Equal(1, model.Remaining);
    }

    [Fact]
    public async Task Done_from_a_handler_ends_the_thread()
    {
        var model = new ScriptedChatClient().Then(new FinishJob("all hosts clean")).Then(new CheckDisk("never asked"));

        AgentThread thread = await new OpsAgent(model, new OpsProbe()).RunAsync(Start(), Ct);

        Assert.Equal(["message", "tool_call", "done"], Kinds(thread));
        Assert.Equal(new DoneEvent("all hosts clean"), thread.Events[^1]);
        Assert.Equal(ThreadStatus.Done, thread.Status);
        Assert.Equal(1, model.Remaining);
    }

    [Fact]
    public async Task Fail_from_a_handler_fails_the_thread()
    {
        var model = new ScriptedChatClient().Then(new GiveUp("the disk is unreadable")).Then(new CheckDisk("never asked"));

        AgentThread thread = await new OpsAgent(model, new OpsProbe()).RunAsync(Start(), Ct);

        Assert.Equal(["message", "tool_call", "failed"], Kinds(thread));
        Assert.Equal(new FailedEvent("the disk is unreadable"), thread.Events[^1]);
        Assert.Equal(ThreadStatus.Failed, thread.Status);
        Assert.Equal(1, model.Remaining);
    }

    [Fact]
    public async Task A_terminal_tool_ends_the_thread_with_its_message()
    {
        var model = new ScriptedChatClient().Then(new ReportDone("Cleaned 3 hosts: db1, db2, db3.")).Then(new CheckDisk("never asked"));

        AgentThread thread = await new OpsAgent(model, new OpsProbe()).RunAsync(Start(), Ct);

        Assert.Equal(["message", "tool_call", "done"], Kinds(thread));
        Assert.Equal(new ReportDone("Cleaned 3 hosts: db1, db2, db3."), LastCall(thread).Tool);
        Assert.Equal(new DoneEvent("Cleaned 3 hosts: db1, db2, db3."), thread.Events[^1]);
        Assert.Equal(ThreadStatus.Done, thread.Status);
    }

    [Fact]
    public async Task A_terminal_tool_with_a_multi_line_message_ends_with_that_message_as_written()
    {
        var model = new ScriptedChatClient().Then(new ReportDone("Cleaned 3 hosts.\nNothing else to do."));

        AgentThread thread = await new OpsAgent(model, new OpsProbe()).RunAsync(Start(), Ct);

        Assert.Equal(new DoneEvent("Cleaned 3 hosts.\nNothing else to do."), thread.Events[^1]);
    }

    [Fact]
    public async Task A_human_input_tool_pauses_for_a_person_without_any_handler()
    {
        var model = new ScriptedChatClient().Then(new AskOperator("Which host first?")).Then(new CheckDisk("never asked"));

        AgentThread thread = await new OpsAgent(model, new OpsProbe()).RunAsync(Start(), Ct);

        Assert.Equal(["message", "tool_call", "human_input_requested"], Kinds(thread));
        ToolCallEvent call = LastCall(thread);
        Assert.Equal(new AskOperator("Which host first?"), call.Tool);
        Assert.Equal(new HumanInputRequestedEvent(call.CallId), thread.Events[^1]);
        Assert.Equal(ThreadStatus.AwaitingHuman, thread.Status);
        Assert.Equal(1, model.Remaining);
    }

    [Fact]
    public async Task A_tool_that_requires_approval_pauses_and_its_approved_handler_does_not_run()
    {
        var probe = new OpsProbe();
        var model = new ScriptedChatClient().Then(new RestartProduction("api")).Then(new CheckDisk("never asked"));

        AgentThread thread = await new OpsAgent(model, probe).RunAsync(Start(), Ct);

        Assert.Equal(["message", "tool_call", "approval_requested"], Kinds(thread));
        ToolCallEvent call = LastCall(thread);
        Assert.Equal(new RestartProduction("api"), call.Tool);
        Assert.Equal(new ApprovalRequestedEvent(call.CallId), thread.Events[^1]);
        Assert.Equal(ThreadStatus.AwaitingApproval, thread.Status);
        Assert.Equal(0, probe.ApprovedRestarts);
        Assert.Equal(1, model.Remaining);
    }

    [Fact]
    public async Task A_handler_returning_null_becomes_an_error_event_that_says_what_to_return()
    {
        var model = new ScriptedChatClient().Then(new Forgetful("oops")).Then(new ReportDone("ok"));

        AgentThread thread = await new OpsAgent(model, new OpsProbe()).RunAsync(Start(), Ct);

        Assert.Equal(["message", "tool_call", "tool_error", "tool_call", "done"], Kinds(thread));
        ToolErrorEvent error = Single<ToolErrorEvent>(thread);
        Assert.Equal("forgetful", error.ToolName);
        Assert.Equal("InvalidOperationException", error.ErrorType);
        Assert.Contains("explicit StepOutcome", error.Message, System.StringComparison.Ordinal);
    }
}
