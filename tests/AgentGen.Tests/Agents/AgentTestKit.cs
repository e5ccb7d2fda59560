using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AgentGen;

namespace AgentGen.Tests.Agents;

/// <summary>Small helpers for asserting what an agent run did.</summary>
internal static class AgentTestKit
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The stable kinds of a thread's events, in order.</summary>
    public static string[] Kinds(AgentThread thread) => thread.Events.Select(e => e.Kind).ToArray();

    /// <summary>The events with call ids blanked, so runs that differ only in random ids compare equal.</summary>
    public static IReadOnlyList<ThreadEvent> WithoutCallIds(AgentThread thread) => thread.Events.Select(WithoutCallId).ToList();

    public static ThreadEvent WithoutCallId(ThreadEvent e) => e switch
    {
        ToolCallEvent c => c with { CallId = string.Empty },
        ToolResultEvent r => r with { CallId = string.Empty },
        ToolErrorEvent x => x with { CallId = string.Empty },
        HumanInputRequestedEvent h => h with { CallId = string.Empty },
        ApprovalRequestedEvent a => a with { CallId = string.Empty },
        _ => e,
    };

    public static TEvent Single<TEvent>(AgentThread thread)
        where TEvent : ThreadEvent => Assert.Single(thread.Events.OfType<TEvent>());

    public static ToolCallEvent LastCall(AgentThread thread) => thread.Events.OfType<ToolCallEvent>().Last();
}
