using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Text;
using System.Text.Json;
using AgentGen.Serialization.Lenient;
using Microsoft.Extensions.AI;

namespace AgentGen.Agents;

/// <summary>
/// The pieces of one agent step that do not depend on the agent: building the request, reading the answer,
/// and recording the outcome as events. Generated step bodies, dispatchers and loops call these.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class AgentSteps
{
    /// <summary>The longest error message kept in a thread; longer ones are cut (factor 9: compact errors).</summary>
    public const int MaxErrorMessageLength = 500;

    /// <summary>Options for the tool-call protocol: the union's declarations, one required call, nothing invocable.</summary>
    /// <param name="declarations">The union's declarations.</param>
    /// <returns>New options (callers may change them).</returns>
    public static ChatOptions ToolCallOptions(IReadOnlyList<ToolDeclaration> declarations)
    {
        ArgumentNullException.ThrowIfNull(declarations);
        return new ChatOptions
        {
            Tools = [.. declarations],
            ToolMode = ChatToolMode.RequireAny,
            AllowMultipleToolCalls = false,
        };
    }

    /// <summary>Options for the JSON protocol: the provider's JSON-schema response format.</summary>
    /// <param name="utf8Schema">The union's JSON schema.</param>
    /// <param name="name">The schema's name.</param>
    /// <returns>New options (callers may change them).</returns>
    public static ChatOptions JsonOptions(ReadOnlySpan<byte> utf8Schema, string name)
    {
        var reader = new Utf8JsonReader(utf8Schema);
        JsonElement schema = JsonElement.ParseValue(ref reader);
        return new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema(schema, name) };
    }

    /// <summary>The output-format instructions appended to a prompt for providers without a JSON-schema response format.</summary>
    /// <param name="schema">The JSON schema of the answer.</param>
    /// <param name="union">Whether the answer is a union member, named by its <c>intent</c>.</param>
    /// <returns>The instructions.</returns>
    public static string JsonInstructions(string schema, bool union) =>
        "\n\nAnswer with exactly one JSON object and nothing else. " +
        (union ? "Its \"intent\" names the step you choose; the other properties are that step's arguments. " : string.Empty) +
        "The object must match this JSON schema:\n" + schema;

    /// <summary>Reads a function call as one tool, the only one a single-tool step offers.</summary>
    /// <typeparam name="T">The tool type.</typeparam>
    /// <returns>The reader.</returns>
    public static Func<FunctionCallContent, ToolReadOptions?, ToolReadResult<T>> ToolReader<T>()
        where T : class, ITool<T> =>
        static (call, options) => call.Name == T.Name
            ? T.BindArguments(call.Arguments, options)
            : Serialization.UnionReaders.UnknownTool<T>(call.Name, T.Name);

    /// <summary>Reads the one function call of a response as a union member.</summary>
    /// <typeparam name="TUnion">The union type.</typeparam>
    /// <param name="response">The model's response.</param>
    /// <param name="read">The union's generated function-call reader.</param>
    /// <returns>The step, or errors: no call, more than one call, an unknown tool, or arguments that do not bind.</returns>
    public static StepAnswer<TUnion> ReadToolCall<TUnion>(ChatResponse response, Func<FunctionCallContent, ToolReadOptions?, ToolReadResult<TUnion>> read)
        where TUnion : class
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(read);
        var calls = new List<FunctionCallContent>(1);
        foreach (ChatMessage message in response.Messages)
        {
            foreach (AIContent content in message.Contents)
            {
                if (content is FunctionCallContent call)
                {
                    calls.Add(call);
                }
            }
        }

        if (calls.Count == 1)
        {
            return new StepAnswer<TUnion>(read(calls[0], null), calls[0].Name);
        }

        string found = calls.Count == 0
            ? "text " + JsonQuote(Cut(response.Text, 120))
            : $"{calls.Count} tool calls ({string.Join(", ", calls.Select(c => c.Name))})";
        return new StepAnswer<TUnion>(ToolReadResult<TUnion>.Failure([new ToolReadError(ToolReadErrorKind.WrongType, "$", "exactly one tool call", found)]), null);
    }

    /// <summary>Throws when the thread cannot take a step, saying what to do instead.</summary>
    /// <param name="thread">The thread.</param>
    /// <exception cref="InvalidOperationException">The thread is paused, done, failed, escalated, or holds events this version cannot read.</exception>
    public static void EnsureCanStep(AgentThread thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (thread.Status is not (ThreadStatus.Ready or ThreadStatus.StepLimitReached))
        {
            throw new InvalidOperationException(
                $"Thread {thread.Id} is {thread.Status} and cannot take a step. " + thread.Status switch
                {
                    ThreadStatus.AwaitingHuman or ThreadStatus.Escalated => "Append the person's response first.",
                    ThreadStatus.AwaitingApproval => "Record the person's approval or rejection first.",
                    ThreadStatus.Paused => "Append the event that resumes it first.",
                    ThreadStatus.HasUnknownEvents => "It holds events this version of the application cannot read (saved by a newer version, or with tools it does not declare); upgrade the application to go on.",
                    _ => "Start a new thread for new work.",
                });
        }
    }

    /// <summary>The id of the call the next event records: <c>call_</c> and that event's position, unique in its thread and the same on every replay.</summary>
    /// <param name="thread">The thread the call is appended to.</param>
    /// <returns>The id.</returns>
    public static string NewCallId(AgentThread thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        return "call_" + thread.Events.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Records an answer that could not be read, escalating when errors pile up.</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="toolName">The tool the model named, if any.</param>
    /// <param name="errors">What was wrong.</param>
    /// <param name="maxConsecutiveErrors">The agent's limit.</param>
    /// <returns>The new thread.</returns>
    public static AgentThread RecordParseError(AgentThread thread, string? toolName, IEnumerable<ToolReadError> errors, int maxConsecutiveErrors)
    {
        ArgumentNullException.ThrowIfNull(thread);
        string message = Cut(string.Join("; ", errors.Select(e => e.Message)), MaxErrorMessageLength);
        AgentTelemetry.RecordError("parse_error");
        return EscalateIfNeeded(thread.Append(new ParseErrorEvent(toolName, message)), maxConsecutiveErrors);
    }

    /// <summary>Records a handler's exception as a compact error event, escalating when errors pile up.</summary>
    /// <param name="thread">The thread, with the tool call already recorded.</param>
    /// <param name="callId">The call's id.</param>
    /// <param name="toolName">The tool's name.</param>
    /// <param name="exception">The exception.</param>
    /// <param name="maxConsecutiveErrors">The agent's limit.</param>
    /// <returns>The new thread.</returns>
    public static AgentThread RecordToolError(AgentThread thread, string callId, string toolName, Exception exception, int maxConsecutiveErrors)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(exception);
        var error = new ToolErrorEvent(callId, toolName, exception.GetType().Name, Cut(exception.Message, MaxErrorMessageLength));
        AgentTelemetry.RecordError("tool_error");
        return EscalateIfNeeded(thread.Append(error), maxConsecutiveErrors);
    }

    /// <summary>Records what a handler decided.</summary>
    /// <param name="thread">The thread, with the tool call already recorded.</param>
    /// <param name="callId">The call's id.</param>
    /// <param name="toolName">The tool's name.</param>
    /// <param name="outcome">The handler's outcome.</param>
    /// <param name="maxConsecutiveErrors">The agent's limit.</param>
    /// <returns>The new thread.</returns>
    public static AgentThread RecordOutcome(AgentThread thread, string callId, string toolName, StepOutcome outcome, int maxConsecutiveErrors)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Kind is StepOutcomeKind.AwaitHuman or StepOutcomeKind.AwaitApproval or StepOutcomeKind.Pause)
        {
            AgentTelemetry.RecordPause(outcome.Kind.ToString());
        }

        return thread.Append(OutcomeEvent(callId, toolName, outcome));
    }

    private static ThreadEvent OutcomeEvent(string callId, string toolName, StepOutcome outcome) => outcome.Kind switch
    {
        StepOutcomeKind.Continue => new ToolResultEvent(callId, toolName, outcome.Text),
        StepOutcomeKind.Pause => new PausedEvent(outcome.Text),
        StepOutcomeKind.Done => new DoneEvent(outcome.Text),
        StepOutcomeKind.AwaitHuman => new HumanInputRequestedEvent(callId),
        StepOutcomeKind.AwaitApproval => new ApprovalRequestedEvent(callId),
        _ => new FailedEvent(Cut(outcome.Text, MaxErrorMessageLength)),
    };

    /// <summary>The outcome of a <see cref="HumanInputAttribute"/> tool: the thread waits for a person.</summary>
    public static StepOutcome AwaitHuman => StepOutcome.AwaitHuman;

    /// <summary>The outcome of a <see cref="RequiresApprovalAttribute"/> tool: the thread waits for approval; nothing runs.</summary>
    public static StepOutcome AwaitApproval => StepOutcome.AwaitApproval;

    /// <summary>The outcome of a <see cref="TerminalAttribute"/> tool: done, with the tool's only text, or its rendering.</summary>
    /// <param name="tool">The terminal tool value.</param>
    /// <returns>The outcome.</returns>
    public static StepOutcome Terminal(ITool tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        using JsonDocument document = JsonDocument.Parse(ToolJson.Utf8Of(tool));
        var properties = document.RootElement.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).ToList();
        string shown = XmlContextRenderer.YamlOf(tool);

        // The only text, unless it is [Sensitive] (the context leaves it out, so the done message must too).
        return StepOutcome.Done(properties is [{ Value.ValueKind: JsonValueKind.String } only] && shown.StartsWith(only.Name + ":", StringComparison.Ordinal)
            ? only.Value.GetString()!
            : shown);
    }

    /// <summary>Adapts a synchronous handler's outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The same outcome.</returns>
    public static StepOutcome Checked(StepOutcome outcome) =>
        outcome ?? throw new InvalidOperationException("A handler returned null; return an explicit StepOutcome (Continue, Pause, Done or Fail).");

    /// <summary>Records that a run reached its step limit; the thread stays resumable.</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="maxSteps">The limit.</param>
    /// <returns>The new thread.</returns>
    public static AgentThread RecordStepLimit(AgentThread thread, int maxSteps)
    {
        ArgumentNullException.ThrowIfNull(thread);
        return thread.Append(new StepLimitReachedEvent(maxSteps));
    }

    /// <summary>Cuts a message to a bound, saying how much was left out.</summary>
    /// <param name="text">The text.</param>
    /// <param name="max">The bound.</param>
    /// <returns>The text, or its start and a note.</returns>
    public static string Cut(string? text, int max)
    {
        text ??= string.Empty;
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, max), $"... ({text.Length - max} more characters)");
    }

    private static AgentThread EscalateIfNeeded(AgentThread thread, int maxConsecutiveErrors)
    {
        if (thread.ConsecutiveErrors < maxConsecutiveErrors)
        {
            return thread;
        }

        AgentTelemetry.RecordEscalation();
        return thread.Append(new EscalatedEvent(thread.ConsecutiveErrors));
    }

    private static string JsonQuote(string text) => "\"" + text.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
