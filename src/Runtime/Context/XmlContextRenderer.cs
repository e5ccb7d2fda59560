using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace AgentGen;

/// <summary>
/// The default context: each event as an XML-ish tag named after its tool or kind, with a compact YAML-ish body.
/// <code>
/// &lt;list_git_tags&gt;
/// limit: 10
/// &lt;/list_git_tags&gt;
/// </code>
/// Tool values are written by their generated writers; nothing is reflected on.
/// </summary>
public class XmlContextRenderer : IContextRenderer
{
    /// <summary>Gets the shared default instance.</summary>
    public static XmlContextRenderer Default { get; } = new();

    /// <summary>
    /// Gets a value indicating whether errors the agent got past are left out (factor 9): a tool error (with its failed
    /// call) or an unreadable answer is not rendered once a later tool call succeeded. The thread keeps them all.
    /// </summary>
    public bool HideResolvedErrors { get; init; }

    // Events are immutable and rendering is deterministic, so each event is rendered once per renderer:
    // a step re-renders a growing thread by joining texts it already has.
    private readonly ConditionalWeakTable<ThreadEvent, string> _rendered = new();

    /// <inheritdoc/>
    public string Render(AgentThread thread) => string.Concat(RenderParts(thread));

    /// <inheritdoc/>
    public IReadOnlyList<string> RenderParts(AgentThread thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        string[] parts = new string[thread.Events.Length];
        int lastSuccess = HideResolvedErrors ? LastSuccess(thread) : -1;
        HashSet<string>? failedCalls = lastSuccess < 0 ? null : FailedCallsBefore(thread, lastSuccess);
        for (int i = 0; i < parts.Length; i++)
        {
            ThreadEvent e = thread.Events[i];
            if (!_rendered.TryGetValue(e, out string? text))
            {
                var one = new StringBuilder();
                RenderEvent(one, e);
                text = one.ToString();
                _rendered.AddOrUpdate(e, text);
            }

            // A terminal tool's call already says what its done event says.
            bool repeated = e is DoneEvent && i > 0 && thread.Events[i - 1] is ToolCallEvent;
            bool resolved = i < lastSuccess && (e is ToolErrorEvent or ParseErrorEvent || (e is ToolCallEvent call && failedCalls!.Contains(call.CallId)));
            parts[i] = repeated || resolved ? string.Empty : text;
        }

        // Each part ends with a blank line; the whole ends without one (trim the last part that has text, not the whole text).
        int last = Array.FindLastIndex(parts, part => part.Length > 0);
        if (last >= 0)
        {
            parts[last] = parts[last].TrimEnd('\n');
        }

        return parts;
    }

    private static int LastSuccess(AgentThread thread)
    {
        for (int i = thread.Events.Length - 1; i >= 0; i--)
        {
            if (thread.Events[i] is ToolResultEvent)
            {
                return i;
            }
        }

        return -1;
    }

    private static HashSet<string> FailedCallsBefore(AgentThread thread, int end)
    {
        var failed = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < end; i++)
        {
            if (thread.Events[i] is ToolErrorEvent error)
            {
                failed.Add(error.CallId);
            }
        }

