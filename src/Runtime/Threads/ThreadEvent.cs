namespace AgentGen;

/// <summary>
/// One entry of a thread's append-only event log. A thread is its events: status, step count and
/// error count are derived from them (factor 5), and <see cref="Kind"/> is a stable name used when a thread is saved.
/// </summary>
public abstract record ThreadEvent
{
    private protected ThreadEvent()
    {
    }

    /// <summary>Gets the stable name of the event kind, for example <c>tool_call</c>.</summary>
    public abstract string Kind { get; }
}

/// <summary>A message that starts or continues the thread: from a person, a trigger or a webhook.</summary>
/// <param name="Text">The message.</param>
/// <param name="Source">Where it came from, for example <c>user</c>, <c>trigger</c> or <c>webhook</c>.</param>
public sealed record MessageEvent(string Text, string Source = "user") : ThreadEvent
{
    /// <inheritdoc/>
    public override string Kind => "message";
}

/// <summary>The next step the model chose: a typed tool value.</summary>
/// <param name="CallId">The call's stable id, unique in the thread; handlers may use it as an idempotency key.</param>
/// <param name="Tool">The tool value.</param>
public sealed record ToolCallEvent(string CallId, ITool Tool) : ThreadEvent
{
    /// <inheritdoc/>
    public override string Kind => "tool_call";
}

/// <summary>What a handler returned for a tool call.</summary>
/// <param name="CallId">The call's id.</param>
/// <param name="ToolName">The tool's name.</param>
/// <param name="Result">The result, as text (a record result is the lines the context shows it as, <c>[Sensitive]</c> properties left out).</param>
public sealed record ToolResultEvent(string CallId, string ToolName, string Result) : ThreadEvent
{
    /// <inheritdoc/>
    public override string Kind => "tool_result";
}

/// <summary>A handler failed: its exception, compacted (no stack trace, message cut to a bound).</summary>
/// <param name="CallId">The call's id.</param>
/// <param name="ToolName">The tool's name.</param>
/// <param name="ErrorType">The exception type's name, or <c>error</c> for a failure the handler returned.</param>
/// <param name="Message">The compact message.</param>
public sealed record ToolErrorEvent(string CallId, string ToolName, string ErrorType, string Message) : ThreadEvent
{
    /// <inheritdoc/>
    public override string Kind => "tool_error";
}

/// <summary>The model's answer could not be read as a next step: an unknown tool, arguments that do not bind, or malformed output.</summary>
/// <param name="ToolName">The tool the model named, when it named one.</param>
/// <param name="Message">What was wrong, phrased so the model can correct itself.</param>
public sealed record ParseErrorEvent(string? ToolName, string Message) : ThreadEvent
{
    /// <inheritdoc/>
    public override string Kind => "parse_error";
}

/// <summary>The thread waits for a person to answer a <see cref="HumanInputAttribute"/> tool call.</summary>
/// <param name="CallId">The call that asked.</param>
public sealed record HumanInputRequestedEvent(string CallId) : ThreadEvent
{
    /// <inheritdoc/>
    public override string Kind => "human_input_requested";
}

/// <summary>The thread waits for a person to approve or reject a <see cref="RequiresApprovalAttribute"/> tool call; nothing ran yet.</summary>
/// <param name="CallId">The call awaiting approval.</param>
public sealed record ApprovalRequestedEvent(string CallId) : ThreadEvent
{
    /// <inheritdoc/>
    public override string Kind => "approval_requested";
}

/// <summary>A handler paused the thread.</summary>
/// <param name="Reason">Why.</param>
public sealed record PausedEvent(string Reason) : ThreadEvent
{
    /// <inheritdoc/>
    public override string Kind => "paused";
}

/// <summary>The work is finished.</summary>
/// <param name="Message">The final message.</param>
public sealed record DoneEvent(string Message) : ThreadEvent
{
    /// <inheritdoc/>
    public override string Kind => "done";
}

/// <summary>A handler declared the thread failed; it does not go on.</summary>
/// <param name="Error">Why.</param>
public sealed record FailedEvent(string Error) : ThreadEvent
{
    /// <inheritdoc/>
    public override string Kind => "failed";
}

/// <summary>A run took its maximum number of steps. The thread can be run again.</summary>
/// <param name="MaxSteps">The limit that was reached.</param>
public sealed record StepLimitReachedEvent(int MaxSteps) : ThreadEvent
{
    /// <inheritdoc/>
    public override string Kind => "step_limit_reached";
}

/// <summary>Too many errors in a row: the thread waits for a person instead of retrying forever (factor 9).</summary>
/// <param name="ConsecutiveErrors">How many errors in a row led here.</param>
public sealed record EscalatedEvent(int ConsecutiveErrors) : ThreadEvent
{
    /// <inheritdoc/>
    public override string Kind => "escalated";
}

/// <summary>
/// A handler is about to run for a call: recorded, and saved, before the handler starts, when the run saves as it goes
/// (<see cref="IThreadCheckpoint"/>, as <see cref="AgentRunner"/> does). A thread
/// whose last event is this one stopped while the handler ran (the process died); the next step runs it again as a retry.
/// </summary>
/// <param name="CallId">The call.</param>
/// <param name="Attempt">1 for the first run of the handler, 2 for the first retry, and so on.</param>
public sealed record ToolStartedEvent(string CallId, int Attempt) : ThreadEvent
{
    /// <inheritdoc/>
    public override string Kind => "tool_started";
}

/// <summary>A person approved a <see cref="RequiresApprovalAttribute"/> tool call: the next step runs its handler, once.</summary>
/// <param name="CallId">The approved call.</param>
/// <param name="Comment">What the person said, if anything.</param>
public sealed record ApprovalGrantedEvent(string CallId, string? Comment) : ThreadEvent
{
    /// <inheritdoc/>
    public override string Kind => "approval_granted";
}

/// <summary>A person rejected a <see cref="RequiresApprovalAttribute"/> tool call: nothing ran, and the model sees why.</summary>
/// <param name="CallId">The rejected call.</param>
/// <param name="ToolName">The tool's name.</param>
/// <param name="Feedback">Why, for the model.</param>
public sealed record ApprovalRejectedEvent(string CallId, string ToolName, string Feedback) : ThreadEvent
{
    /// <inheritdoc/>
    public override string Kind => "approval_rejected";
}

/// <summary>A person's answer: to a <see cref="HumanInputAttribute"/> tool call, or to an escalated thread.</summary>
/// <param name="CallId">The call that asked, or <see langword="null"/> for an escalation.</param>
/// <param name="Text">The answer.</param>
public sealed record HumanResponseEvent(string? CallId, string Text) : ThreadEvent
{
    /// <inheritdoc/>
    public override string Kind => "human_response";
}
