using System.Globalization;

namespace AgentGen;

/// <summary>One precise reading error, phrased so a model can correct its output.</summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="Path">The JSON path of the offending value, for example <c>$.environment</c> or <c>$.tags[2]</c>.</param>
/// <param name="Expected">What was expected, for example <c>integer</c> or <c>one of "staging", "production"</c>.</param>
/// <param name="Found">What was found, for example <c>string "ten"</c>, or <see langword="null"/> when nothing was.</param>
/// <param name="Offset">The byte offset in the input where the problem was seen, when reading from UTF-8 JSON.</param>
public sealed record ToolReadError(ToolReadErrorKind Kind, string Path, string Expected, string? Found, long? Offset = null)
{
    /// <summary>Gets a one-line message, for example <c>$.limit: expected integer, found string "ten"</c>.</summary>
    public string Message => Kind switch
    {
        ToolReadErrorKind.MissingProperty => $"{Path}: missing required property (expected {Expected})",
        ToolReadErrorKind.UnknownProperty => $"{Path}: unknown property (expected {Expected})",
        ToolReadErrorKind.MalformedJson or ToolReadErrorKind.Truncated => Offset is { } offset
            ? string.Create(CultureInfo.InvariantCulture, $"{Path}: {Found} at offset {offset} (expected {Expected})")
            : $"{Path}: {Found} (expected {Expected})",
        _ => Found is null ? $"{Path}: expected {Expected}" : $"{Path}: expected {Expected}, found {Found}",
    };

    /// <inheritdoc/>
    public override string ToString() => Message;
}
