using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AgentGen;
using AgentGen.Testing;
using Microsoft.Extensions.AI;
using static AgentGen.Tests.Agents.AgentTestKit;

namespace AgentGen.Tests.Agents;

/// <summary>Tool calls, JSON response format and JSON in the prompt end in the same typed steps.</summary>
public sealed class ProtocolTests
{
    private static ScriptedChatClient Script() => new ScriptedChatClient()
        .Then(new PlanLookup("disk", 3))
        .Then(new PlanLookup("cpu"))
        .Then(new PlanFinish("planned"));

    private static AgentThread Start() => AgentThread.Start("plan the capacity review");

    [Fact]
    public async Task The_three_protocols_give_the_same_events_for_the_same_script()
    {
        AgentThread tools = await new PlanToolsAgent(Script()).RunAsync(Start(), Ct);
        AgentThread json = await new PlanJsonAgent(Script()).RunAsync(Start(), Ct);
        AgentThread inPrompt = await new PlanPromptAgent(Script()).RunAsync(Start(), Ct);

        Assert.Equal(["message", "tool_call", "tool_result", "tool_call", "tool_result", "tool_call", "done"], Kinds(tools));
        IReadOnlyList<ThreadEvent> expected = WithoutCallIds(tools);
        Assert.Equal(expected, WithoutCallIds(json));
        Assert.Equal(expected, WithoutCallIds(inPrompt));
        Assert.Equal(new ToolCallEvent(string.Empty, new PlanLookup("cpu", 5)), expected[3]);
        Assert.Equal(new DoneEvent("planned"), expected[^1]);
    }

