using System;
using System.Collections.Immutable;
using System.Linq;
using AgentGen.Generated;

namespace AgentGen.Stores.Tests;

/// <summary>The tool registry of an older build of the application: this assembly's tools, minus the ones it has not declared yet.</summary>
/// <param name="missing">The names of the tools the older build does not know.</param>
public sealed class OlderAppRegistry(params string[] missing) : IToolRegistry
{
    /// <inheritdoc/>
    public bool TryRead(string toolName, ReadOnlySpan<byte> utf8Json, out ITool? tool, out ImmutableArray<ToolReadError> errors)
    {
        if (missing.Contains(toolName, StringComparer.Ordinal))
        {
            tool = null;
            errors = [];
            return false;
        }

        return ToolRegistry.Instance.TryRead(toolName, utf8Json, out tool, out errors);
    }
}
