using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AgentGen.Analyzers.ToolShape;

/// <summary>One property the model writes: the property and, for a positional record, the constructor parameter that feeds it.</summary>
internal readonly struct ToolProperty
{
    public ToolProperty(IPropertySymbol property, IParameterSymbol? parameter)
    {
        Property = property;
        Parameter = parameter;
    }

    public IPropertySymbol Property { get; }

    public IParameterSymbol? Parameter { get; }

    /// <summary>The parameter of a positional record, else the property declaration; <see langword="null"/> when not in source.</summary>
    public Location? SourceLocation
    {
        get
        {
            Location? location = Property.Locations.FirstOrDefault(l => l.IsInSource) ?? Parameter?.Locations.FirstOrDefault(l => l.IsInSource);
            return location;
        }
    }
}

/// <summary>The properties the generator puts in a tool's schema, chosen by the same rules as its parser.</summary>
internal static class ToolProperties
{
    public static IEnumerable<ToolProperty> Of(INamedTypeSymbol type, ToolSymbols symbols, CancellationToken cancellationToken)
    {
        IMethodSymbol? constructor = ChooseConstructor(type, cancellationToken);
        if (constructor is null)
        {
            yield break;
        }

        foreach (IPropertySymbol property in SerializableProperties(type, symbols))
        {
            cancellationToken.ThrowIfCancellationRequested();
            IParameterSymbol? parameter = constructor.Parameters.FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            bool settable = property.SetMethod is { DeclaredAccessibility: Accessibility.Public };
            if (parameter is null && !settable)
            {
                // A computed, get-only property is not part of what the model writes.
                continue;
            }

            yield return new ToolProperty(property, parameter);
        }
    }

    /// <summary>The primary constructor of a positional record, else the parameterless one, else the only public one.</summary>
    private static IMethodSymbol? ChooseConstructor(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var candidates = type.InstanceConstructors
            .Where(c => c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal &&
                        !(c.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, type)))
            .ToList();

        IMethodSymbol? primary = candidates.FirstOrDefault(c => c.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is RecordDeclarationSyntax));
        if (primary is not null && type.IsRecord)
        {
            return primary;
        }

        return candidates.FirstOrDefault(c => c.Parameters.Length == 0) ?? (candidates.Count == 1 ? candidates[0] : null);
    }

    private static IEnumerable<IPropertySymbol> SerializableProperties(INamedTypeSymbol type, ToolSymbols symbols)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var chain = new List<INamedTypeSymbol>();
        for (INamedTypeSymbol? current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            chain.Insert(0, current);
        }

        foreach (INamedTypeSymbol current in chain)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public } property &&
                    property.GetMethod is { DeclaredAccessibility: Accessibility.Public } &&
                    property.Name.Length > 0 &&
                    property.Name != "EqualityContract" &&
                    !symbols.IsJsonIgnored(property) &&
                    seen.Add(property.Name))
                {
                    yield return property;
                }
            }
        }
    }
}
