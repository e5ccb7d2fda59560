using System;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Threading;

namespace AgentGen;

/// <summary>
/// An agent's whole state: an immutable, append-only list of events with a stable, unguessable id (factors 5 and 12).
/// Every change returns a new thread; status and counts are derived from the events, never stored beside them.
/// </summary>
public sealed class AgentThread
{
    /// <summary>
    /// The status and error count, packed so that one read sees both: <c>0</c> until derived (on first use, since a
    /// loaded thread may never be asked), then <c>(errors &lt;&lt; 32) | (status + 1)</c>.
    /// </summary>
    private long _derived;

    private AgentThread(string id, ImmutableArray<ThreadEvent> events, long derived = 0)
    {
        Id = id;
        Events = events;
        _derived = derived;
    }

    /// <summary>Gets the thread's id: 128 random bits as 32 lowercase hex digits.</summary>
    public string Id { get; }

    /// <summary>Gets the events, oldest first.</summary>
    public ImmutableArray<ThreadEvent> Events { get; }

    /// <summary>Gets where the thread stands, derived from its events.</summary>
    public ThreadStatus Status => (ThreadStatus)((int)Derived() - 1);

    /// <summary>Gets the number of tool and parse errors since the last success or person's message.</summary>
    public int ConsecutiveErrors => (int)(Derived() >> 32);

    /// <summary>Gets the number of steps the model took: its tool calls and unreadable answers.</summary>
    public int StepCount
    {
        get
        {
            int steps = 0;
            foreach (ThreadEvent e in Events)
            {
                if (e is ToolCallEvent or ParseErrorEvent)
                {
                    steps++;
                }
            }

            return steps;
        }
    }

    /// <summary>Starts a thread from a message.</summary>
    /// <param name="message">What the thread is about, for example "deploy the newest backend tag to production".</param>
    /// <param name="source">Where the message came from: <c>user</c>, <c>trigger</c>, <c>webhook</c>...</param>
    /// <returns>The new thread.</returns>
    public static AgentThread Start(string message, string source = "user")
    {
        ArgumentNullException.ThrowIfNull(message);
        return new AgentThread(NewId(), [new MessageEvent(message, source)]);
    }

