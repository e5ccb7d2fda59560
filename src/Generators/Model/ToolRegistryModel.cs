using System;
using System.Collections.Generic;
using AgentGen.Generators.Helpers;

namespace AgentGen.Generators.Model;

/// <summary>The tools the assembly's registry lists, by name: only what its text depends on, so editing a tool's properties leaves it cached.</summary>
/// <param name="Entries">The listed tools, sorted by tool name.</param>
internal sealed record ToolRegistryModel(EquatableArray<ToolRegistryEntry> Entries)
{
    /// <summary>
    /// Lists every tool code elsewhere in the assembly can name. Two tools sharing a name are an error the analyzers
    /// report; the first by type name is listed so the registry still compiles.
    /// </summary>
    /// <param name="tools">Every tool, sorted by fully qualified name.</param>
    public static ToolRegistryModel From(EquatableArray<ToolModel> tools)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<ToolRegistryEntry>();
        foreach (ToolModel tool in tools)
        {
            if (tool.VisibleInAssembly && names.Add(tool.ToolName))
            {
                entries.Add(new ToolRegistryEntry(tool.ToolName, tool.Declaration.FullyQualifiedName));
            }
        }

        entries.Sort(static (a, b) => StringComparer.Ordinal.Compare(a.ToolName, b.ToolName));
        return new ToolRegistryModel(entries.ToEquatableArray());
    }
}

/// <summary>One tool of the registry.</summary>
/// <param name="ToolName">The tool's name.</param>
/// <param name="FullyQualifiedName">The tool type's <c>global::</c>-qualified name.</param>
internal sealed record ToolRegistryEntry(string ToolName, string FullyQualifiedName);
