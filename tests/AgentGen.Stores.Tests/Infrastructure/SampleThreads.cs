using System;
using System.Text;

namespace AgentGen.Stores.Tests;

/// <summary>Threads the store tests save and load.</summary>
public static class SampleThreads
{
    /// <summary>
    /// A thread holding every event kind the runtime defines, with the test tools as typed tool calls and text that a
    /// careless writer breaks: quotes, newlines, non-ASCII, an emoji, and a NUL character (which PostgreSQL's jsonb refuses).
    /// </summary>
    public static AgentThread EveryEventKind() => AgentThread.Start("deploy the newest backend tag to production").Append(
        new ToolCallEvent("call_1", new ListGitTags(3)),
        new ToolResultEvent("call_1", ListGitTags.ToolName, "v1.4.2\nv1.4.1\nv1.4.0"),
        new ParseErrorEvent(null, "expected exactly one tool call, found text \"hmm\""),
        new ParseErrorEvent("deploy_backnd", "there is no tool named deploy_backnd"),
        new ToolCallEvent("call_2", new AskPerson("Which region, «eu» or \"us\"?", true, 12.5, new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.FromHours(1)))),
        new HumanInputRequestedEvent("call_2"),
        new HumanResponseEvent("call_2", "eu 🚀"),
        new ToolCallEvent("call_3", new DeployBackend("v1.4.2", DeployEnvironment.Production, "newest tag")),
        new ApprovalRequestedEvent("call_3"),
        new ApprovalRejectedEvent("call_3", DeployBackend.ToolName, "not on Fridays"),
        new ToolCallEvent("call_4", new DeployBackend("v1.4.2", DeployEnvironment.Staging)),
        new ApprovalRequestedEvent("call_4"),
        new ApprovalGrantedEvent("call_4", null),
        new ToolStartedEvent("call_4", 1),
        new ToolErrorEvent("call_4", DeployBackend.ToolName, "TimeoutException", "the deployer wrote \0 and hung up"),
        new EscalatedEvent(3),
        new HumanResponseEvent(null, "try again"),
        new PausedEvent("waiting for the deploy window"),
        new MessageEvent("the window is open", "webhook"),
        new StepLimitReachedEvent(12),
        new MessageEvent("go on", "trigger"),
        new FailedEvent("the deployer is down"),
        new MessageEvent("it is back", "user"),
        new ToolCallEvent("call_5", new DoneForNow("v1.4.2 is live")),
        new DoneEvent("v1.4.2 is live"));

    /// <summary>A thread waiting for approval of a production deploy.</summary>
    public static AgentThread AwaitingApproval(string tag = "v1.4.2") => AgentThread.Start("deploy " + tag).Append(
        new ToolCallEvent("call_1", new DeployBackend(tag, DeployEnvironment.Production)),
        new ApprovalRequestedEvent("call_1"));

    /// <summary>A finished thread.</summary>
    public static AgentThread Done(string message = "nothing to do") => AgentThread.Start("check the tags").Append(
        new ToolCallEvent("call_1", new DoneForNow(message)),
        new DoneEvent(message));

    /// <summary>
    /// The JSON a newer build of the application saved: a call to a tool this build does not declare, and an event kind
    /// it does not know, between two events it reads.
    /// </summary>
    public static AgentThread FromNewerApp(string id) => ThreadJson.Deserialize(
        Encoding.UTF8.GetBytes(
            "{\"schema_version\":1,\"id\":\"" + id + "\",\"events\":[" +
            "{\"kind\":\"message\",\"text\":\"rotate the keys\",\"source\":\"user\"}," +
            NewerToolCall + "," +
            NewerEventKind + "," +
            "{\"kind\":\"tool_result\",\"call_id\":\"call_1\",\"tool\":\"purge_cache\",\"result\":\"purged\"}]}"),
        Generated.ToolRegistry.Instance);

    /// <summary>The newer build's call to a tool this build does not declare, as it saved it.</summary>
    public const string NewerToolCall = """{"kind":"tool_call","call_id":"call_1","tool":"purge_cache","arguments":{"region":"eu","hard":true}}""";

    /// <summary>An event kind this build does not know, as the newer build saved it.</summary>
    public const string NewerEventKind = """{"kind":"memory_compacted","summary":"keys rotated \u00e9","tokens":1200}""";
}
