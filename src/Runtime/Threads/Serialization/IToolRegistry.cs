using System;
using System.Collections.Immutable;

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
}