        return failed;
    }

    /// <summary>Renders one event. Override to change how one kind of event looks, or to hide it.</summary>
    /// <param name="builder">Where the text goes.</param>
    /// <param name="event">The event.</param>
    protected virtual void RenderEvent(StringBuilder builder, ThreadEvent @event)
    {
        ArgumentNullException.ThrowIfNull(builder);
        switch (@event)
        {
            case MessageEvent message:
                Tag(builder, message.Source == "user" ? "user_message" : message.Source + "_message", message.Text);
                break;
            case ToolCallEvent call:
                Tag(builder, call.Tool.ToolName, YamlOf(call.Tool));
                break;
            case ToolResultEvent result:
                Tag(builder, result.ToolName + "_result", result.Result);
                break;
            case ToolErrorEvent error:
                Tag(builder, "error", $"tool: {error.ToolName}\ntype: {error.ErrorType}\nmessage: {error.Message}");
                break;
            case ParseErrorEvent parse:
                // The tool is named unless the message already names it.
                bool named = parse.ToolName is null || parse.Message.Contains(parse.ToolName, StringComparison.Ordinal);
                Tag(builder, "error", (named ? string.Empty : $"tool: {parse.ToolName}\n") + "message: " + parse.Message);
                break;
            case HumanInputRequestedEvent or ApprovalRequestedEvent or PausedEvent or StepLimitReachedEvent or EscalatedEvent:
                Tag(builder, @event.Kind, Body(@event));
                break;
            case ToolStartedEvent:
                // Bookkeeping for retries: the model sees the call and its result, not when the handler started.
                break;
            case ApprovalGrantedEvent granted:
                Tag(builder, "approval_granted", granted.Comment ?? string.Empty);
                break;
            case ApprovalRejectedEvent rejected:
                Tag(builder, "approval_rejected", $"tool: {rejected.ToolName}\nfeedback: {rejected.Feedback}");
                break;
            case HumanResponseEvent response:
                Tag(builder, "human_response", response.Text);
                break;
            case DoneEvent done:
                Tag(builder, "done", done.Message);
                break;
            case FailedEvent failed:
                Tag(builder, "failed", failed.Error);
                break;
            default:
                Tag(builder, @event.Kind, string.Empty);
                break;
        }
    }

    /// <summary>Writes <c>&lt;name&gt;</c>, the body, and <c>&lt;/name&gt;</c>.</summary>
    /// <param name="builder">Where the text goes.</param>
    /// <param name="name">The tag.</param>
    /// <param name="body">The body.</param>
    protected static void Tag(StringBuilder builder, string name, string body)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Append('<').Append(name).Append(">\n");
        if (body.Length > 0)
        {
            builder.Append(body.TrimEnd('\n')).Append('\n');
        }

        builder.Append("</").Append(name).Append(">\n\n");
    }

    /// <summary>Renders a tool value as compact YAML-ish lines, from its generated JSON writer.</summary>
    /// <param name="tool">The tool value.</param>
    /// <returns>The lines.</returns>
    public static string YamlOf(ITool tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            tool.WriteJson(writer);
        }

        using JsonDocument document = JsonDocument.Parse(buffer.WrittenMemory);
        var builder = new StringBuilder();
        WriteMembers(builder, document.RootElement, 0);
        return builder.ToString().TrimEnd('\n');
    }

    private static string Body(ThreadEvent e) => e switch
    {
        // The request follows its call; the model never sees call ids, so the tag says it all.
        HumanInputRequestedEvent or ApprovalRequestedEvent => string.Empty,
        PausedEvent p => p.Reason,
        StepLimitReachedEvent s => "max_steps: " + s.MaxSteps.ToString(System.Globalization.CultureInfo.InvariantCulture),
        EscalatedEvent x => "consecutive_errors: " + x.ConsecutiveErrors.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => string.Empty,
    };

    private static void WriteMembers(StringBuilder builder, JsonElement element, int indent)
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            builder.Append(' ', indent).Append(property.Name).Append(':');
            WriteValue(builder, property.Value, indent);
        }
    }

    private static void WriteValue(StringBuilder builder, JsonElement value, int indent)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                builder.Append('\n');
                WriteMembers(builder, value, indent + 2);
                break;
            case JsonValueKind.Array when IsScalarArray(value):
                builder.Append(" [");
                bool first = true;
                foreach (JsonElement item in value.EnumerateArray())
                {
                    builder.Append(first ? string.Empty : ", ").Append(Scalar(item));
                    first = false;
                }

                builder.Append("]\n");
                break;
            case JsonValueKind.Array:
                builder.Append('\n');
                foreach (JsonElement item in value.EnumerateArray())
                {
                    builder.Append(' ', indent + 2).Append('-');
                    WriteValue(builder, item, indent + 4);
                }

                break;
            case JsonValueKind.String when value.GetString()!.Contains('\n', StringComparison.Ordinal):
                builder.Append(" |\n");
                foreach (string line in value.GetString()!.Split('\n'))
                {
                    builder.Append(' ', indent + 2).Append(line).Append('\n');
                }

                break;
            default:
                builder.Append(' ').Append(Scalar(value)).Append('\n');
                break;
        }
    }

    private static bool IsScalarArray(JsonElement array)
    {
        foreach (JsonElement item in array.EnumerateArray())
        {
            if (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                return false;
            }
        }

        return true;
    }

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null => "null",
        _ => value.GetRawText(),
    };
}
