using System;
using System.Collections.Generic;
using System.Text;
using System.Runtime.CompilerServices;

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

    /// <summary>
    /// Gets the formatter of the <c>&lt;error&gt;</c> tags the model sees for tool errors and unreadable answers;
    /// <see cref="AgentGen.ErrorFormatter.Default"/> unless an agent supplies its own.
    /// </summary>
    public ErrorFormatter ErrorFormatter
    {
        get => _errorFormatter;
        init => _errorFormatter = value ?? throw new ArgumentNullException(nameof(value), "Give an ErrorFormatter, or leave ErrorFormatter out for the default.");
    }

    // Events are immutable and rendering is deterministic, so each event is rendered once per renderer:
    // a step re-renders a growing thread by joining texts it already has.
    private readonly ConditionalWeakTable<ThreadEvent, string> _rendered = new();

    private readonly ErrorFormatter _errorFormatter = ErrorFormatter.Default;

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
                ToolTag(builder, call.Tool);
                break;
            case ToolResultEvent result:
                Tag(builder, result.ToolName + "_result", result.Result);
                break;
            case ToolErrorEvent error:
                Tag(builder, "error", ErrorFormatter.FormatToolError(error));
                break;
            case ParseErrorEvent parse:
                Tag(builder, "error", ErrorFormatter.FormatParseError(parse));
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

    /// <summary>Writes a tool value as <see cref="Tag"/> would its <see cref="YamlOf"/>, without the intermediate string.</summary>
    private static void ToolTag(StringBuilder builder, ITool tool)
    {
        builder.Append('<').Append(tool.ToolName).Append(">\n");
        int start = builder.Length;
        tool.WriteContext(new ContextWriter(builder));
        while (builder.Length > start && builder[^1] == '\n')
        {
            builder.Length--;
        }

        builder.Append(builder.Length > start ? "\n</" : "</").Append(tool.ToolName).Append(">\n\n");
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

    /// <summary>Renders a tool value as compact YAML-ish lines, with its generated <see cref="ITool.WriteContext"/>.</summary>
    /// <param name="tool">The tool value.</param>
    /// <returns>The lines, without a line break at the end.</returns>
    public static string YamlOf(ITool tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        var builder = new StringBuilder();
        tool.WriteContext(new ContextWriter(builder));
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
}
