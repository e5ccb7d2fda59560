using System;

namespace AgentGen;

/// <summary>
/// A <see cref="RequiresApprovalAttribute"/> tool call that a person approved. Only the runtime creates one,
/// from a recorded approval: a model cannot produce it, so a handler that takes it cannot run unapproved.
/// </summary>
/// <typeparam name="T">The tool type.</typeparam>
public sealed class Approved<T>
    where T : class, ITool
{
    internal Approved(T call, string callId, string? comment)
    {
        Call = call ?? throw new ArgumentNullException(nameof(call));
        CallId = callId;
        Comment = comment;
    }

    /// <summary>Gets the approved tool call.</summary>
    public T Call { get; }

    /// <summary>Gets the call's stable id, to pass on as an idempotency key.</summary>
    public string CallId { get; }

    /// <summary>Gets what the person said when approving, if anything.</summary>
    public string? Comment { get; }
}

/// <summary>
/// A recorded approval the next step acts on: the approved call, its id and the person's comment.
/// Only <see cref="Agents.AgentSteps.FindPendingCall(AgentThread)"/> creates one, from an approval recorded in the thread.
/// </summary>
public sealed class ApprovalGrant
{
    internal ApprovalGrant(ToolCallEvent call, ApprovalGrantedEvent grant)
    {
        CallId = call.CallId;
        Call = call.Tool;
        Comment = grant.Comment;
    }

    /// <summary>Gets the approved call's id.</summary>
    public string CallId { get; }

    /// <summary>Gets the approved call.</summary>
    public ITool Call { get; }

    /// <summary>Gets what the person said, if anything.</summary>
    public string? Comment { get; }

    /// <summary>The approval, typed for the handler.</summary>
    /// <typeparam name="T">The tool type.</typeparam>
    /// <returns>The approved call.</returns>
    /// <exception cref="InvalidOperationException">The approved call is not a <typeparamref name="T"/>.</exception>
    public Approved<T> As<T>()
        where T : class, ITool =>
        new(
            Call as T ?? throw new InvalidOperationException(
                $"The approved call is {Call.ToolName} ({Call.GetType().Name}), not {typeof(T).Name}: call As<{Call.GetType().Name}>(), or check Call's type first."),
            CallId,
            Comment);
}
