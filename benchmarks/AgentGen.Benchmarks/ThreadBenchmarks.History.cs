using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using AgentGen;
using AgentGen.Benchmarks.Steps;

namespace AgentGen.Benchmarks.Threads;

/// <summary>
/// The 100-event thread <see cref="ThreadBenchmarks"/> saves and loads, and the same thread as the plain object graph
/// System.Text.Json's reflection-based serializer gets (<see cref="PocoThread"/>).
/// </summary>
/// <remarks>
/// The thread is the person's request, nine rounds of ten events (a <c>list_git_tags</c> call and its result; a
/// <c>deploy_backend</c> call, its approval request, the approval and the result; a parse error; a <c>deploy_frontend</c>
/// call and its tool error; a follow-up message from the person), the first seven events of a tenth round, and a
/// <c>done_for_now</c> call with its done event: 100 events, 30 of them tool calls over four tools.
/// </remarks>
internal static class ThreadHistory
{
    /// <summary>The number of events.</summary>
    public const int Length = 100;

    /// <summary>Builds the thread.</summary>
    /// <returns>The thread.</returns>
    public static AgentThread CreateThread()
    {
        var events = ImmutableArray.CreateBuilder<ThreadEvent>(Length);
        events.Add(new MessageEvent("deploy the newest backend and frontend tags to staging, then to production"));
        for (int round = 0; events.Count < Length - 2; round++)
        {
            foreach (ThreadEvent e in Round(round))
            {
                if (events.Count < Length - 2)
                {
                    events.Add(e);
                }
            }
        }

        string done = "Deployed backend and frontend v1.4.2 to staging and production.";
        events.Add(new ToolCallEvent("call_99", new DoneForNow(done)));
        events.Add(new DoneEvent(done));
        return AgentThread.FromEvents("5f0c2a8e9b1d4c7fa3e6b2d9c8a1f04e", events.MoveToImmutable());
    }

    /// <summary>The same thread as plain objects, one class per event kind and per tool, as a developer would write them for JsonSerializer.</summary>
    /// <param name="thread">The thread.</param>
    /// <returns>The object graph.</returns>
    public static PocoThread ToPoco(AgentThread thread)
    {
        var events = new List<PocoEvent>(thread.Events.Length);
        foreach (ThreadEvent e in thread.Events)
        {
            events.Add(e switch
            {
                MessageEvent m => new PocoMessage { Text = m.Text, Source = m.Source },
                ToolCallEvent c => new PocoToolCall { CallId = c.CallId, Tool = ToPoco(c.Tool) },
                ToolResultEvent r => new PocoToolResult { CallId = r.CallId, ToolName = r.ToolName, Result = r.Result },
                ToolErrorEvent x => new PocoToolError { CallId = x.CallId, ToolName = x.ToolName, ErrorType = x.ErrorType, Message = x.Message },
                ParseErrorEvent p => new PocoParseError { ToolName = p.ToolName, Message = p.Message },
                ApprovalRequestedEvent a => new PocoApprovalRequested { CallId = a.CallId },
                ApprovalGrantedEvent g => new PocoApprovalGranted { CallId = g.CallId, Comment = g.Comment },
                DoneEvent d => new PocoDone { Message = d.Message },
                _ => throw new NotSupportedException($"The benchmark thread holds no {e.Kind} event; add it to {nameof(ToPoco)}."),
            });
        }

        return new PocoThread { SchemaVersion = ThreadJson.SchemaVersion, Id = thread.Id, Events = events };
    }

    private static PocoTool ToPoco(ITool tool) => tool switch
    {
        ListGitTags t => new PocoListGitTags { Limit = t.Limit },
        DeployBackend t => new PocoDeployBackend { Tag = t.Tag, Environment = t.Environment, Replicas = t.Replicas },
        DeployFrontend t => new PocoDeployFrontend { Tag = t.Tag, Environment = t.Environment },
        DoneForNow t => new PocoDoneForNow { Message = t.Message },
        _ => throw new NotSupportedException($"The benchmark thread holds no {tool.ToolName} call; add it to {nameof(ToPoco)}."),
    };

    private static IEnumerable<ThreadEvent> Round(int round)
    {
        string Id(int offset) => "call_" + (1 + (round * 10) + offset).ToString(CultureInfo.InvariantCulture);
        string tag = "v1.4." + (round % 3).ToString(CultureInfo.InvariantCulture);
        yield return new ToolCallEvent(Id(0), new ListGitTags(5));
        yield return new ToolResultEvent(Id(0), ListGitTags.ToolName, "v1.4.2, v1.4.1, v1.4.0, v1.3.9, v1.3.8");
        yield return new ToolCallEvent(Id(2), new DeployBackend(tag, DeployEnvironment.Staging, 2));
        yield return new ApprovalRequestedEvent(Id(2));
        yield return new ApprovalGrantedEvent(Id(2), round % 2 == 0 ? "ship it" : null);
        yield return new ToolResultEvent(Id(2), DeployBackend.ToolName, $"deployed backend {tag} to Staging as dep-{100 + round}");
        yield return new ParseErrorEvent("deploy_fronted", "$: expected one of deploy_backend, deploy_frontend, done_for_now, list_git_tags, found tool \"deploy_fronted\"");
        yield return new ToolCallEvent(Id(7), new DeployFrontend(tag, DeployEnvironment.Production));
        yield return new ToolErrorEvent(Id(7), DeployFrontend.ToolName, "TimeoutException", "The deploy API did not answer within 30 seconds.");
        yield return new MessageEvent("the deploy API is back, try the frontend again");
    }
}
