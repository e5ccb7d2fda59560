using System;
using System.Threading.Tasks;
using AgentGen.Testing;
using static AgentGen.Tests.Agents.AgentTestKit;

namespace AgentGen.Tests.Context;

/// <summary>An agent supplies its own error formatter (factor 9): the model sees its text; the thread keeps the errors as recorded.</summary>
public sealed class ErrorFormatterTests
{
    private static readonly AgentThread s_errors = AgentThread.FromEvents("t", [
        new ToolCallEvent("call_1", new ContextLookup("fail")),
        new ToolErrorEvent("call_1", "context_lookup", "TimeoutException", "the index did not answer"),
        new ParseErrorEvent("context_lookp", "$: expected one of context_lookup, context_finish, found tool \"context_lookp\""),
    ]);

    [Fact]
    public void A_renderer_with_a_formatter_renders_both_error_kinds_with_it()
    {
        string rendered = new XmlContextRenderer { ErrorFormatter = new OneLineErrors() }.Render(s_errors);

        Assert.Equal(
            "<context_lookup>\nquery: fail\n</context_lookup>\n\n" +
            "<error>\ncontext_lookup failed (TimeoutException): the index did not answer\n</error>\n\n" +
            "<error>\nunreadable answer: $: expected one of context_lookup, context_finish, found tool \"context_lookp\"\n</error>",
            rendered);
    }

    [Fact]
    public void Overriding_one_kind_keeps_the_default_for_the_other()
    {
        string rendered = new XmlContextRenderer { ErrorFormatter = new ToolErrorsOnly() }.Render(s_errors);

        Assert.Contains("<error>\nretry context_lookup\n</error>", rendered, StringComparison.Ordinal);
        Assert.Contains("<error>\nmessage: $: expected one of", rendered, StringComparison.Ordinal);
        Assert.Equal(
            XmlContextRenderer.Default.Render(AgentThread.FromEvents("t", [s_errors.Events[2]])),
            new XmlContextRenderer { ErrorFormatter = new ToolErrorsOnly() }.Render(AgentThread.FromEvents("t", [s_errors.Events[2]])));
    }

    [Fact]
    public void A_null_formatter_is_refused_with_what_to_do()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new XmlContextRenderer { ErrorFormatter = null! });

        Assert.Contains("leave ErrorFormatter out", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agent_with_its_own_formatter_shows_the_model_its_errors()
    {
        var model = new ScriptedChatClient()
            .ThenToolCall("context_lookp", """{"query": "x"}""")
            .Then(new ContextLookup("fail"))
            .Then(new ContextFinish("gave up"));

        AgentThread thread = await new ContextErrorsAgent(model).RunAsync(AgentThread.Start("look it up"), Ct);

        Assert.Equal(["message", "parse_error", "tool_call", "tool_error", "tool_call", "done"], Kinds(thread));
        Assert.Contains("<error>\nunreadable answer: ", model.Requests[1].Text, StringComparison.Ordinal);
        Assert.Contains("<error>\ncontext_lookup failed (TimeoutException): the index did not answer\n</error>", model.Requests[2].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("type: TimeoutException", model.Requests[2].Text, StringComparison.Ordinal);
        Assert.Equal("the index did not answer", Single<ToolErrorEvent>(thread).Message);
    }

    private sealed class ToolErrorsOnly : ErrorFormatter
    {
        public override string FormatToolError(ToolErrorEvent error) => "retry " + error.ToolName;
    }
}
