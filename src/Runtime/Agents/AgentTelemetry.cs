using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.AI;

namespace AgentGen.Agents;

/// <summary>
/// AgentGen's traces and metrics, named after the OpenTelemetry GenAI semantic conventions: an <c>invoke_agent</c> span
/// per run, a <c>chat</c> span per model call and an <c>execute_tool</c> span per handler, and counters for steps,
/// errors, escalations and pauses. Listen with <c>AddSource("AgentGen")</c> and <c>AddMeter("AgentGen")</c>.
/// Generated agents and <see cref="AgentRunner"/> call these; nothing is recorded while nobody listens.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class AgentTelemetry
{
    /// <summary>The name of the activity source and of the meter: <c>AgentGen</c>.</summary>
    public const string SourceName = "AgentGen";

    private static readonly ActivitySource Source = new(SourceName, typeof(AgentTelemetry).Assembly.GetName().Version?.ToString());
    private static readonly Meter Meter = new(SourceName, typeof(AgentTelemetry).Assembly.GetName().Version?.ToString());
    private static readonly Counter<long> Steps = Meter.CreateCounter<long>("agentgen.steps", "{step}", "Model calls agents made.");
    private static readonly Counter<long> Errors = Meter.CreateCounter<long>("agentgen.errors", "{error}", "Tool errors and unreadable model answers recorded in threads.");
    private static readonly Counter<long> Escalations = Meter.CreateCounter<long>("agentgen.escalations", "{escalation}", "Threads escalated to a person after too many errors in a row.");
    private static readonly Counter<long> Pauses = Meter.CreateCounter<long>("agentgen.pauses", "{pause}", "Threads paused for a person, an approval or a handler's reason.");

    /// <summary>Starts the span of one run of an agent over a thread.</summary>
    /// <param name="agentName">The agent's name.</param>
    /// <param name="thread">The thread.</param>
    /// <returns>The span, or <see langword="null"/> when nobody listens.</returns>
    public static Activity? StartRun(string agentName, AgentThread thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        Activity? activity = Source.StartActivity("invoke_agent " + agentName, ActivityKind.Internal);
        if (activity is not null)
        {
            activity.SetTag("gen_ai.operation.name", "invoke_agent");
            activity.SetTag("gen_ai.agent.name", agentName);
            activity.SetTag("gen_ai.conversation.id", thread.Id);
        }

        return activity;
    }

    /// <summary>Ends a run's span with the thread's status.</summary>
    /// <param name="activity">The span.</param>
    /// <param name="thread">The thread after the run.</param>
    public static void EndRun(Activity? activity, AgentThread thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (activity is not null)
        {
            activity.SetTag("agentgen.thread.status", thread.Status.ToString());
            activity.SetTag("agentgen.thread.steps", thread.StepCount);
            if (thread.Status is ThreadStatus.Failed or ThreadStatus.Escalated)
            {
                activity.SetStatus(ActivityStatusCode.Error, thread.Status.ToString());
            }
        }
    }

    /// <summary>Starts the span of one model call, and counts it as a step.</summary>
    /// <param name="client">The chat client, for its provider and model.</param>
    /// <param name="agentName">The agent's name.</param>
    /// <param name="stepName">The step method's name.</param>
    /// <returns>The span, or <see langword="null"/> when nobody listens.</returns>
    public static Activity? StartChat(IChatClient? client, string agentName, string stepName)
    {
        Steps.Add(1, new KeyValuePair<string, object?>("gen_ai.agent.name", agentName));
        if (!Source.HasListeners())
        {
            return null;
        }

        ChatClientMetadata? metadata = client?.GetService(typeof(ChatClientMetadata)) as ChatClientMetadata;
        string? model = metadata?.DefaultModelId;
        Activity? activity = Source.StartActivity(model is null ? "chat" : "chat " + model, ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("gen_ai.operation.name", "chat");
            activity.SetTag("gen_ai.agent.name", agentName);
            activity.SetTag("agentgen.step", stepName);
            activity.SetTag("gen_ai.provider.name", metadata?.ProviderName);
            activity.SetTag("gen_ai.request.model", model);
        }

        return activity;
    }

    /// <summary>Starts the span of one handler run.</summary>
    /// <param name="toolName">The tool's name.</param>
    /// <param name="call">The call's id and attempt.</param>
    /// <returns>The span, or <see langword="null"/> when nobody listens.</returns>
    public static Activity? StartTool(string toolName, ToolCallContext call)
    {
        ArgumentNullException.ThrowIfNull(call);
        Activity? activity = Source.StartActivity("execute_tool " + toolName, ActivityKind.Internal);
        if (activity is not null)
        {
            activity.SetTag("gen_ai.operation.name", "execute_tool");
            activity.SetTag("gen_ai.tool.name", toolName);
            activity.SetTag("gen_ai.tool.type", "function");
            activity.SetTag("gen_ai.tool.call.id", call.CallId);
            activity.SetTag("agentgen.tool.attempt", call.Attempt);
        }

        return activity;
    }

    /// <summary>Marks a span failed with an exception's type (the message stays in the thread, compacted).</summary>
    /// <param name="activity">The span.</param>
    /// <param name="exception">The exception.</param>
    public static void Failed(Activity? activity, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (activity is not null)
        {
            activity.SetTag("error.type", exception.GetType().FullName);
            activity.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        }
    }

    internal static void RecordError(string kind) => Errors.Add(1, new KeyValuePair<string, object?>("agentgen.error.kind", kind));

    internal static void RecordEscalation() => Escalations.Add(1);

    internal static void RecordPause(string reason) => Pauses.Add(1, new KeyValuePair<string, object?>("agentgen.pause.reason", reason));
}
