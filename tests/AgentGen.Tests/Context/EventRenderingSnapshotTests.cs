using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using AgentGen.Tests.Agents;

namespace AgentGen.Tests.Context;

/// <summary>
/// What the model sees of each event kind with the default renderer: one snapshot per case in
/// <c>Snapshots/Event.{case}.verified.txt</c>. A change to the rendering shows up here as a reviewed diff.
/// </summary>
public sealed class EventRenderingSnapshotTests
{
    /// <summary>One thread event per case, covering every kind (and the variants that render differently).</summary>
    internal static IReadOnlyDictionary<string, ThreadEvent> Cases { get; } = new Dictionary<string, ThreadEvent>(StringComparer.Ordinal)
    {
        ["message_user"] = new MessageEvent("deploy the newest backend tag to production"),
        ["message_webhook"] = new MessageEvent("build 1234 passed on main", "webhook"),
        ["tool_call_flat"] = new ToolCallEvent("call_1", new DeployBackend("v1.4.2", DeployTarget.Production)),
        ["tool_call_default_argument"] = new ToolCallEvent("call_1", new ListGitTags()),
        ["tool_call_nested"] = new ToolCallEvent("call_1", new ContextOpenPullRequest(
            "Bump the deploy client",
            "Moves to v2 of the client.\n\n- retries on 503\n- shorter timeouts",
            new ContextRepository("acme", "deploy-bot"),
            ["dependencies", "backend"],
            [new ContextReviewer("ana", Required: true), new ContextReviewer("bo", Required: false)],
            Draft: true,
            Priority: null,
            Base: ContextBranch.ReleaseCandidate)),
        ["tool_call_sensitive"] = new ToolCallEvent("call_1", new ContextRotateCredentials(
            "billing-api",
            ApiKey: "sk-live-4242",
            Password: "hunter2",
            new ContextVault("ops-vault", Token: "vault-token-9"))),
        ["tool_result"] = new ToolResultEvent("call_1", "list_git_tags", "v1.4.2, v1.4.1, v1.4.0"),
        ["tool_result_multiline"] = new ToolResultEvent("call_2", "deploy_frontend", "deployed frontend v1.4.2\nurl: https://example.test\n\n"),
        ["tool_error"] = new ToolErrorEvent("call_3", "deploy_backend", "TimeoutException", "The deploy API did not answer within 30 seconds."),
        ["parse_error_with_tool"] = new ParseErrorEvent("deploy_frontend", "$.environment: expected one of staging, production, found \"prod\""),
        ["parse_error_naming_its_tool"] = new ParseErrorEvent("deploy_fronted", "$: expected one of deploy_backend, deploy_frontend, found tool \"deploy_fronted\""),
        ["tool_started"] = new ToolStartedEvent("call_2", 2),
        ["parse_error_without_tool"] = new ParseErrorEvent(null, "$: expected exactly one tool call, found text \"I will deploy now.\""),
        ["human_input_requested"] = new HumanInputRequestedEvent("call_4"),
        ["human_response_to_call"] = new HumanResponseEvent("call_4", "staging"),
        ["human_response_to_escalation"] = new HumanResponseEvent(null, "the deploy API is back, try again"),
        ["approval_requested"] = new ApprovalRequestedEvent("call_3"),
        ["approval_granted_with_comment"] = new ApprovalGrantedEvent("call_3", "ship it"),
        ["approval_granted_without_comment"] = new ApprovalGrantedEvent("call_3", null),
        ["approval_rejected"] = new ApprovalRejectedEvent("call_3", "deploy_backend", "not on Fridays"),
        ["paused"] = new PausedEvent("waiting for the deploy window at 18:00"),
        ["done"] = new DoneEvent("Deployed backend and frontend v1.4.2 to production."),
        ["failed"] = new FailedEvent("the release branch is frozen"),
        ["step_limit_reached"] = new StepLimitReachedEvent(12),
        ["escalated"] = new EscalatedEvent(3),
        ["unknown_kind"] = new UnknownEvent("deploy_window_opened", """{"kind":"deploy_window_opened","at":"18:00"}"""),
        ["unknown_tool_call"] = new UnknownEvent("tool_call", """{"kind":"tool_call","call_id":"call_9","tool":"rollback","arguments":{"to":"v1.4.1"}}"""),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Renders_as_the_snapshot(string name)
    {
        AgentThread thread = AgentThread.FromEvents("thread-1", [Cases[name]]);

        TextSnapshot.Match(XmlContextRenderer.Default.Render(thread), "Event." + name);
    }

    [Fact]
    public void Every_event_type_has_a_snapshot_case()
    {
        var declared = typeof(ThreadEvent).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ThreadEvent)) && !t.IsAbstract)
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);
        var covered = Cases.Values.Select(e => e.GetType().Name).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(declared, covered);
    }

    [Fact]
    public void Every_verified_file_belongs_to_a_snapshot_test()
    {
        string directory = TextSnapshot.DirectoryFor(ThisFile());
        var expected = Cases.Keys.Select(k => "Event." + k).Concat(DeployThreadSnapshotTests.SnapshotNames).Order(StringComparer.Ordinal);
        var verified = Directory.EnumerateFiles(directory, "*.verified.txt")
            .Select(p => Path.GetFileName(p)[..^".verified.txt".Length])
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, verified);
    }

    [Fact]
    public void A_thread_renders_its_events_in_order_separated_by_one_blank_line()
    {
        ThreadEvent[] events = [Cases["message_user"], Cases["tool_call_flat"], Cases["approval_requested"]];
        string each = string.Join("\n\n", events.Select(e => XmlContextRenderer.Default.Render(AgentThread.FromEvents("t", [e]))));

        string whole = XmlContextRenderer.Default.Render(AgentThread.FromEvents("thread-1", ImmutableArray.Create(events)));

        Assert.Equal(each, whole);
        Assert.Equal(whole, string.Concat(XmlContextRenderer.Default.RenderParts(AgentThread.FromEvents("thread-2", ImmutableArray.Create(events)))));
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
