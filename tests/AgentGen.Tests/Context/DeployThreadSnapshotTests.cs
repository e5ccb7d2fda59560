using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using static AgentGen.Tests.Agents.AgentTestKit;

namespace AgentGen.Tests.Context;

/// <summary>The whole DeployBot conversation as the model sees it, and the OpenAI messages it is measured against.</summary>
public sealed class DeployThreadSnapshotTests
{
    internal const string RenderedName = "DeployBotThread.rendered";
    internal const string OpenAIName = "DeployBotThread.openai_messages";

    internal static IEnumerable<string> SnapshotNames => [RenderedName, OpenAIName];

    [Fact]
    public async Task The_rendered_DeployBot_thread_matches_the_snapshot()
    {
        AgentThread thread = await DeployBotConversation.RunAsync(Ct);

        Assert.Equal(
            ["message", "tool_call", "tool_result", "tool_call", "approval_requested", "approval_granted", "tool_result",
             "parse_error", "tool_call", "tool_result", "tool_call", "done"],
            Kinds(thread));
        TextSnapshot.Match(XmlContextRenderer.Default.Render(thread), RenderedName);
    }

    [Fact]
    public async Task The_OpenAI_messages_of_the_same_conversation_match_the_snapshot()
    {
        AgentThread thread = await DeployBotConversation.RunAsync(Ct);

        // One message per line for review; the token count joins the same lines with commas, on one line.
        var lines = DeployBotConversation.OpenAIMessageLines(DeployBotConversation.AsChatMessages(thread));

        TextSnapshot.Match("[\n" + string.Join(",\n", lines) + "\n]\n", OpenAIName);
    }

    [Fact]
    public async Task The_OpenAI_messages_carry_the_threads_calls_and_results()
    {
        AgentThread thread = await DeployBotConversation.RunAsync(Ct);
        List<ChatMessage> messages = DeployBotConversation.AsChatMessages(thread);

        var threadCalls = thread.Events.OfType<ToolCallEvent>().Select(c => (c.CallId, c.Tool.ToolName, Json(ToolJson(c.Tool))));
        var messageCalls = messages.SelectMany(m => m.Contents.OfType<FunctionCallContent>())
            .Where(c => c.Name != DeployBotConversation.TypoTool)
            .Select(c => (c.CallId, c.Name, Json(JsonSerializer.Serialize(c.Arguments, AIJsonUtilities.DefaultOptions))));
        Assert.Equal(threadCalls, messageCalls);

        var threadResults = thread.Events.OfType<ToolResultEvent>().Select(r => (r.CallId, r.Result));
        var messageResults = messages.SelectMany(m => m.Contents.OfType<FunctionResultContent>())
            .Where(r => r.CallId != "call_7")
            .Select(r => (r.CallId, (string)r.Result!));
        Assert.Equal(threadResults, messageResults);

        Assert.Equal(
            [DeployBotConversation.Request, DeployBotConversation.Approval],
            messages.Where(m => m.Role == ChatRole.User).Select(m => m.Text));
        Assert.Contains(messages, m => m.Contents.OfType<FunctionResultContent>().Any(r => Equals(r.Result, thread.Events.OfType<ParseErrorEvent>().Single().Message)));
    }

    /// <summary>The JSON without insignificant whitespace, so two writers' output compares equal.</summary>
    private static string Json(string json) => JsonNode.Parse(json)!.ToJsonString();

    private static string ToolJson(ITool tool)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            tool.WriteJson(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
