using System;
using System.Buffers;
using System.Text.Json;

namespace AgentGen;

/// <summary>
/// Saves and loads threads as JSON, without reflection: written with <see cref="Utf8JsonWriter"/>, read with <see cref="JsonDocument"/>.
/// </summary>
/// <remarks>
/// <para>
/// The format is <c>{"schema_version":1,"id":"...","events":[{"kind":"message","text":"...","source":"user"},
/// {"kind":"tool_call","call_id":"call_1","tool":"list_git_tags","arguments":{"limit":10}}, ...]}</c>. Every
/// discriminator is a stable name (an event's <see cref="ThreadEvent.Kind"/>, a tool's name), never a CLR type name,
/// so types can be renamed and moved freely.
/// </para>
/// <para>
/// Tool calls are read back through an <see cref="IToolRegistry"/>: pass <c>AgentGen.Generated.ToolRegistry.Instance</c>,
/// which the generator emits in every assembly that declares tools. An event this version cannot read (a newer kind, an
/// unknown tool, arguments that no longer bind, a property it does not know) loads as an <see cref="UnknownEvent"/>,
/// is written back verbatim, and makes the thread <see cref="ThreadStatus.HasUnknownEvents"/>. JSON that is not a thread
/// at all throws <see cref="ThreadFormatException"/>.
/// </para>
/// </remarks>
public static partial class ThreadJson
{
    /// <summary>The schema version this library writes, and the newest it reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Serializes a thread to UTF-8 JSON.</summary>
    /// <param name="thread">The thread.</param>
    /// <returns>The JSON, as UTF-8 bytes.</returns>
    public static byte[] Serialize(AgentThread thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(thread, writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a thread as one JSON object.</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="writer">The writer.</param>
    public static void Write(AgentThread thread, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("schema_version", SchemaVersion);
        writer.WriteString("id", thread.Id);
        writer.WriteStartArray("events");
        foreach (ThreadEvent e in thread.Events)
        {
            WriteEvent(e, writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteEvent(ThreadEvent e, Utf8JsonWriter writer)
    {
        if (e is UnknownEvent unknown)
        {
            writer.WriteRawValue(unknown.RawJson);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("kind", e.Kind);
        switch (e)
        {
            case MessageEvent m:
                writer.WriteString("text", m.Text);
                writer.WriteString("source", m.Source);
                break;
            case ToolCallEvent call:
                writer.WriteString("call_id", call.CallId);
                writer.WriteString("tool", call.Tool.ToolName);
                writer.WritePropertyName("arguments");
                call.Tool.WriteJson(writer);
                break;
            case ToolResultEvent result:
                writer.WriteString("call_id", result.CallId);
                writer.WriteString("tool", result.ToolName);
                writer.WriteString("result", result.Result);
                break;
            case ToolErrorEvent error:
                writer.WriteString("call_id", error.CallId);
                writer.WriteString("tool", error.ToolName);
                writer.WriteString("error_type", error.ErrorType);
                writer.WriteString("message", error.Message);
                break;
            case ParseErrorEvent parse:
                writer.WriteString("tool", parse.ToolName);
                writer.WriteString("message", parse.Message);
                break;
            case HumanInputRequestedEvent request:
                writer.WriteString("call_id", request.CallId);
                break;
            case ApprovalRequestedEvent request:
                writer.WriteString("call_id", request.CallId);
                break;
            case PausedEvent paused:
                writer.WriteString("reason", paused.Reason);
                break;
            case DoneEvent done:
                writer.WriteString("message", done.Message);
                break;
            case FailedEvent failed:
                writer.WriteString("error", failed.Error);
                break;
            case StepLimitReachedEvent limit:
                writer.WriteNumber("max_steps", limit.MaxSteps);
                break;
            case EscalatedEvent escalated:
                writer.WriteNumber("consecutive_errors", escalated.ConsecutiveErrors);
                break;
            case ToolStartedEvent started:
                writer.WriteString("call_id", started.CallId);
                writer.WriteNumber("attempt", started.Attempt);
                break;
            case ApprovalGrantedEvent granted:
                writer.WriteString("call_id", granted.CallId);
                writer.WriteString("comment", granted.Comment);
                break;
            case ApprovalRejectedEvent rejected:
                writer.WriteString("call_id", rejected.CallId);
                writer.WriteString("tool", rejected.ToolName);
                writer.WriteString("feedback", rejected.Feedback);
                break;
            case HumanResponseEvent response:
                writer.WriteString("call_id", response.CallId);
                writer.WriteString("text", response.Text);
                break;
            default:
                throw new NotSupportedException($"ThreadJson cannot write the event kind '{e.Kind}' ({e.GetType().Name}); add it to ThreadJson.");
        }

        writer.WriteEndObject();
    }
}
