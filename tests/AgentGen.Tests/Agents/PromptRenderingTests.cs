using System;
using System.Linq;
using System.Threading.Tasks;
using AgentGen;
using AgentGen.Testing;
using Microsoft.Extensions.AI;
using static AgentGen.Tests.Agents.AgentTestKit;

namespace AgentGen.Tests.Agents;

/// <summary>Render…Prompt shows exactly what a step sends (factor 2), with the thread rendered as compact tags (factor 3).</summary>
public sealed class PromptRenderingTests
{
    private static AgentThread SmallThread() => AgentThread.FromEvents(
        "0123456789abcdef0123456789abcdef",
        [
            new MessageEvent("check the disks on db1"),
            new ToolCallEvent("call_1", new CheckDisk("db1")),
            new ToolResultEvent("call_1", "check_disk", "db1: 87% used"),
        ]);

    [Fact]
    public void The_prompt_is_the_template_with_the_thread_rendered_in_place()
    {
        StepRequest request = new OpsAgent(new ScriptedChatClient(), new OpsProbe()).RenderNextStepPrompt(SmallThread());

        ChatMessage message = Assert.Single(request.Messages);
        Assert.Equal(ChatRole.User, message.Role);
        Assert.Equal(
            """
            You are an operations assistant.
            Pick the single next step.

            <user_message>
            check the disks on db1
            </user_message>

            <check_disk>
            host: db1
            </check_disk>

            <check_disk_result>
            db1: 87% used
            </check_disk_result>
            """.ReplaceLineEndings("\n"),
            message.Text);
        Assert.Equal(message.Text, request.Text);
    }

    [Fact]
    public void The_options_offer_the_unions_tools_require_one_call_and_invoke_nothing()
    {
        ChatOptions options = new OpsAgent(new ScriptedChatClient(), new OpsProbe()).RenderNextStepPrompt(SmallThread()).Options;

        Assert.NotNull(options.Tools);
        Assert.Equal(IOpsStep.ToolNames.Split(", "), options.Tools.Select(t => t.Name));
        Assert.Equal(
            ["ask_operator", "call_slow_service", "check_disk", "explode", "finish_job", "forgetful", "give_up", "hold_on", "measure_disk", "report_done", "restart_production", "wait_forever"],
            options.Tools.Select(t => t.Name));
        Assert.All(options.Tools, tool => Assert.IsType<ToolDeclaration>(tool));
        Assert.DoesNotContain(options.Tools, tool => tool is AIFunction);
        ToolDeclaration checkDisk = options.Tools.OfType<ToolDeclaration>().Single(t => t.Name == "check_disk");
        Assert.Equal(CheckDisk.JsonSchema, checkDisk.JsonSchema.GetRawText());
        Assert.Equal("Check the disk of a host.", checkDisk.Description);
        Assert.Equal(ChatToolMode.RequireAny, options.ToolMode);
        Assert.False(options.AllowMultipleToolCalls);
        Assert.Null(options.ResponseFormat);
    }

    [Fact]
    public async Task What_the_step_sends_is_what_render_produced()
    {
        var model = new ScriptedChatClient().Then(new ReportDone("ok"));
        var agent = new OpsAgent(model, new OpsProbe());
        AgentThread thread = SmallThread();
        StepRequest rendered = agent.RenderNextStepPrompt(thread);

        await agent.StepAsync(thread, Ct);

        StepRequest sent = Assert.Single(model.Requests);
        Assert.Equal(rendered.Messages.Select(m => (m.Role, m.Text)), sent.Messages.Select(m => (m.Role, m.Text)));
        Assert.Equal(rendered.Text, sent.Text);
        Assert.Equal(rendered.Options.Tools!.Select(t => t.Name), sent.Options.Tools!.Select(t => t.Name));
        Assert.Equal(rendered.Options.ToolMode, sent.Options.ToolMode);
        Assert.Equal(rendered.Options.AllowMultipleToolCalls, sent.Options.AllowMultipleToolCalls);
    }

    [Fact]
    public void Rendering_is_deterministic_and_does_not_depend_on_the_agent_instance()
    {
        AgentThread thread = SmallThread().Append(new ParseErrorEvent(null, "$.host: missing required property (expected string)"));

        string first = new OpsAgent(new ScriptedChatClient(), new OpsProbe()).RenderNextStepPrompt(thread).Text;
        string second = new OpsAgent(new ScriptedChatClient(), new OpsProbe()).RenderNextStepPrompt(thread).Text;

        Assert.Equal(first, second);
        Assert.EndsWith("<error>\nmessage: $.host: missing required property (expected string)\n</error>", first, StringComparison.Ordinal);
    }
}
