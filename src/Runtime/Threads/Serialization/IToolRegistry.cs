using System;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace AgentGen;

/// <summary>
/// Finds a tool type by its stable name and reads its JSON, without reflection. The generator emits one per assembly
/// that declares tools: <c>AgentGen.Generated.ToolRegistry.Instance</c>.
/// </summary>
public interface IToolRegistry
{
    /// <summary>Reads a tool value named <paramref name="toolName"/> from one JSON object.</summary>
    /// <param name="toolName">The tool's name, for example <c>list_git_tags</c>.</param>
    /// <param name="utf8Json">The tool's arguments, as one JSON object in UTF-8.</param>
    /// <param name="tool">The tool value, when reading succeeded.</param>
    /// <param name="errors">Why reading failed; empty when the name is not a known tool.</param>
    /// <returns><see langword="true"/> when the tool is known and its JSON was read.</returns>
    bool TryRead(string toolName, ReadOnlySpan<byte> utf8Json, out ITool? tool, out ImmutableArray<ToolReadError> errors);

    /// <summary>
    /// Reads a tool value named <paramref name="toolName"/> from the JSON object a reader is on, so a caller reading a
    /// larger document (a saved thread) tokenizes the object once. Leaves the reader on the object's last token.
    /// </summary>
    /// <remarks>
    /// The generated registries read in place. This default copies the object and reads the copy, for registries
    /// written by hand (for example one combining the registries of several assemblies).
    /// </remarks>
    /// <param name="toolName">The tool's name, for example <c>list_git_tags</c>.</param>
    /// <param name="reader">The reader, on the object's first token.</param>
    /// <param name="tool">The tool value, when reading succeeded.</param>
    /// <param name="errors">Why reading failed; empty when the name is not a known tool.</param>
    /// <returns><see langword="true"/> when the tool is known and its JSON was read.</returns>
    /// <exception cref="JsonException">The object is not well-formed JSON.</exception>
    bool TryRead(string toolName, ref Utf8JsonReader reader, out ITool? tool, out ImmutableArray<ToolReadError> errors)
    {
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        return TryRead(toolName, Encoding.UTF8.GetBytes(document.RootElement.GetRawText()), out tool, out errors);
    }
}
