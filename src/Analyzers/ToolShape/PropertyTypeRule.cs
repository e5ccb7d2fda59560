using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace AgentGen.Analyzers.ToolShape;

/// <summary>
/// AGEN0003: finds tool properties whose type the generator cannot map to JSON schema, walking nested plain
/// records and classes as the generator's <c>ParseType</c> does. Each property is reported once per compilation,
/// at the innermost property that breaks the mapping.
/// </summary>
internal sealed class PropertyTypeRule
{
    private readonly ToolSymbols _symbols;
    private readonly ConcurrentDictionary<ISymbol, byte> _reported = new(SymbolEqualityComparer.Default);

    public PropertyTypeRule(ToolSymbols symbols) => _symbols = symbols;

    public void Analyze(INamedTypeSymbol tool, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var walk = new Walk(this, report, cancellationToken);
        walk.Object(tool, ToolNames.TypeLocation(tool));
    }

    private sealed class Walk
    {
        private readonly PropertyTypeRule _rule;
        private readonly Action<Diagnostic> _report;
        private readonly CancellationToken _cancellationToken;
        private readonly HashSet<ITypeSymbol> _inProgress = new(SymbolEqualityComparer.Default);
        private readonly HashSet<ITypeSymbol> _done = new(SymbolEqualityComparer.Default);

        public Walk(PropertyTypeRule rule, Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            _rule = rule;
            _report = report;
            _cancellationToken = cancellationToken;
        }

        public void Object(INamedTypeSymbol type, Location fallback)
        {
            if (!_inProgress.Add(type))
            {
                return;
            }

            try
            {
                foreach (ToolProperty property in ToolProperties.Of(type, _rule._symbols, _cancellationToken))
                {
                    Location location = property.SourceLocation ?? fallback;
                    if (!IsMappable(property.Property.Type, location))
                    {
                        Report(type, property.Property, location);
                    }
                }
            }
            finally
            {
                _inProgress.Remove(type);
                _done.Add(type);
            }
        }

        private void Report(INamedTypeSymbol owner, IPropertySymbol property, Location location)
        {
            if (_rule._reported.TryAdd(property, 0))
            {
                _report(Diagnostic.Create(
                    Descriptors.UnsupportedPropertyType,
                    location,
                    property.Name,
                    owner.Name,
                    property.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
            }
        }

        /// <summary>
        /// Whether the generator can map the type. A nested object counts as mappable here: its own properties
        /// are checked (and reported) where they are declared; only a cycle back to a type being walked is not.
        /// </summary>
        private bool IsMappable(ITypeSymbol type, Location location)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (type.TypeKind == TypeKind.Error)
            {
                // Code being typed: the compiler already says what is wrong.
                return true;
            }

            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                return IsMappable(nullable.TypeArguments[0], location);
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_String:
                case SpecialType.System_Boolean:
                case SpecialType.System_SByte:
                case SpecialType.System_Byte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                case SpecialType.System_Decimal:
                case SpecialType.System_DateTime:
                    return true;
            }

            string name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            switch (name)
            {
                case "global::System.DateTimeOffset":
                case "global::System.DateOnly":
                case "global::System.TimeOnly":
                case "global::System.TimeSpan":
                case "global::System.Guid":
                case "global::System.Uri":
                    return true;
            }

            if (type is IArrayTypeSymbol array)
            {
                return array.Rank == 1 && IsMappable(array.ElementType, location);
            }

            if (type is not INamedTypeSymbol named)
            {
                // dynamic, pointers, function pointers, type parameters.
                return false;
            }

            if (named.TypeKind == TypeKind.Enum)
            {
                return true;
            }

            if (named.IsGenericType)
            {
                switch (named.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
                {
                    case "global::System.Collections.Generic.List<T>":
                    case "global::System.Collections.Generic.IList<T>":
                    case "global::System.Collections.Generic.ICollection<T>":
                    case "global::System.Collections.Generic.IEnumerable<T>":
                    case "global::System.Collections.Generic.IReadOnlyList<T>":
                    case "global::System.Collections.Generic.IReadOnlyCollection<T>":
                        return IsMappable(named.TypeArguments[0], location);

                    case "global::System.Collections.Generic.Dictionary<TKey, TValue>":
                    case "global::System.Collections.Generic.IDictionary<TKey, TValue>":
                    case "global::System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>":
                        return named.TypeArguments[0].SpecialType == SpecialType.System_String && IsMappable(named.TypeArguments[1], location);
                }
            }

            // A plain record or class of the user's, inlined as a nested object.
            if (named.TypeKind == TypeKind.Class && !named.IsAbstract && !named.IsStatic && !IsFrameworkType(named))
            {
                if (_inProgress.Contains(named))
                {
                    // A type that contains itself has no finite inline schema.
                    return false;
                }

                if (!_done.Contains(named))
                {
                    Object(named, location);
                }

                return true;
            }

            return false;
        }

        private static bool IsFrameworkType(INamedTypeSymbol type)
        {
            string? ns = type.ContainingNamespace?.ToDisplayString();
            return ns is not null && (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) || ns.StartsWith("Microsoft.", StringComparison.Ordinal));
        }
    }
}
