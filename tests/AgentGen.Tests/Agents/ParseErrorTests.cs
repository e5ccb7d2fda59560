using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using AgentGen;
using AgentGen.Testing;
using static AgentGen.Tests.Agents.AgentTestKit;

namespace AgentGen.Tests.Agents;

/// <summary>Odd answers from the model become parse error events; the loop goes on and nothing is thrown (factor 1).</summary>
public sealed class ParseErrorTests
{
    private static AgentThread Start() => AgentThread.Start("check the disks");

    [Fact]
    public async Task An_unknown_tool_becomes_a_parse_error_naming_the_allowed_tools_and_the_loop_goes_on()
    {
        var model = new ScriptedChatClient()
            .ThenToolCall("check_disc", """{"host": "db1"}""")
            .Then(new CheckDisk("db1"))
            .Then(new ReportDone("ok"));

        AgentThread thread = await new OpsAgent(model, new OpsProbe()).RunAsync(Start(), Ct);

        Assert.Equal(["message", "parse_error", "tool_call", "tool_result", "tool_call", "done"], Kinds(thread));
        ParseErrorEvent error = Single<ParseErrorEvent>(thread);
        Assert.Contains("\"check_disc\"", error.Message, StringComparison.Ordinal);
        foreach (string allowed in IOpsStep.ToolNames.Split(", "))
        {
            Assert.Contains(allowed, error.Message, StringComparison.Ordinal);
        }

        Assert.Contains("<error>", model.Requests[1].Text, StringComparison.Ordinal);
        Assert.Contains(error.Message, model.Requests[1].Text, StringComparison.Ordinal);
        Assert.Equal(ThreadStatus.Done, thread.Status);
        Assert.Equal(3, thread.StepCount);
    }

    [Fact]
    public async Task A_parse_error_names_the_tool_the_model_called()
    {
        // ParseErrorEvent.ToolName: "The tool the model named, when it named one." The model can only correct a call it can see.
        var model = new ScriptedChatClient()
            .ThenToolCall("check_disc", """{"host": "db1"}""")
            .ThenToolCall("check_disk", "{}");
        var agent = new OpsAgent(model, new OpsProbe());

        AgentThread unknown = await agent.StepAsync(Start(), Ct);
        AgentThread unbound = await agent.StepAsync(unknown, Ct);

        Assert.Equal("check_disc", ((ParseErrorEvent)unknown.Events[^1]).ToolName);
        Assert.Equal("check_disk", ((ParseErrorEvent)unbound.Events[^1]).ToolName);
        Assert.Contains("<error>\ntool: check_disk\n", XmlContextRenderer.Default.Render(unbound), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Arguments_of_the_wrong_type_become_a_parse_error_with_path_expected_and_found()
    {
        var model = new ScriptedChatClient()
            .ThenToolCall("explode", """{"message": "boom", "repeat": "many"}""")
            .Then(new ReportDone("ok"));

        AgentThread thread = await new OpsAgent(model, new OpsProbe()).RunAsync(Start(), Ct);

        Assert.Equal(["message", "parse_error", "tool_call", "done"], Kinds(thread));
        string message = Single<ParseErrorEvent>(thread).Message;
        Assert.Contains("$.repeat", message, StringComparison.Ordinal);
        Assert.Contains("integer", message, StringComparison.Ordinal);
        Assert.Contains("\"many\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_argument_becomes_a_parse_error_with_its_path_and_type()
    {
        var model = new ScriptedChatClient()
            .ThenToolCall("check_disk", "{}")
            .Then(new ReportDone("ok"));

        AgentThread thread = await new OpsAgent(model, new OpsProbe()).RunAsync(Start(), Ct);

        Assert.Equal(["message", "parse_error", "tool_call", "done"], Kinds(thread));
        Assert.Equal("$.host: missing required property (expected string)", Single<ParseErrorEvent>(thread).Message);
    }

    [Fact]
    public async Task Text_instead_of_a_tool_call_becomes_a_parse_error_quoting_the_text()
    {
        var model = new ScriptedChatClient()
            .ThenText("I would check the disk of db1 first.")
            .Then(new ReportDone("ok"));

        AgentThread thread = await new OpsAgent(model, new OpsProbe()).RunAsync(Start(), Ct);

        Assert.Equal(["message", "parse_error", "tool_call", "done"], Kinds(thread));
        string message = Single<ParseErrorEvent>(thread).Message;
        Assert.Contains("exactly one tool call", message, StringComparison.Ordinal);
        Assert.Contains("I would check the disk of db1 first.", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_huge_text_answer_gives_a_short_parse_error()
    {
        var model = new ScriptedChatClient()
            .ThenText(string.Concat(System.Linq.Enumerable.Repeat("I am thinking about the disks. ", 400)))
            .Then(new ReportDone("ok"));

        AgentThread thread = await new OpsAgent(model, new OpsProbe()).RunAsync(Start(), Ct);

        string message = Single<ParseErrorEvent>(thread).Message;
        Assert.StartsWith("$: expected exactly one tool call, found text \"I am thinking about the disks.", message, StringComparison.Ordinal);
        Assert.True(message.Length <= AgentGen.Agents.AgentSteps.MaxErrorMessageLength, $"{message.Length} characters: {message}");
    }

    [Fact]
    public async Task Two_tool_calls_in_one_answer_become_a_parse_error_and_neither_runs()
    {
        var probe = new OpsProbe();
        var model = new CannedChatClient(
            CannedChatClient.ToolCalls(("check_disk", Arguments("""{"host": "db1"}""")), ("restart_production", Arguments("""{"service": "api"}"""))),
            CannedChatClient.ToolCalls(("report_done", Arguments("""{"message": "ok"}"""))));

        AgentThread thread = await new OpsAgent(model, probe).RunAsync(Start(), Ct);

        Assert.Equal(["message", "parse_error", "tool_call", "done"], Kinds(thread));
        string message = Single<ParseErrorEvent>(thread).Message;
        Assert.Contains("exactly one tool call", message, StringComparison.Ordinal);
        Assert.Contains("2 tool calls (check_disk, restart_production)", message, StringComparison.Ordinal);
        Assert.Equal(0, probe.ApprovedRestarts);
        Assert.Equal(2, model.Calls);
    }

    [Fact]
    public async Task A_parse_error_on_a_single_step_leaves_the_thread_ready_with_one_step_taken()
    {
        var model = new ScriptedChatClient().ThenText("{}");
        AgentThread start = Start();

        AgentThread thread = await new OpsAgent(model, new OpsProbe()).StepAsync(start, Ct);

        Assert.Equal(ThreadStatus.Ready, thread.Status);
        Assert.Equal(1, thread.StepCount);
        Assert.Equal(1, thread.ConsecutiveErrors);
    }

    private static Dictionary<string, object?> Arguments(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (JsonProperty property in document.RootElement.EnumerateObject())
        {
            arguments[property.Name] = property.Value.Clone();
        }

        return arguments;
    }
}
