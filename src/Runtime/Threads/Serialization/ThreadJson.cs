using System;
using System.Buffers;
using System.Text.Json;

namespace AgentGen;

/// <summary>
/// Saves and loads threads as JSON, without reflection: written with <see cref="Utf8JsonWriter"/>, read in one pass with <see cref="Utf8JsonReader"/>.
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
        using var buffer = new PooledBufferWriter(EstimateSize(thread));
        Serialize(thread, buffer);
        byte[] json = GC.AllocateUninitializedArray<byte>(buffer.WrittenSpan.Length);
        buffer.WrittenSpan.CopyTo(json);
        return json;
    }

    /// <summary>Serializes a thread to UTF-8 JSON into a buffer, for example a pooled one or a pipe.</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="destination">Where the JSON goes.</param>
    public static void Serialize(AgentThread thread, IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(destination);
        // The structure is this method's; each tool's part is checked in WriteArguments.
        using var writer = new Utf8JsonWriter(destination, new JsonWriterOptions { SkipValidation = true });
        Write(thread, writer);
    }

    /// <summary>Writes a thread as one JSON object.</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="writer">The writer.</param>
    public static void Write(AgentThread thread, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber(s_schemaVersionName, SchemaVersion);
        writer.WriteString(s_idName, thread.Id);
        writer.WriteStartArray(s_eventsName);
        foreach (ThreadEvent e in thread.Events)
        {
            WriteEvent(e, writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>A first guess at the JSON's size, so that the buffer rarely grows: about 128 bytes an event.</summary>
    private static int EstimateSize(AgentThread thread) => (int)Math.Min(1 << 20, 64 + (thread.Events.Length * 128L));

    private static void WriteEvent(ThreadEvent e, Utf8JsonWriter writer)
    {
        if (e is UnknownEvent unknown)
        {
            writer.WriteRawValue(unknown.RawJson);
            return;
        }

        writer.WriteStartObject();
        switch (e)
        {
            case MessageEvent m:
                Kind(writer, EventKind.Message);
                writer.WriteString(Name(Field.Text), m.Text);
                writer.WriteString(Name(Field.Source), m.Source);
                break;
            case ToolCallEvent call:
                Kind(writer, EventKind.ToolCall);
                writer.WriteString(Name(Field.CallId), call.CallId);
                writer.WriteString(Name(Field.Tool), call.Tool.ToolName);
                writer.WritePropertyName(Name(Field.Arguments));
                WriteArguments(call.Tool, writer);
                break;
            case ToolResultEvent result:
                Kind(writer, EventKind.ToolResult);
                writer.WriteString(Name(Field.CallId), result.CallId);
                writer.WriteString(Name(Field.Tool), result.ToolName);
                writer.WriteString(Name(Field.Result), result.Result);
                break;
            case ToolErrorEvent error:
                Kind(writer, EventKind.ToolError);
                writer.WriteString(Name(Field.CallId), error.CallId);
                writer.WriteString(Name(Field.Tool), error.ToolName);
                writer.WriteString(Name(Field.ErrorType), error.ErrorType);
                writer.WriteString(Name(Field.Message), error.Message);
                break;
            case ParseErrorEvent parse:
                Kind(writer, EventKind.ParseError);
                writer.WriteString(Name(Field.Tool), parse.ToolName);
                writer.WriteString(Name(Field.Message), parse.Message);
                break;
            case HumanInputRequestedEvent request:
                Kind(writer, EventKind.HumanInputRequested);
                writer.WriteString(Name(Field.CallId), request.CallId);
                break;
            case ApprovalRequestedEvent request:
                Kind(writer, EventKind.ApprovalRequested);
                writer.WriteString(Name(Field.CallId), request.CallId);
                break;
            case PausedEvent paused:
                Kind(writer, EventKind.Paused);
                writer.WriteString(Name(Field.Reason), paused.Reason);
                break;
            case DoneEvent done:
                Kind(writer, EventKind.Done);
                writer.WriteString(Name(Field.Message), done.Message);
                break;
            case FailedEvent failed:
                Kind(writer, EventKind.Failed);
                writer.WriteString(Name(Field.Error), failed.Error);
                break;
            case StepLimitReachedEvent limit:
                Kind(writer, EventKind.StepLimitReached);
                writer.WriteNumber(Name(Field.MaxSteps), limit.MaxSteps);
                break;
            case EscalatedEvent escalated:
                Kind(writer, EventKind.Escalated);
                writer.WriteNumber(Name(Field.ConsecutiveErrors), escalated.ConsecutiveErrors);
                break;
            case ToolStartedEvent started:
                Kind(writer, EventKind.ToolStarted);
                writer.WriteString(Name(Field.CallId), started.CallId);
                writer.WriteNumber(Name(Field.Attempt), started.Attempt);
                break;
            case ApprovalGrantedEvent granted:
                Kind(writer, EventKind.ApprovalGranted);
                writer.WriteString(Name(Field.CallId), granted.CallId);
                writer.WriteString(Name(Field.Comment), granted.Comment);
                break;
            case ApprovalRejectedEvent rejected:
                Kind(writer, EventKind.ApprovalRejected);
                writer.WriteString(Name(Field.CallId), rejected.CallId);
                writer.WriteString(Name(Field.Tool), rejected.ToolName);
                writer.WriteString(Name(Field.Feedback), rejected.Feedback);
                break;
            case HumanResponseEvent response:
                Kind(writer, EventKind.HumanResponse);
                writer.WriteString(Name(Field.CallId), response.CallId);
                writer.WriteString(Name(Field.Text), response.Text);
                break;
            default:
                throw new NotSupportedException($"ThreadJson cannot write the event kind '{e.Kind}' ({e.GetType().Name}); add it to ThreadJson.");
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a tool's arguments, checking that its writer wrote one value (the thread's writer does not validate).</summary>
    private static void WriteArguments(ITool tool, Utf8JsonWriter writer)
    {
        int depth = writer.CurrentDepth;
        long written = writer.BytesCommitted + writer.BytesPending;
        tool.WriteJson(writer);
        if (writer.CurrentDepth != depth || writer.BytesCommitted + writer.BytesPending == written)
        {
            throw new InvalidOperationException(
                $"The tool '{tool.ToolName}' ({tool.GetType().Name}) did not write one JSON value as its arguments. Mark the type with [Tool] " +
                "and let the generator write ITool.WriteJson rather than implementing it by hand.");
        }
    }

    private static void Kind(Utf8JsonWriter writer, EventKind kind) => writer.WriteString(Name(Field.Kind), Name(kind));
}
