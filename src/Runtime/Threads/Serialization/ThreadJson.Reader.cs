using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace AgentGen;

public static partial class ThreadJson
{
    /// <summary>Loads a thread saved by <see cref="Serialize(AgentThread)"/> or <see cref="Write"/>.</summary>
    /// <param name="utf8Json">The JSON, as UTF-8 bytes.</param>
    /// <param name="tools">Reads tool calls by tool name: <c>AgentGen.Generated.ToolRegistry.Instance</c> of the assembly that declares the tools.</param>
    /// <returns>The thread. Events this version cannot read are kept as <see cref="UnknownEvent"/>s.</returns>
    /// <exception cref="ThreadFormatException">The JSON is malformed, is not a thread, or has a newer schema version.</exception>
    public static AgentThread Deserialize(ReadOnlySpan<byte> utf8Json, IToolRegistry tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            document = JsonDocument.ParseValue(ref reader);
            _ = reader.Read(); // Throws when anything but whitespace follows the thread object.
        }
        catch (JsonException exception)
        {
            throw new ThreadFormatException(
                $"Stored thread is malformed JSON at line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1} of that line: {exception.Message}",
                exception);
        }

        using (document)
        {
            return ReadThread(document.RootElement, tools);
        }
    }

    private static AgentThread ReadThread(JsonElement root, IToolRegistry tools)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Format("$", $"expected a thread object, found {Describe(root)}");
        }

        if (!root.TryGetProperty("schema_version", out JsonElement version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out int schemaVersion))
        {
            throw Format("$.schema_version", "expected an integer schema version");
        }

        if (schemaVersion < 1 || schemaVersion > SchemaVersion)
        {
            throw Format(
                "$.schema_version",
                $"schema version {schemaVersion} is not supported; this version of AgentGen reads versions 1 to {SchemaVersion}. Upgrade the application to load it");
        }

        string id = RequiredString(root, "id", "$");
        if (id.Length == 0)
        {
            throw Format("$.id", "expected a non-empty thread id");
        }

        if (!root.TryGetProperty("events", out JsonElement events) || events.ValueKind != JsonValueKind.Array)
        {
            throw Format("$.events", "expected an array of events");
        }

        var builder = ImmutableArray.CreateBuilder<ThreadEvent>(events.GetArrayLength());
        int index = 0;
        foreach (JsonElement e in events.EnumerateArray())
        {
            builder.Add(ReadEvent(e, $"$.events[{index.ToString(CultureInfo.InvariantCulture)}]", tools));
            index++;
        }

        return AgentThread.FromEvents(id, builder.MoveToImmutable());
    }

    private static ThreadEvent ReadEvent(JsonElement e, string path, IToolRegistry tools)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw Format(path, $"expected an event object, found {Describe(e)}");
        }

        string kind = RequiredString(e, "kind", path);
        var fields = new EventFields(e, path);
        ThreadEvent? read = kind switch
        {
            "message" => new MessageEvent(fields.String("text"), fields.String("source")),
            "tool_call" => ReadToolCall(fields, tools),
            "tool_result" => new ToolResultEvent(fields.String("call_id"), fields.String("tool"), fields.String("result")),
            "tool_error" => new ToolErrorEvent(fields.String("call_id"), fields.String("tool"), fields.String("error_type"), fields.String("message")),
            "parse_error" => new ParseErrorEvent(fields.OptionalString("tool"), fields.String("message")),
            "human_input_requested" => new HumanInputRequestedEvent(fields.String("call_id")),
            "approval_requested" => new ApprovalRequestedEvent(fields.String("call_id")),
            "paused" => new PausedEvent(fields.String("reason")),
            "done" => new DoneEvent(fields.String("message")),
            "failed" => new FailedEvent(fields.String("error")),
            "step_limit_reached" => new StepLimitReachedEvent(fields.Int32("max_steps")),
            "escalated" => new EscalatedEvent(fields.Int32("consecutive_errors")),
            "tool_started" => new ToolStartedEvent(fields.String("call_id"), fields.Int32("attempt")),
            "approval_granted" => new ApprovalGrantedEvent(fields.String("call_id"), fields.OptionalString("comment")),
            "approval_rejected" => new ApprovalRejectedEvent(fields.String("call_id"), fields.String("tool"), fields.String("feedback")),
            "human_response" => new HumanResponseEvent(fields.OptionalString("call_id"), fields.String("text")),
            _ => null,
        };

        // A newer kind, an unknown tool, or a property this version does not know: keep the event verbatim.
        return read is not null && !fields.HasUnread ? read : new UnknownEvent(kind, e.GetRawText());
    }

    private static ToolCallEvent? ReadToolCall(EventFields fields, IToolRegistry tools)
    {
        string callId = fields.String("call_id");
        string toolName = fields.String("tool");
        JsonElement arguments = fields.Element("arguments", JsonValueKind.Object);
        byte[] json = Encoding.UTF8.GetBytes(arguments.GetRawText());
        return tools.TryRead(toolName, json, out ITool? tool, out _) && tool is not null ? new ToolCallEvent(callId, tool) : null;
    }

    private static string RequiredString(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out JsonElement value) || value.ValueKind != JsonValueKind.String)
        {
            throw Format($"{path}.{name}", $"expected a string, found {(value.ValueKind == JsonValueKind.Undefined ? "nothing" : Describe(value))}");
        }

        return value.GetString()!;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "the number " + value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static ThreadFormatException Format(string path, string what) => new($"Stored thread is not valid at {path}: {what}.");

    /// <summary>An event's properties, each read at most once; whatever is left unread was written by a newer version.</summary>
    private sealed class EventFields
    {
        private readonly Dictionary<string, JsonElement> _unread = new(StringComparer.Ordinal);
        private readonly string _path;

        public EventFields(JsonElement e, string path)
        {
            _path = path;
            foreach (JsonProperty property in e.EnumerateObject())
            {
                if (property.NameEquals("kind"))
                {
                    continue;
                }

                if (!_unread.TryAdd(property.Name, property.Value))
                {
                    throw Format($"{path}.{property.Name}", "the property appears twice");
                }
            }
        }

        public bool HasUnread => _unread.Count > 0;

        public string String(string name) => Read(name, required: true)!;

        public string? OptionalString(string name) => Read(name, required: false);

        public int Int32(string name)
        {
            JsonElement value = Element(name, JsonValueKind.Number);
            return value.TryGetInt32(out int number) ? number : throw Format($"{_path}.{name}", "expected an integer, found " + Describe(value));
        }

        public JsonElement Element(string name, JsonValueKind kind)
        {
            if (!_unread.Remove(name, out JsonElement value) || value.ValueKind != kind)
            {
                string found = value.ValueKind == JsonValueKind.Undefined ? "nothing" : Describe(value);
                throw Format($"{_path}.{name}", $"expected {kind.ToString().ToLowerInvariant()}, found {found}");
            }

            return value;
        }

        private string? Read(string name, bool required)
        {
            bool present = _unread.Remove(name, out JsonElement value);
            if (value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }

            if (!required && (!present || value.ValueKind == JsonValueKind.Null))
            {
                return null;
            }

            throw Format($"{_path}.{name}", "expected a string, found " + (present ? Describe(value) : "nothing"));
        }
    }
}
