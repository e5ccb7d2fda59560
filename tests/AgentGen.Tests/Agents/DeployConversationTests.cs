using System;
using System.Linq;
using System.Threading.Tasks;
using AgentGen;
using AgentGen.Testing;
using static AgentGen.Tests.Agents.AgentTestKit;

namespace AgentGen.Tests.Agents;

/// <summary>The 12-factor guide's deploy conversation, end to end with a scripted model.</summary>
public sealed class DeployConversationTests
{
    [Fact]
    public async Task List_tags_then_a_typo_then_deploy_then_done()
    {
        var world = new DeployWorld();
        var model = new ScriptedChatClient()
            .Then(new ListGitTags(3))
            .ThenToolCall("deploy_fronted", """{"tag": "v1.4.2", "environment": "production"}""")
            .Then(new DeployFrontend("v1.4.2", DeployTarget.Production))
            .Then(new DoneForNow("Deployed frontend v1.4.2 to production."));

        AgentThread thread = await new DeployLikeAgent(model, world).RunAsync(AgentThread.Start("deploy the newest frontend tag to production"), Ct);

        Assert.Equal(ThreadStatus.Done, thread.Status);
        Assert.Equal(
            ["message", "tool_call", "tool_result", "parse_error", "tool_call", "tool_result", "tool_call", "done"],
            Kinds(thread));
        var events = WithoutCallIds(thread);
        Assert.Equal(new MessageEvent("deploy the newest frontend tag to production"), events[0]);
        Assert.Equal(new ToolCallEvent(string.Empty, new ListGitTags(3)), events[1]);
        Assert.Equal(new ToolResultEvent(string.Empty, "list_git_tags", "v1.4.2, v1.4.1, v1.4.0"), events[2]);
        Assert.Equal(
            "$: expected one of deploy_backend, deploy_frontend, done_for_now, list_git_tags, request_more_information, found tool \"deploy_fronted\"",
            ((ParseErrorEvent)events[3]).Message);
        Assert.Equal(new ToolCallEvent(string.Empty, new DeployFrontend("v1.4.2", DeployTarget.Production)), events[4]);
        Assert.Equal(new ToolResultEvent(string.Empty, "deploy_frontend", "deployed frontend v1.4.2 to Production as dep-101"), events[5]);
        Assert.Equal(new DoneEvent("Deployed frontend v1.4.2 to production."), events[7]);
        Assert.Equal(["frontend v1.4.2 Production"], world.Deployments);
        Assert.Equal(4, thread.StepCount);
        Assert.Equal(0, model.Remaining);

        // The model saw its mistake before it corrected it.
        Assert.Contains("found tool \"deploy_fronted\"", model.Requests[2].Text, StringComparison.Ordinal);
        Assert.Contains("<list_git_tags_result>\nv1.4.2, v1.4.1, v1.4.0\n</list_git_tags_result>", model.Requests[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_backend_deploy_waits_for_approval_and_deploys_nothing()
    {
        var world = new DeployWorld();
        var model = new ScriptedChatClient()
            .Then(new ListGitTags(1))
            .Then(new DeployBackend("v1.4.2", DeployTarget.Production))
            .Then(new DoneForNow("never asked"));

        AgentThread thread = await new DeployLikeAgent(model, world).RunAsync(AgentThread.Start("deploy the newest backend tag to production"), Ct);

        Assert.Equal(ThreadStatus.AwaitingApproval, thread.Status);
        Assert.Equal(["message", "tool_call", "tool_result", "tool_call", "approval_requested"], Kinds(thread));
        Assert.Equal(new DeployBackend("v1.4.2", DeployTarget.Production), LastCall(thread).Tool);
        Assert.Equal(LastCall(thread).CallId, ((ApprovalRequestedEvent)thread.Events[^1]).CallId);
        Assert.Empty(world.Deployments);
        Assert.Equal(1, model.Remaining);
    }

    [Fact]
    public async Task A_question_for_the_person_pauses_and_the_answer_resumes_the_thread()
    {
        var world = new DeployWorld();
        var model = new ScriptedChatClient()
            .Then(new RequestMoreInformation("Which environment?"))
            .Then(new DeployFrontend("v1.4.2", DeployTarget.Staging))
            .Then(new DoneForNow("Deployed to staging."));
        var agent = new DeployLikeAgent(model, world);

        AgentThread waiting = await agent.RunAsync(AgentThread.Start("deploy the newest frontend tag"), Ct);
        Assert.Equal(ThreadStatus.AwaitingHuman, waiting.Status);

        AgentThread thread = await agent.RunAsync(waiting.Append(new MessageEvent("staging")), Ct);

        Assert.Equal(ThreadStatus.Done, thread.Status);
        Assert.Equal(["frontend v1.4.2 Staging"], world.Deployments);
        Assert.Contains("<request_more_information>\nmessage: Which environment?\n</request_more_information>", model.Requests[1].Text, StringComparison.Ordinal);
        Assert.Contains("<user_message>\nstaging\n</user_message>", model.Requests[1].Text, StringComparison.Ordinal);
        Assert.Equal(thread.Events.Length, thread.Events.Distinct().Count());
    }

    [Fact]
    public async Task The_deploy_conversation_yields_the_same_thread_through_tool_calls_and_json()
    {
        static ScriptedChatClient Script() => new ScriptedChatClient()
            .Then(new ListGitTags(3))
            .Then(new DeployBackend("v1.4.2", DeployTarget.Production))
            .ThenToolCall("deploy_fronted", """{"tag": "v1.4.2", "environment": "production"}""")
            .Then(new DeployFrontend("v1.4.2", DeployTarget.Production))
            .Then(new DoneForNow("Deployed backend and frontend v1.4.2 to production."));
        AgentThread start = AgentThread.Start("deploy the newest backend and frontend tags to production");
        var toolCallsModel = Script();
        var jsonModel = Script();
        var toolCalls = new DeployLikeAgent(toolCallsModel, new DeployWorld());
        var json = new DeployLikeJsonAgent(jsonModel, new DeployWorld());

        AgentThread byToolCalls = await toolCalls.RunAsync((await toolCalls.RunAsync(start, Ct)).Approve("ship it"), Ct);
        AgentThread byJson = await json.RunAsync((await json.RunAsync(start, Ct)).Approve("ship it"), Ct);

        Assert.Equal(ThreadStatus.Done, byToolCalls.Status);
        Assert.Equal(byToolCalls.Events, byJson.Events);
        Assert.NotNull(toolCallsModel.Requests[0].Options.Tools);
        Assert.Null(toolCallsModel.Requests[0].Options.ResponseFormat);
        Assert.IsType<Microsoft.Extensions.AI.ChatResponseFormatJson>(jsonModel.Requests[0].Options.ResponseFormat);
        Assert.Null(jsonModel.Requests[0].Options.Tools);
        Assert.Single(byJson.Events.OfType<ParseErrorEvent>(), e => e.ToolName == "deploy_fronted");
    }
}