    /// <summary>Rebuilds a thread from stored events.</summary>
    /// <param name="id">The thread's id.</param>
    /// <param name="events">Its events, oldest first.</param>
    /// <returns>The thread.</returns>
    public static AgentThread FromEvents(string id, ImmutableArray<ThreadEvent> events)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return new AgentThread(id, events.IsDefault ? ImmutableArray<ThreadEvent>.Empty : events);
    }

    /// <summary>Returns a new thread with events appended.</summary>
    /// <param name="events">The events.</param>
    /// <returns>The new thread.</returns>
    public AgentThread Append(params ThreadEvent[] events)
    {
        ArgumentNullException.ThrowIfNull(events);
        long derived = Volatile.Read(ref _derived);
        foreach (ThreadEvent e in events)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(events));
            derived = derived == 0 ? 0 : Next(derived, e);
        }

        return new AgentThread(Id, Events.AddRange(events), derived);
    }

    /// <summary>Returns the thread with an event appended.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The new thread.</returns>
    public AgentThread Append(ThreadEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        long derived = Volatile.Read(ref _derived);
        return new AgentThread(Id, Events.Add(@event), derived == 0 ? 0 : Next(derived, @event));
    }

    /// <summary>Records a person's approval of the call the thread waits on; the next step runs its handler with <see cref="Approved{T}"/>.</summary>
    /// <param name="comment">What the person said, if anything.</param>
    /// <returns>The new thread.</returns>
    /// <exception cref="InvalidOperationException">The thread is not waiting for an approval.</exception>
    public AgentThread Approve(string? comment = null)
    {
        ToolCallEvent call = PendingCall(ThreadStatus.AwaitingApproval, nameof(Approve));
        return Append(new ApprovalGrantedEvent(call.CallId, comment));
    }

    /// <summary>Records a person's rejection of the call the thread waits on; nothing runs, and the model sees the feedback.</summary>
    /// <param name="feedback">Why, for the model, for example "not on Fridays".</param>
    /// <returns>The new thread.</returns>
    /// <exception cref="InvalidOperationException">The thread is not waiting for an approval.</exception>
    public AgentThread Reject(string feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        ToolCallEvent call = PendingCall(ThreadStatus.AwaitingApproval, nameof(Reject));
        return Append(new ApprovalRejectedEvent(call.CallId, call.Tool.ToolName, feedback));
    }

    /// <summary>
    /// Records a person's answer to the question the thread waits on, or to an escalation. When the question's tool is an
    /// <see cref="IHumanInputRequest"/>, the answer must fit its <see cref="IHumanInputRequest.Format"/>: yes/no answers are
    /// recorded as <c>yes</c> or <c>no</c>, a choice as written in the choices.
    /// </summary>
    /// <param name="text">The answer.</param>
    /// <returns>The new thread.</returns>
    /// <exception cref="InvalidOperationException">The thread is not waiting for a person.</exception>
    /// <exception cref="ArgumentException">The answer does not fit the format the question asked for; nothing was recorded.</exception>
    public AgentThread Respond(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Status == ThreadStatus.Escalated)
        {
            return Append(new HumanResponseEvent(null, text));
        }

        ToolCallEvent call = PendingCall(ThreadStatus.AwaitingHuman, nameof(Respond));
        return Append(new HumanResponseEvent(call.CallId, HumanResponses.Normalize(call.Tool, text)));
    }

    /// <inheritdoc/>
    public override string ToString() => $"Thread {Id}: {Status}, {Events.Length} events";

    private ToolCallEvent PendingCall(ThreadStatus expected, string action)
    {
        if (Status != expected)
        {
            throw new InvalidOperationException(
                $"Thread {Id} is {Status}, not {expected}: {action} applies only to a thread waiting for it. " +
                (Status switch
                {
                    ThreadStatus.AwaitingApproval => "Use Approve or Reject.",
                    ThreadStatus.AwaitingHuman or ThreadStatus.Escalated => "Use Respond.",
                    _ => "Check Status before answering.",
                }));
        }

        for (int i = Events.Length - 1; i >= 0; i--)
        {
            if (Events[i] is ToolCallEvent call)
            {
                return call;
            }
        }

        throw new InvalidOperationException(
            $"Thread {Id} waits for a person but records no tool call, so there is nothing to answer: it was not built by an agent's steps. " +
            "Append the ToolCallEvent the person answers before the request event, or start the thread with AgentThread.Start.");
    }

    private static string NewId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    /// <summary>The packed status and error count, derived from the events the first time they are asked for.</summary>
    private long Derived()
    {
        long derived = Volatile.Read(ref _derived);
        if (derived == 0)
        {
            derived = Pack(ThreadStatus.Ready, 0);
            foreach (ThreadEvent e in Events)
            {
                derived = Next(derived, e);
            }

            // Racing threads derive the same value from the same events: whichever write lands is right.
            Volatile.Write(ref _derived, derived);
        }

        return derived;
    }

    private static long Pack(ThreadStatus status, int errors) => ((long)errors << 32) | (uint)((int)status + 1);

    /// <summary>Where a thread stands after one more event, from where it stood (packed by <see cref="Pack"/>).</summary>
    private static long Next(long derived, ThreadEvent e)
    {
        var status = (ThreadStatus)((int)derived - 1);
        int errors = (int)(derived >> 32);
        (ThreadStatus next, errors) = e switch
        {
            UnknownEvent => (ThreadStatus.HasUnknownEvents, errors),
            MessageEvent or HumanResponseEvent or ToolResultEvent => (ThreadStatus.Ready, 0),
            ToolErrorEvent or ParseErrorEvent => (ThreadStatus.Ready, errors + 1),
            ApprovalGrantedEvent or ApprovalRejectedEvent => (ThreadStatus.Ready, errors),
            HumanInputRequestedEvent => (ThreadStatus.AwaitingHuman, errors),
            ApprovalRequestedEvent => (ThreadStatus.AwaitingApproval, errors),
            PausedEvent => (ThreadStatus.Paused, errors),
            DoneEvent => (ThreadStatus.Done, errors),
            FailedEvent => (ThreadStatus.Failed, errors),
            StepLimitReachedEvent => (ThreadStatus.StepLimitReached, errors),
            EscalatedEvent => (ThreadStatus.Escalated, errors),
            _ => (status, errors),
        };

        // Whatever comes after an unreadable event, this version cannot tell where the thread stands.
        return Pack(status == ThreadStatus.HasUnknownEvents ? status : next, errors);
    }
}
