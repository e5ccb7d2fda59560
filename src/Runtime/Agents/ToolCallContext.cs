using System;

namespace AgentGen;

/// <summary>
/// Which call a handler runs. A handler takes it as an optional parameter after the step
/// (<c>Handle(DeployFrontend step, ToolCallContext call, CancellationToken cancellationToken)</c>) to pass
/// <see cref="CallId"/> on as an idempotency key, and to learn from <see cref="IsRetry"/> that an earlier run of the same
/// call may have done its work before the process stopped.
/// </summary>
public sealed record ToolCallContext
{
    /// <summary>Initializes the context.</summary>
    /// <param name="threadId">The id of the thread the call belongs to.</param>
    /// <param name="callId">The call's id, stable for the life of its thread.</param>
    /// <param name="attempt">1 for the first run of the handler, 2 for the first retry, and so on.</param>
    public ToolCallContext(string threadId, string callId, int attempt)
    {
        ArgumentException.ThrowIfNullOrEmpty(threadId);
        ArgumentException.ThrowIfNullOrEmpty(callId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(attempt);
        ThreadId = threadId;
        CallId = callId;
        Attempt = attempt;
    }

    /// <summary>Gets the id of the thread the call belongs to.</summary>
    public string ThreadId { get; }

    /// <summary>Gets the call's id: the same on every attempt, unique in its thread (not across threads).</summary>
    public string CallId { get; }

    /// <summary>Gets a key unique to this call across all threads and the same on every attempt: <c>{ThreadId}/{CallId}</c>. Pass it to services that deduplicate requests.</summary>
    public string IdempotencyKey => ThreadId + "/" + CallId;

    /// <summary>Gets which run of the handler this is for the call: 1, then 2 for the first retry, and so on.</summary>
    public int Attempt { get; }

    /// <summary>Gets whether an earlier run of this call started and did not record a result (its process stopped).</summary>
    public bool IsRetry => Attempt > 1;
}
