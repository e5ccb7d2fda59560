using System;

namespace AgentGen;

/// <summary>
/// What a handler decided: the loop goes on with a result, pauses, is done, or has failed (factor 8).
/// Every handler returns one, so whether the loop continues is always explicit.
/// </summary>
public sealed class StepOutcome
{
    private StepOutcome(StepOutcomeKind kind, string text)
    {
        Kind = kind;
        Text = text;
    }

    /// <summary>Gets what the handler decided.</summary>
    public StepOutcomeKind Kind { get; }

    /// <summary>Gets the result, the reason, the final message or the error.</summary>
    public string Text { get; }

    /// <summary>The loop goes on; the model sees the result.</summary>
    /// <param name="result">The result as text.</param>
    /// <returns>The outcome.</returns>
    public static StepOutcome Continue(string result) => new(StepOutcomeKind.Continue, result ?? throw new ArgumentNullException(nameof(result)));

    /// <summary>
    /// The loop goes on; the model sees the result as the context shows a record: compact YAML-ish lines written by its
    /// generated <see cref="ITool.WriteContext"/>, with <see cref="SensitiveAttribute"/> properties left out.
    /// </summary>
    /// <remarks>
    /// The result exists for the model, so the thread records these lines, not the record: a secret a handler returns
    /// in a <see cref="SensitiveAttribute"/> property is neither shown to the model nor stored.
    /// </remarks>
    /// <param name="result">A <see cref="ToolAttribute"/> record used as a result.</param>
    /// <returns>The outcome.</returns>
    public static StepOutcome Continue(ITool result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(StepOutcomeKind.Continue, XmlContextRenderer.YamlOf(result));
    }

    /// <summary>The thread pauses until something outside resumes it.</summary>
    /// <param name="reason">Why.</param>
    /// <returns>The outcome.</returns>
    public static StepOutcome Pause(string reason) => new(StepOutcomeKind.Pause, reason ?? throw new ArgumentNullException(nameof(reason)));

    /// <summary>The work is finished.</summary>
    /// <param name="message">The final message.</param>
    /// <returns>The outcome.</returns>
    public static StepOutcome Done(string message) => new(StepOutcomeKind.Done, message ?? throw new ArgumentNullException(nameof(message)));

    /// <summary>The thread has failed and does not go on.</summary>
    /// <param name="error">Why.</param>
    /// <returns>The outcome.</returns>
    public static StepOutcome Fail(string error) => new(StepOutcomeKind.Fail, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>The thread has failed because of an exception (its type and message, no stack trace).</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The outcome.</returns>
    public static StepOutcome Fail(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new(StepOutcomeKind.Fail, exception.GetType().Name + ": " + exception.Message);
    }

    internal static StepOutcome AwaitHuman { get; } = new(StepOutcomeKind.AwaitHuman, string.Empty);

    internal static StepOutcome AwaitApproval { get; } = new(StepOutcomeKind.AwaitApproval, string.Empty);

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}: {Text}";
}

/// <summary>What a handler decided.</summary>
public enum StepOutcomeKind
{
    /// <summary>The loop goes on with a result.</summary>
    Continue = 0,

    /// <summary>The thread pauses.</summary>
    Pause = 1,

    /// <summary>The work is finished.</summary>
    Done = 2,

    /// <summary>The thread has failed.</summary>
    Fail = 3,

    /// <summary>The thread waits for a person to answer a <see cref="HumanInputAttribute"/> tool call. Only the runtime decides this.</summary>
    AwaitHuman = 4,

    /// <summary>The thread waits for a person to approve a <see cref="RequiresApprovalAttribute"/> tool call. Only the runtime decides this.</summary>
    AwaitApproval = 5,
}