    [Fact]
    public async Task The_json_protocol_asks_for_the_unions_schema_as_response_format()
    {
        var model = Script();
        await new PlanJsonAgent(model).StepAsync(Start(), Ct);

        ChatOptions options = Assert.Single(model.Requests).Options;
        ChatResponseFormatJson format = Assert.IsType<ChatResponseFormatJson>(options.ResponseFormat);
        Assert.NotNull(format.Schema);
        Assert.Equal(IPlanStep.JsonSchema, format.Schema.Value.GetRawText());
        Assert.Equal("NextStep", format.SchemaName);
        Assert.Null(options.Tools);
        Assert.DoesNotContain("\"intent\"", model.Requests[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_json_in_prompt_protocol_writes_the_schema_into_the_prompt()
    {
        var model = Script();
        await new PlanPromptAgent(model).StepAsync(Start(), Ct);

        StepRequest request = Assert.Single(model.Requests);
        Assert.StartsWith("Plan the work.\n\n<user_message>\nplan the capacity review\n</user_message>", request.Text, StringComparison.Ordinal);
        Assert.Contains("\"intent\"", request.Text, StringComparison.Ordinal);
        Assert.EndsWith(IPlanStep.JsonSchema, request.Text, StringComparison.Ordinal);
        Assert.Null(request.Options.ResponseFormat);
        Assert.Null(request.Options.Tools);
    }

    [Fact]
    public async Task A_json_answer_wrapped_in_prose_and_a_code_fence_is_read()
    {
        var model = new ScriptedChatClient()
            .ThenText("Sure! Here is my choice:\n```json\n{\"intent\": \"plan_lookup\", \"query\": \"disk\", \"limit\": 3}\n```\nLet me know.")
            .Then(new PlanFinish("planned"));

        AgentThread thread = await new PlanPromptAgent(model).RunAsync(Start(), Ct);

        Assert.Equal(["message", "tool_call", "tool_result", "tool_call", "done"], Kinds(thread));
        Assert.Equal(new PlanLookup("disk", 3), ((ToolCallEvent)thread.Events[1]).Tool);
    }

    /// <summary>The lenient pre-pass reads single quotes, unquoted keys and intent case; property-name case is not matched yet.</summary>
    private const string LenientParsingNotBuilt = "Case-insensitive property names (the thread issue's item 5, reader part) are not built yet.";

    [Theory]
    [InlineData("trailing comma", """{"intent": "plan_lookup", "query": "disk", "limit": 3,}""")]
    [InlineData("comment", """{"intent": "plan_lookup", /* the disk */ "query": "disk", "limit": 3}""")]
    [InlineData("single quotes", """{'intent': 'plan_lookup', 'query': 'disk', 'limit': 3}""")]
    [InlineData("unquoted keys", """{intent: "plan_lookup", query: "disk", limit: 3}""")]
    [InlineData("number in a string", """{"intent": "plan_lookup", "query": "disk", "limit": "3"}""")]
    [InlineData("property name case", """{"intent": "plan_lookup", "Query": "disk", "LIMIT": 3}""", Skip = LenientParsingNotBuilt)]
    [InlineData("intent case", """{"intent": "Plan_Lookup", "query": "disk", "limit": 3}""")]
    public async Task A_sloppy_json_answer_is_read_leniently(string sloppiness, string answer)
    {
        // The design promises these for the JSON protocol's lenient reader.
        var model = new ScriptedChatClient().ThenText(answer).Then(new PlanFinish("planned"));

        AgentThread thread = await new PlanPromptAgent(model).RunAsync(Start(), Ct);

        Assert.True(thread.Events[1] is ToolCallEvent, $"{sloppiness}: {thread.Events[1]}");
        Assert.Equal(new PlanLookup("disk", 3), ((ToolCallEvent)thread.Events[1]).Tool);
        Assert.Equal(ThreadStatus.Done, thread.Status);
    }

    [Fact]
    public async Task A_json_answer_with_an_unknown_intent_or_no_json_becomes_a_parse_error()
    {
        var model = new ScriptedChatClient()
            .ThenText("""{"intent": "plan_lokup", "query": "disk"}""")
            .ThenText("I would look up the disk.")
            .Then(new PlanFinish("planned"));

        AgentThread thread = await new PlanJsonAgent(model).RunAsync(Start(), Ct);

        Assert.Equal(["message", "parse_error", "parse_error", "tool_call", "done"], Kinds(thread));
        string unknown = ((ParseErrorEvent)thread.Events[1]).Message;
        Assert.Contains("plan_lokup", unknown, StringComparison.Ordinal);
        Assert.Contains("plan_finish, plan_lookup", unknown, StringComparison.Ordinal);
        Assert.Equal("$: no JSON object in 25 characters of text: \"I would look up the disk.\" (expected one JSON object)", ((ParseErrorEvent)thread.Events[2]).Message);
        Assert.Contains("no JSON object in 25 characters of text", model.Requests[2].Text, StringComparison.Ordinal);
        Assert.Equal(ThreadStatus.Done, thread.Status);
    }

    [Fact]
    public async Task A_step_returning_one_tool_record_offers_only_that_tool_and_returns_its_value()
    {
        var model = new ScriptedChatClient().Then(new PlanSummary("Capacity", 2));

        PlanSummary summary = await new PlanToolsAgent(model).Summarize(Start(), Ct);

        Assert.Equal(new PlanSummary("Capacity", 2), summary);
        ChatOptions options = Assert.Single(model.Requests).Options;
        Assert.Equal(["plan_summary"], options.Tools!.Select(t => t.Name));
        Assert.Equal(ChatToolMode.RequireAny, options.ToolMode);
        Assert.StartsWith("Summarize the plan.\n\n<user_message>", model.Requests[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_returning_one_tool_record_throws_a_read_error_naming_the_expected_tool_for_another_tool()
    {
        var model = new ScriptedChatClient().ThenToolCall("plan_lookup", """{"query": "disk"}""");

        var error = await Assert.ThrowsAsync<ToolReadException>(() => new PlanToolsAgent(model).Summarize(Start(), Ct));

        Assert.Contains("plan_summary", error.Message, StringComparison.Ordinal);
        Assert.Contains("plan_lookup", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_returning_one_tool_record_works_in_the_json_protocols()
    {
        var json = new ScriptedChatClient().Then(new PlanSummary("Capacity", 2));
        var inPrompt = new ScriptedChatClient().Then(new PlanSummary("Capacity", 3));
        var overridden = new ScriptedChatClient().Then(new PlanSummary("Capacity", 4));

        Assert.Equal(new PlanSummary("Capacity", 2), await new PlanJsonAgent(json).Summarize(Start(), Ct));
        Assert.Equal(new PlanSummary("Capacity", 3), await new PlanPromptAgent(inPrompt).Summarize(Start(), Ct));
        Assert.Equal(new PlanSummary("Capacity", 4), await new PlanToolsAgent(overridden).SummarizeAsJson(Start(), Ct));

        Assert.Equal(PlanSummary.JsonSchema, Assert.IsType<ChatResponseFormatJson>(json.Requests[0].Options.ResponseFormat).Schema!.Value.GetRawText());
        Assert.Contains(PlanSummary.JsonSchema, inPrompt.Requests[0].Text, StringComparison.Ordinal);
        Assert.Null(inPrompt.Requests[0].Options.ResponseFormat);
        Assert.IsType<ChatResponseFormatJson>(overridden.Requests[0].Options.ResponseFormat);
        Assert.Null(overridden.Requests[0].Options.Tools);
    }

    [Fact]
    public async Task A_step_returning_string_sends_the_plain_prompt_and_returns_the_text()
    {
        var model = new ScriptedChatClient().ThenText("All systems nominal.").ThenText("Still nominal.");
        var agent = new PlanToolsAgent(model);

        Assert.Equal("All systems nominal.", await agent.Describe("disks", Ct));
        Assert.Equal("Still nominal.", await agent.DescribeValue("cpus"));

        Assert.Equal("Write a one-line status for: disks", model.Requests[0].Text);
        Assert.Equal("Write a one-line status for: cpus (no token)", model.Requests[1].Text);
        Assert.All(model.Requests, r => Assert.Null(r.Options.Tools));
        Assert.All(model.Requests, r => Assert.Null(r.Options.ResponseFormat));
        Assert.Equal(agent.RenderDescribePrompt("disks").Text, model.Requests[0].Text);
    }
}
