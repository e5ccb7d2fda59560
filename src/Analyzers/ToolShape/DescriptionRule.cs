using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace AgentGen.Analyzers.ToolShape;

/// <summary>
/// AGEN0006: a tool, or one of its top-level properties, that the model would see by name only. Descriptions come from
/// <c>[Description]</c> or the XML documentation, where the generator reads them.
/// </summary>
internal static class DescriptionRule
{
    /// <summary>The diagnostic property that says what the fix documents: the type, a positional parameter, or a property.</summary>
    public const string TargetKey = "Target";
    public const string TypeTarget = "Type";
    public const string ParameterTarget = "Parameter";
    public const string PropertyTarget = "Property";

    public static void Analyze(INamedTypeSymbol tool, ToolSymbols symbols, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        if (!symbols.HasDescriptionAttribute(tool) && !DocText.HasSummary(tool, cancellationToken))
        {
            report(Create(ToolNames.TypeLocation(tool), "Tool", tool.Name, TypeTarget));
        }

        foreach (ToolProperty property in ToolProperties.Of(tool, symbols, cancellationToken))
        {
            if (property.SourceLocation is not { } location || IsDescribed(tool, property, symbols, cancellationToken))
            {
                continue;
            }

            bool positional = property.Parameter is not null &&
                              property.Parameter.Locations.Length > 0 &&
                              property.Parameter.Locations[0] == location;
            report(Create(location, "Property", property.Property.Name, positional ? ParameterTarget : PropertyTarget));
        }
    }

    private static bool IsDescribed(INamedTypeSymbol tool, ToolProperty property, ToolSymbols symbols, CancellationToken cancellationToken) =>
        symbols.HasDescriptionAttribute(property.Property) ||
        (property.Parameter is not null && symbols.HasDescriptionAttribute(property.Parameter)) ||
        (property.Parameter is not null && DocText.HasParam(tool, property.Parameter.Name, cancellationToken)) ||
        DocText.HasSummary(property.Property, cancellationToken);

    private static Diagnostic Create(Location location, string what, string name, string target) =>
        Diagnostic.Create(
            Descriptors.MissingDescription,
            location,
            System.Collections.Immutable.ImmutableDictionary<string, string?>.Empty.Add(TargetKey, target),
            what,
            name);
}
