using System;
using System.ClientModel.Primitives;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AgentGen.Testing;
using AgentGen.Tests.Agents;
using Microsoft.Extensions.AI;
using OpenAI.Chat;
using ChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace AgentGen.Tests.Context;

/// <summary>
/// The conversation samples/DeployBot scripts, two ways: as the AgentGen thread a <see cref="DeployLikeAgent"/> run
/// records, and as the chat messages a Microsoft.Extensions.AI app would send OpenAI for the same exchange.
/// </summary>
internal static class DeployBotConversation
{
    public const string Request = "deploy the newest backend and frontend tags to production";
    public const string Approval = "ship it";
    public const string TypoTool = "deploy_fronted";
    public const string DeployArguments = """{"tag": "v1.4.2", "environment": "production"}""";
    public const string Final = "Deployed backend and frontend v1.4.2 to production.";

    /// <summary>
    /// Runs the sample's script: list tags; deploy the backend, which pauses for approval; "ship it"; a call to the
    /// misspelt <c>deploy_fronted</c>, which fails to parse; deploy the frontend; done.
    /// </summary>
    public static async Task<AgentThread> RunAsync(CancellationToken cancellationToken)
    {
        var model = new ScriptedChatClient()
            .Then(new ListGitTags(3))
            .Then(new DeployBackend("v1.4.2", DeployTarget.Production))
            .ThenToolCall(TypoTool, DeployArguments)
            .Then(new DeployFrontend("v1.4.2", DeployTarget.Production))
            .Then(new DoneForNow(Final));
        var agent = new DeployLikeAgent(model, new DeployWorld());

        AgentThread waiting = await agent.RunAsync(AgentThread.Start(Request), cancellationToken);
        Assert.Equal(ThreadStatus.AwaitingApproval, waiting.Status);
        AgentThread thread = await agent.RunAsync(waiting.Approve(Approval), cancellationToken);
        Assert.Equal(ThreadStatus.Done, thread.Status);
        Assert.Equal(0, model.Remaining);
        return thread;
    }

    /// <summary>
    /// The same exchange as Microsoft.Extensions.AI messages, with the thread's call ids and texts: the person's request;
    /// each model call as an assistant <see cref="FunctionCallContent"/> (arguments as <see cref="JsonElement"/>s, as the
    /// OpenAI client parses them); each result as a tool <see cref="FunctionResultContent"/>; the approval as the person's
    /// message; the misspelt call with its error as the tool result (what FunctionInvokingChatClient does for an unknown
    /// function); and the final <c>done_for_now</c> call, which ends the exchange without a result.
    /// </summary>
    /// <param name="thread">The recorded thread, for the texts the tools returned and the parse error's message.</param>
    public static List<ChatMessage> AsChatMessages(AgentThread thread)
    {
        string[] results = thread.Events.OfType<ToolResultEvent>().Select(r => r.Result).ToArray();
        string parseError = thread.Events.OfType<ParseErrorEvent>().Single().Message;
        return
        [
            new ChatMessage(ChatRole.User, Request),
            Call("call_1", "list_git_tags", """{"limit":3}"""),
            Result("call_1", results[0]),
            Call("call_3", "deploy_backend", DeployArguments),
            new ChatMessage(ChatRole.User, Approval),
            Result("call_3", results[1]),
            Call("call_7", TypoTool, DeployArguments),
            Result("call_7", parseError),
            Call("call_8", "deploy_frontend", DeployArguments),
            Result("call_8", results[2]),
            Call("call_10", "done_for_now", $$"""{"message":"{{Final}}"}"""),
        ];
    }

    /// <summary>
    /// The <c>messages</c> array of the OpenAI chat completions request for <paramref name="messages"/>: converted by
    /// Microsoft.Extensions.AI.OpenAI (<c>AsOpenAIChatMessages</c>) and written by the OpenAI library's own JSON model
    /// writer (<see cref="ModelReaderWriter"/>), compact, as the request body carries it.
    /// </summary>
    public static string OpenAIMessagesJson(IEnumerable<ChatMessage> messages) => "[" + string.Join(",", OpenAIMessageLines(messages)) + "]";

    /// <summary>Each message of <see cref="OpenAIMessagesJson"/>, in order.</summary>
    public static IEnumerable<string> OpenAIMessageLines(IEnumerable<ChatMessage> messages) =>
        messages.AsOpenAIChatMessages().Select(m => ModelReaderWriter.Write(m, ModelReaderWriterOptions.Json).ToString());

    private static ChatMessage Call(string callId, string name, string argumentsJson) =>
        new(ChatRole.Assistant, [new FunctionCallContent(callId, name, JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(argumentsJson)!
            .ToDictionary(p => p.Key, p => (object?)p.Value))]);

    private static ChatMessage Result(string callId, string result) =>
        new(ChatRole.Tool, [new FunctionResultContent(callId, result)]);
}
