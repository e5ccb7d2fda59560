using System;
using System.Linq;
using System.Threading.Tasks;
using AgentGen;
using AgentGen.Testing;
using static AgentGen.Tests.Agents.AgentTestKit;

namespace AgentGen.Tests.Agents;

/// <summary>Factor 7: approvals and answers come from a person, through the thread, and run a call once.</summary>
public sealed class ApprovalTests
{
    private static AgentThread Start() => AgentThread.Start("restart the api in production");

    [Fact]
    public async Task An_approved_call_runs_its_handler_once_with_the_comment_then_the_loop_goes_on()
    {
        var probe = new OpsProbe();
        var model = new ScriptedChatClient().Then(new RestartProduction("api")).Then(new ReportDone("restarted"));
        var agent = new OpsAgent(model, probe);

        AgentThread paused = await agent.RunAsync(Start(), Ct);
        AgentThread done = await agent.RunAsync(paused.Approve("go ahead"), Ct);

        Assert.Equal(1, probe.ApprovedRestarts);
        string callId = Single<ApprovalRequestedEvent>(paused).CallId;
        Assert.Equal(new ApprovalGrantedEvent(callId, "go ahead"), Single<ApprovalGrantedEvent>(done));
        Assert.Equal(new ToolResultEvent(callId, "restart_production", "restarted api"), Single<ToolResultEvent>(done));
        Assert.Equal(ThreadStatus.Done, done.Status);
        Assert.Equal(2, model.Requests.Count);
    }

    [Fact]
    public async Task Stepping_an_approved_thread_twice_from_the_same_state_is_the_callers_choice_but_the_result_records_the_run()
    {
        var probe = new OpsProbe();
        var model = new ScriptedChatClient().Then(new RestartProduction("api")).Then(new ReportDone("restarted"));
        var agent = new OpsAgent(model, probe);
        AgentThread approved = (await agent.RunAsync(Start(), Ct)).Approve();

        AgentThread afterRun = await agent.StepAsync(approved, Ct);

        // Once the result is recorded, the next step asks the model: the approval is not run again.
        Assert.IsType<ToolResultEvent>(afterRun.Events[^1]);
        AgentThread next = await agent.StepAsync(afterRun, Ct);
        Assert.Equal(1, probe.ApprovedRestarts);
        Assert.Equal(ThreadStatus.Done, next.Status);
    }

    [Fact]
    public async Task A_rejected_call_never_runs_and_the_model_sees_the_feedback()
    {
        var probe = new OpsProbe();
        var model = new ScriptedChatClient().Then(new RestartProduction("api")).Then(new ReportDone("not restarted"));
        var agent = new OpsAgent(model, probe);

        AgentThread paused = await agent.RunAsync(Start(), Ct);
        AgentThread done = await agent.RunAsync(paused.Reject("not on Fridays"), Ct);

        Assert.Equal(0, probe.ApprovedRestarts);
        Assert.Contains("<approval_rejected>\ntool: restart_production\nfeedback: not on Fridays\n</approval_rejected>", model.Requests[1].Text, StringComparison.Ordinal);
        Assert.Equal(ThreadStatus.Done, done.Status);
    }

    [Fact]
    public async Task A_persons_answer_resumes_a_thread_waiting_for_input_and_the_model_sees_it()
    {
        var model = new ScriptedChatClient().Then(new AskOperator("which region?")).Then(new ReportDone("done"));
        var agent = new OpsAgent(model, new OpsProbe());

        AgentThread waiting = await agent.RunAsync(Start(), Ct);
        Assert.Equal(ThreadStatus.AwaitingHuman, waiting.Status);
        AgentThread done = await agent.RunAsync(waiting.Respond("eu-west-1"), Ct);

        Assert.Contains("<human_response>\neu-west-1\n</human_response>", model.Requests[1].Text, StringComparison.Ordinal);
        Assert.Equal(ThreadStatus.Done, done.Status);
    }

    [Fact]
    public void A_thread_that_waits_for_nothing_refuses_approve_reject_and_respond_with_what_to_do()
    {
        AgentThread ready = Start();

        var approve = Assert.Throws<InvalidOperationException>(() => ready.Approve());
        Assert.Contains("is Ready, not AwaitingApproval", approve.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => ready.Reject("no"));
        Assert.Throws<InvalidOperationException>(() => ready.Respond("hello"));
    }

    [Fact]
    public async Task A_thread_waiting_for_approval_refuses_respond_and_one_waiting_for_input_refuses_approve()
    {
        var agent = new OpsAgent(new ScriptedChatClient().Then(new RestartProduction("api")).Then(new AskOperator("why?")), new OpsProbe());
        AgentThread awaitingApproval = await agent.RunAsync(Start(), Ct);
        AgentThread awaitingInput = await agent.RunAsync(awaitingApproval.Reject("explain first"), Ct);

        Assert.Contains("Use Approve or Reject", Assert.Throws<InvalidOperationException>(() => awaitingApproval.Respond("x")).Message, StringComparison.Ordinal);
        Assert.Contains("Use Respond", Assert.Throws<InvalidOperationException>(() => awaitingInput.Approve()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_escalated_thread_resumes_after_a_persons_response_with_the_error_count_reset()
    {
        var model = new ScriptedChatClient()
            .ThenToolCall("no_such_tool", "{}").ThenToolCall("no_such_tool", "{}").ThenToolCall("no_such_tool", "{}")
            .Then(new ReportDone("recovered"));
        var agent = new OpsAgent(model, new OpsProbe());

        AgentThread escalated = await agent.RunAsync(Start(), Ct);
        Assert.Equal(ThreadStatus.Escalated, escalated.Status);
        AgentThread resumed = escalated.Respond("use report_done");

        Assert.Equal(0, resumed.ConsecutiveErrors);
        Assert.Equal(ThreadStatus.Done, (await agent.RunAsync(resumed, Ct)).Status);
        Assert.Equal(["human_response"], resumed.Events.Skip(escalated.Events.Length).Select(e => e.Kind));
    }
}
