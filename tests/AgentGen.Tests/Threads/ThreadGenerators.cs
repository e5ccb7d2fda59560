using System;
using System.Collections.Immutable;
using System.Linq;
using AgentGen.Tests.Tools;
using CsCheck;

namespace AgentGen.Tests.Threads;

/// <summary>Random threads holding every event kind and the thread test tools.</summary>
internal static class ThreadGenerators
{
    /// <summary>Text with quotes, escapes, control characters, non-ASCII and surrogate pairs: what a writer gets wrong.</summary>
    public static readonly Gen<string> Text = ToolGenerators.Text;

    public static readonly Gen<ITool> Tool = Gen.OneOf(
        Gen.Int.Select(limit => (ITool)new ThreadListTags(limit)),
        Gen.Select(Text, Gen.Enum<ThreadStage>(), Text.Null(), (tag, stage, reason) => (ITool)new ThreadDeploy(tag, stage, reason)),
        Gen.Select(
            Text,
            Gen.Bool,
            ToolGenerators.FiniteDouble.Nullable(),
            ToolGenerators.DateTimeOffsetValue.Nullable(),
            (question, urgent, budget, deadline) => (ITool)new ThreadAsk(question, urgent, budget, deadline)));

    public static readonly Gen<ThreadEvent> Event = Gen.OneOf<ThreadEvent>(
        Gen.Select(Text, Text, (text, source) => (ThreadEvent)new MessageEvent(text, source)),
        Gen.Select(Text, Tool, (id, tool) => (ThreadEvent)new ToolCallEvent(id, tool)),
        Gen.Select(Text, Text, Text, (id, tool, result) => (ThreadEvent)new ToolResultEvent(id, tool, result)),
        Gen.Select(Text, Text, Text, Text, (id, tool, type, message) => (ThreadEvent)new ToolErrorEvent(id, tool, type, message)),
        Gen.Select(Text.Null(), Text, (tool, message) => (ThreadEvent)new ParseErrorEvent(tool, message)),
        Text.Select(id => (ThreadEvent)new HumanInputRequestedEvent(id)),
        Text.Select(id => (ThreadEvent)new ApprovalRequestedEvent(id)),
        Text.Select(reason => (ThreadEvent)new PausedEvent(reason)),
        Text.Select(message => (ThreadEvent)new DoneEvent(message)),
        Text.Select(error => (ThreadEvent)new FailedEvent(error)),
        Gen.Int.Select(max => (ThreadEvent)new StepLimitReachedEvent(max)),
        Gen.Int.Select(errors => (ThreadEvent)new EscalatedEvent(errors)),
        Gen.Select(Text, Gen.Int[1, 100], (id, attempt) => (ThreadEvent)new ToolStartedEvent(id, attempt)),
        Gen.Select(Text, Text.Null(), (id, comment) => (ThreadEvent)new ApprovalGrantedEvent(id, comment)),
        Gen.Select(Text, Text, Text, (id, tool, feedback) => (ThreadEvent)new ApprovalRejectedEvent(id, tool, feedback)),
        Gen.Select(Text.Null(), Text, (id, text) => (ThreadEvent)new HumanResponseEvent(id, text)));

    public static readonly Gen<AgentThread> Thread = Gen.Select(
        Gen.Char['0', 'z'].Array[1, 40].Select(chars => new string(chars)),
        Event.Array[0, 25],
        (id, events) => AgentThread.FromEvents(id, events.ToImmutableArray()));

    public static string Describe(AgentThread thread) =>
        thread.Id + ": " + string.Join(", ", thread.Events.Select(e => e.ToString()));
}
