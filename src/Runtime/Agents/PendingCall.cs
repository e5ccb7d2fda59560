using System;

namespace AgentGen;

/// <summary>
/// A tool call recorded in a thread whose handler has not recorded a result yet: just chosen, approved by a person,
/// or started by a run that stopped. The next step runs its handler; <see cref="Agents.AgentSteps.FindPendingCall"/> finds it.
/// </summary>
public sealed class PendingCall
{
    internal PendingCall(string threadId, ToolCallEvent call, ApprovalGrant? grant, int attempt)
    {
        ThreadId = threadId;
        Call = call;
        Grant = grant;
        Attempt = attempt;
    }

    /// <summary>Gets the id of the thread the call belongs to.</summary>
    public string ThreadId { get; }

    /// <summary>Gets the recorded call.</summary>
    public ToolCallEvent Call { get; }

    /// <summary>Gets the call's id.</summary>
    public string CallId => Call.CallId;

    /// <summary>Gets the person's approval, when the call needed one and got it.</summary>
    public ApprovalGrant? Grant { get; }

    /// <summary>Gets which run of the handler comes next: 1, or more when earlier runs started and did not finish.</summary>
    public int Attempt { get; }

    /// <summary>Gets what the handler is told about the call.</summary>
    public ToolCallContext Context => new(ThreadId, CallId, Attempt);

    /// <summary>The call's tool, as the agent's union type.</summary>
    /// <typeparam name="TUnion">The union type.</typeparam>
    /// <returns>The tool value.</returns>
    /// <exception cref="InvalidOperationException">The recorded tool is not a member of <typeparamref name="TUnion"/>: the thread was built by another agent.</exception>
    public TUnion StepAs<TUnion>()
        where TUnion : class =>
        Call.Tool as TUnion ?? throw new InvalidOperationException(
            $"The pending call {CallId} is '{Call.Tool.ToolName}', which is not a member of {typeof(TUnion).Name}: this thread was built by another agent.");
}
