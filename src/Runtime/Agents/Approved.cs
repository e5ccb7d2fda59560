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
