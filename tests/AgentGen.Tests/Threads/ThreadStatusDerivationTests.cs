using System.Collections.Immutable;
using System.Linq;
using CsCheck;

namespace AgentGen.Tests.Threads;

/// <summary>
/// Status and consecutive errors are derived from the events (factor 5): lazily for a loaded thread, one event at a time
/// when a derived thread is appended to. Both ways must agree with a plain fold over the events, written here again.
/// </summary>
public class ThreadStatusDerivationTests
{
    private static readonly Gen<ThreadEvent> s_event = Gen.Frequency(
        (12, ThreadGenerators.Event),
        (1, Gen.Const<ThreadEvent>(new UnknownEvent("tool_call", """{"kind":"tool_call","call_id":"c","tool":"gone","arguments":{}}"""))));

    [Fact]
    public void Appending_one_event_at_a_time_derives_what_loading_all_of_them_derives()
    {
        s_event.Array[1, 30].Sample(
            events =>
            {
                // Asked at every step: each append derives from the previous thread's state.
                AgentThread stepped = AgentThread.FromEvents("t", [events[0]]);
                Assert.Equal(Fold(events.Take(1)), (stepped.Status, stepped.ConsecutiveErrors));
                for (int i = 1; i < events.Length; i++)
                {
                    stepped = stepped.Append(events[i]);
                    Assert.Equal(Fold(events.Take(i + 1)), (stepped.Status, stepped.ConsecutiveErrors));
                }

                // Never asked until the end: derived once, from all the events.
                AgentThread unasked = AgentThread.FromEvents("t", [events[0]]);
                foreach (ThreadEvent e in events.Skip(1))
                {
                    unasked = unasked.Append(e);
                }

                AgentThread batch = AgentThread.FromEvents("t", [events[0]]);
                _ = batch.Status;
                batch = batch.Append(events.Skip(1).ToArray());

                (ThreadStatus, int) expected = Fold(events);
                Assert.Equal(expected, (unasked.Status, unasked.ConsecutiveErrors));
                Assert.Equal(expected, (batch.Status, batch.ConsecutiveErrors));
                Assert.Equal(expected, (AgentThread.FromEvents("t", events.ToImmutableArray()).Status, AgentThread.FromEvents("t", events.ToImmutableArray()).ConsecutiveErrors));
            },
            iter: 500);
    }

    [Fact]
    public void An_unknown_event_keeps_the_status_unknown_while_errors_go_on_counting()
    {
        AgentThread thread = AgentThread.Start("go");
        _ = thread.Status;
        thread = thread
            .Append(new UnknownEvent("newer_kind", """{"kind":"newer_kind"}"""))
            .Append(new DoneEvent("finished"))
            .Append(new ParseErrorEvent(null, "unreadable"));

        Assert.Equal(ThreadStatus.HasUnknownEvents, thread.Status);
        Assert.Equal(1, thread.ConsecutiveErrors);
    }

    [Fact]
    public void Appending_a_null_event_among_several_throws_naming_the_argument()
    {
        AgentThread thread = AgentThread.Start("go");

        var error = Assert.Throws<System.ArgumentNullException>(() => thread.Append(new DoneEvent("x"), null!));

        Assert.Equal("events", error.ParamName);
    }

    /// <summary>The rules of <see cref="AgentThread.Status"/>'s documentation, as a fold over the whole list.</summary>
    private static (ThreadStatus Status, int Errors) Fold(System.Collections.Generic.IEnumerable<ThreadEvent> events)
    {
        ThreadStatus status = ThreadStatus.Ready;
        int errors = 0;
        bool unknown = false;
        foreach (ThreadEvent e in events)
        {
            switch (e)
            {
                case UnknownEvent:
                    unknown = true;
                    break;
                case MessageEvent or HumanResponseEvent or ToolResultEvent:
                    (status, errors) = (ThreadStatus.Ready, 0);
                    break;
                case ApprovalGrantedEvent or ApprovalRejectedEvent:
                    status = ThreadStatus.Ready;
                    break;
                case ToolErrorEvent or ParseErrorEvent:
                    (status, errors) = (ThreadStatus.Ready, errors + 1);
                    break;
                case HumanInputRequestedEvent:
                    status = ThreadStatus.AwaitingHuman;
                    break;
                case ApprovalRequestedEvent:
                    status = ThreadStatus.AwaitingApproval;
                    break;
                case PausedEvent:
                    status = ThreadStatus.Paused;
                    break;
                case DoneEvent:
                    status = ThreadStatus.Done;
                    break;
                case FailedEvent:
                    status = ThreadStatus.Failed;
                    break;
                case StepLimitReachedEvent:
                    status = ThreadStatus.StepLimitReached;
                    break;
                case EscalatedEvent:
                    status = ThreadStatus.Escalated;
                    break;
            }
        }

        return (unknown ? ThreadStatus.HasUnknownEvents : status, errors);
    }
}
