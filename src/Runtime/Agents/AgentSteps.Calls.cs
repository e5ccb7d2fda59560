using System;
using System.Threading;
using System.Threading.Tasks;

namespace AgentGen.Agents;

/// <summary>Finding the call the next step runs, and recording that its handler starts (factor 6: resumable at any point).</summary>
public static partial class AgentSteps
{
    /// <summary>
    /// The call the next step runs without asking the model: a call just recorded, a call a person approved, or a call
    /// whose handler started and recorded no result (the run stopped: the next attempt is a retry).
    /// </summary>
    /// <param name="thread">The thread.</param>
    /// <returns>The pending call, or <see langword="null"/> when the next step asks the model.</returns>
    public static PendingCall? FindPendingCall(AgentThread thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (thread.Events.Length == 0)
        {
            return null;
        }

        switch (thread.Events[^1])
        {
            case ToolCallEvent call:
                return new PendingCall(thread.Id, call, null, 1);
            case ApprovalGrantedEvent granted when FindCall(thread, granted.CallId) is { } call:
                return new PendingCall(thread.Id, call, new ApprovalGrant(call, granted), 1);
            case ToolStartedEvent started when FindCall(thread, started.CallId) is { } call:
                return new PendingCall(thread.Id, call, FindGrant(thread, call), started.Attempt + 1);
            default:
                return null;
        }
    }

    /// <summary>
    /// Records that the pending call's handler starts, and saves the thread through the checkpoint before it does: a run
    /// that stops inside the handler leaves a thread whose next step runs the handler again, as a retry, with the same id.
    /// Without a checkpoint nothing is saved mid-step, so nothing is recorded: the thread is returned as it is.
    /// </summary>
    /// <param name="thread">The thread, ending with the pending call (or its approval, or an unfinished start).</param>
    /// <param name="pending">The call.</param>
    /// <param name="checkpoint">Where the thread is saved first; <see langword="null"/> when the run keeps it in memory.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The thread, with the start recorded when there is a checkpoint.</returns>
    public static async Task<AgentThread> StartCallAsync(AgentThread thread, PendingCall pending, IThreadCheckpoint? checkpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(pending);
        if (checkpoint is null)
        {
            return thread;
        }

        thread = thread.Append(new ToolStartedEvent(pending.CallId, pending.Attempt));
        await checkpoint.SaveAsync(thread, cancellationToken).ConfigureAwait(false);
        return thread;
    }

    private static ToolCallEvent? FindCall(AgentThread thread, string callId)
    {
        for (int i = thread.Events.Length - 1; i >= 0; i--)
        {
            if (thread.Events[i] is ToolCallEvent call && call.CallId == callId)
            {
                return call;
            }
        }

        return null;
    }

    private static ApprovalGrant? FindGrant(AgentThread thread, ToolCallEvent call)
    {
        for (int i = thread.Events.Length - 1; i >= 0; i--)
        {
            if (thread.Events[i] is ApprovalGrantedEvent granted && granted.CallId == call.CallId)
            {
                return new ApprovalGrant(call, granted);
            }
        }

        return null;
    }
}
