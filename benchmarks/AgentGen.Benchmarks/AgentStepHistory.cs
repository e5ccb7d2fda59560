using System.Collections.Generic;
using AgentGen;
using Microsoft.Extensions.AI;

namespace AgentGen.Benchmarks.Steps;

/// <summary>
/// The 20-event conversation both agents start from, built once: the person's request, nine tool rounds
/// (a call and its result each) and a follow-up message from the person.
/// </summary>
internal static class AgentStepHistory
{
    /// <summary>The number of events (and of messages on the Agent Framework side).</summary>
    public const int Length = 20;

    private const string Request = "deploy the newest frontend tag to staging, then to production";
    private const string FollowUp = "staging looks good, go ahead with production";

    /// <summary>The AgentGen thread: <see cref="AgentThread.Start"/> plus appended <see cref="ToolCallEvent"/> / <see cref="ToolResultEvent"/> pairs.</summary>
    /// <returns>The thread, ready for a step.</returns>
    public static AgentThread CreateThread()
    {
        AgentThread thread = AgentThread.Start(Request);
        for (int round = 0; round < Rounds; round++)
        {
            string callId = CallId(round);
            thread = round % 3 == 2
                ? thread.Append(
                    new ToolCallEvent(callId, new DeployFrontend("v1.4.2", DeployEnvironment.Staging)),
                    new ToolResultEvent(callId, DeployFrontend.ToolName, AgentStepHandlers.DeployFrontend("v1.4.2", DeployEnvironment.Staging)))
                : thread.Append(
                    new ToolCallEvent(callId, new ListGitTags(10)),
                    new ToolResultEvent(callId, ListGitTags.ToolName, AgentStepHandlers.ListGitTags(10)));
        }

        return thread.Append(new MessageEvent(FollowUp));
    }

    /// <summary>
    /// The same conversation as Agent Framework messages: a user message, nine pairs of an assistant message with a
    /// <see cref="FunctionCallContent"/> (arguments as <see cref="System.Text.Json.JsonElement"/>s) and a tool message
    /// with its <see cref="FunctionResultContent"/>, and the follow-up user message.
    /// </summary>
    /// <returns>The messages.</returns>
    public static List<ChatMessage> CreateMessages()
    {
        var messages = new List<ChatMessage>(Length) { new(ChatRole.User, Request) };
        for (int round = 0; round < Rounds; round++)
        {
            string callId = CallId(round);
            (string name, string arguments, string result) = round % 3 == 2
                ? (DeployFrontend.ToolName, """{"tag":"v1.4.2","environment":"staging"}""", AgentStepHandlers.DeployFrontend("v1.4.2", DeployEnvironment.Staging))
                : (ListGitTags.ToolName, """{"limit":10}""", AgentStepHandlers.ListGitTags(10));
            messages.Add(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent(callId, name, AgentStepModel.ParseArguments(arguments))]));
            messages.Add(new ChatMessage(ChatRole.Tool, [new FunctionResultContent(callId, result)]));
        }

        messages.Add(new ChatMessage(ChatRole.User, FollowUp));
        return messages;
    }

    private const int Rounds = (Length - 2) / 2;

    private static string CallId(int round) => "call_" + round.ToString("D12", System.Globalization.CultureInfo.InvariantCulture);
}
