using System;

namespace AgentGen;

/// <summary>
/// Formats the errors the model sees (factor 9: compact errors): the body of the <c>&lt;error&gt;</c> tag that
/// <see cref="XmlContextRenderer"/> writes for a <see cref="ToolErrorEvent"/> or a <see cref="ParseErrorEvent"/>.
/// Derive from it and override one method to change one kind of error; give the instance to the agent's renderer:
/// <code>
/// private readonly IContextRenderer _context = new XmlContextRenderer { ErrorFormatter = new TerseErrors() };
/// </code>
/// </summary>
/// <remarks>The thread keeps every error as it was recorded; only what the model sees changes. Formatting must be deterministic.</remarks>
public class ErrorFormatter
{
    /// <summary>Gets the default formatter: <c>tool</c>, <c>type</c> and <c>message</c> lines.</summary>
    public static ErrorFormatter Default { get; } = new();

    /// <summary>Formats a handler's exception.</summary>
    /// <param name="error">The error event.</param>
    /// <returns>The body of the <c>&lt;error&gt;</c> tag; by default <c>tool</c>, <c>type</c> and <c>message</c> lines.</returns>
    public virtual string FormatToolError(ToolErrorEvent error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return $"tool: {error.ToolName}\ntype: {error.ErrorType}\nmessage: {error.Message}";
    }

    /// <summary>Formats an answer the model gave that could not be read as a step.</summary>
    /// <param name="error">The error event.</param>
    /// <returns>The body of the <c>&lt;error&gt;</c> tag; by default a <c>tool</c> line (unless the message names the tool) and a <c>message</c> line.</returns>
    public virtual string FormatParseError(ParseErrorEvent error)
    {
        ArgumentNullException.ThrowIfNull(error);
        bool named = error.ToolName is null || error.Message.Contains(error.ToolName, StringComparison.Ordinal);
        return (named ? string.Empty : $"tool: {error.ToolName}\n") + "message: " + error.Message;
    }
}
