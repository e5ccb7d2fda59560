using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Xml.Linq;
using AgentGen.Generators.Helpers;
using AgentGen.Shared;
using AgentGen.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AgentGen.Generators;

public sealed partial class AgentGenerator
{
    internal static partial class Parser
    {
        private const string JsonIgnoreAttributeName = "System.Text.Json.Serialization.JsonIgnoreAttribute";
        private const string SensitiveAttributeName = "AgentGen.SensitiveAttribute";

        /// <summary>Collects the shapes of one tool: its root object, the plain objects and enums it uses.</summary>
        private sealed partial class ShapeCollector
        {
            private readonly Compilation _compilation;
            private readonly int _naming;
            private readonly CancellationToken _cancellationToken;
            private readonly Dictionary<ITypeSymbol, string> _ids = new(SymbolEqualityComparer.Default);
            private readonly HashSet<ITypeSymbol> _inProgress = new(SymbolEqualityComparer.Default);
            private readonly HashSet<string> _usedIds = new(StringComparer.Ordinal);

            // An object's documentation gives its summary and its parameters' descriptions: parsed once per object.
            private readonly Dictionary<ITypeSymbol, XElement?> _documentation = new(SymbolEqualityComparer.Default);

            public ShapeCollector(Compilation compilation, int naming, CancellationToken cancellationToken)
            {
                _compilation = compilation;
                _naming = naming;
                _cancellationToken = cancellationToken;
            }

            public List<ObjectShape> Objects { get; } = new();

            public List<EnumShape> Enums { get; } = new();

            public ObjectShape? ParseObject(INamedTypeSymbol type, bool isRoot)
            {
                // A type that contains itself has no finite inline schema: leave it to the analyzer.
                if (!_inProgress.Add(type))
                {
                    return null;
                }

                try
                {
                    string id = UniqueId(type.Name);
                    if (!isRoot)
                    {
                        _ids[type] = id;
                    }

                    IMethodSymbol? constructor = ChooseConstructor(type);
                    if (constructor is null)
                    {
                        return null;
                    }

                    var properties = new List<PropertyShape>();
                    foreach (IPropertySymbol property in SerializableProperties(type))
                    {
                        _cancellationToken.ThrowIfCancellationRequested();
                        bool fedByConstructor = constructor.Parameters.Any(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
                        if (!fedByConstructor && property.SetMethod is not { DeclaredAccessibility: Accessibility.Public })
                        {
                            // A computed, get-only property is not part of what the model writes.
                            continue;
                        }

                        PropertyShape? propertyShape = ParseProperty(type, constructor, property);
                        if (propertyShape is null)
                        {
                            return null;
                        }

                        properties.Add(propertyShape);
                    }

                    // Every constructor parameter must be fed from a property.
                    if (constructor.Parameters.Any(p => !properties.Any(s => s.Assignment == AssignmentKind.Constructor && s.ConstructorIndex == p.Ordinal)))
                    {
                        return null;
                    }

                    string? description = Description(type, _cancellationToken) ?? DocComments.Summary(Documentation(type));
                    var shape = new ObjectShape(FullyQualified(type), id, description, properties.ToEquatableArray(), type.IsRecord);
                    if (!isRoot)
                    {
                        Objects.Add(shape);
                    }

                    return shape;
                }
                finally
                {
                    _inProgress.Remove(type);
                }
            }

            private XElement? Documentation(INamedTypeSymbol type)
            {
                if (!_documentation.TryGetValue(type, out XElement? documentation))
                {
                    documentation = DocComments.Load(type, _cancellationToken);
                    _documentation[type] = documentation;
                }

                return documentation;
            }

            private string UniqueId(string name)
            {
                string id = name;
                for (int i = 2; !_usedIds.Add(id); i++)
                {
                    id = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return id;
            }

            /// <summary>The primary constructor of a positional record, else the parameterless one, else the only public one.</summary>
            private IMethodSymbol? ChooseConstructor(INamedTypeSymbol type)
            {
                var candidates = type.InstanceConstructors
                    .Where(c => c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal && !IsCopyConstructor(type, c))
                    .ToList();

                IMethodSymbol? primary = candidates.FirstOrDefault(c => c.DeclaringSyntaxReferences.Any(r => r.GetSyntax(_cancellationToken) is RecordDeclarationSyntax));
                if (primary is not null && type.IsRecord)
                {
                    return primary;
                }

                return candidates.FirstOrDefault(c => c.Parameters.Length == 0)
                    ?? (candidates.Count == 1 ? candidates[0] : null);
            }

            private static bool IsCopyConstructor(INamedTypeSymbol type, IMethodSymbol constructor) =>
                constructor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type);

            private static IEnumerable<IPropertySymbol> SerializableProperties(INamedTypeSymbol type)
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
                            property.Name != "EqualityContract" &&
                            !HasAttribute(property, JsonIgnoreAttributeName) &&
                            seen.Add(property.Name))
                        {
                            yield return property;
                        }
                    }
                }
            }

            private PropertyShape? ParseProperty(INamedTypeSymbol owner, IMethodSymbol constructor, IPropertySymbol property)
            {
                PropertyShape? shape = ParsePropertyShape(owner, constructor, property);
                bool sensitive = HasAttribute(property, SensitiveAttributeName) ||
                    constructor.Parameters.Any(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase) && HasAttribute(p, SensitiveAttributeName));
                return shape is not null && sensitive ? shape with { IsSensitive = true } : shape;
            }

            private PropertyShape? ParsePropertyShape(INamedTypeSymbol owner, IMethodSymbol constructor, IPropertySymbol property)
            {
                if (property.Name.Length == 0 || property.Type.TypeKind == TypeKind.Error)
                {
                    // Code being typed: nothing sensible to generate yet.
                    return null;
                }

                IParameterSymbol? parameter = constructor.Parameters.FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
                bool settable = property.SetMethod is { DeclaredAccessibility: Accessibility.Public };
                if (parameter is null && !settable)
                {
                    return null;
                }

                bool isNullable = IsNullable(property.Type);
                TypeShape? type = ParseType(property.Type, isNullable);
                if (type is null)
                {
                    return null;
                }

                string jsonName = JsonName(property, JsonPropertyNameAttributeName)
                    ?? (parameter is null ? null : JsonName(parameter, JsonPropertyNameAttributeName))
                    ?? Naming.Apply(_naming, property.Name);
                string? description = Description(property, _cancellationToken)
                    ?? (parameter is null ? null : Description(parameter, _cancellationToken))
                    ?? (parameter is null ? null : DocComments.Param(Documentation(owner), parameter.Name))
                    ?? DocComments.Summary(property, _cancellationToken);
                ConstraintShape? constraints = Constraints.Parse(property, parameter, type);

                if (parameter is not null)
                {
                    DefaultValue? defaultValue = TryGetDefaultValue(parameter, out object? value)
                        ? Defaults.Format(parameter.Type, value, _naming)
                        : isNullable ? new DefaultValue("null", null) : null;
                    return new PropertyShape(property.Name, jsonName, description, type, defaultValue is null, defaultValue, AssignmentKind.Constructor, parameter.Ordinal, constraints);
                }

                if (property.IsRequired)
                {
                    return new PropertyShape(property.Name, jsonName, description, type, true, null, AssignmentKind.Initializer, -1, constraints);
                }

                ExpressionSyntax? initializer = PropertyInitializer(property);
                if (initializer is null)
                {
                    // Like System.Text.Json: a value type without `required` is optional and defaults to default(T);
                    // a non-nullable reference without an initializer must be given, or it would be null.
                    DefaultValue? none = isNullable ? new DefaultValue("null", null) : property.Type.IsValueType ? new DefaultValue("default", null) : null;
                    return new PropertyShape(property.Name, jsonName, description, type, none is null, none, AssignmentKind.Initializer, -1, constraints);
                }

                Optional<object?> constant = TryGetLiteralValue(initializer, out object? literal)
                    ? new Optional<object?>(literal)
                    : _compilation.GetSemanticModel(initializer.SyntaxTree).GetConstantValue(initializer, _cancellationToken);
                if (constant.HasValue)
                {
                    DefaultValue? value = Defaults.Format(property.Type, constant.Value, _naming);
                    return new PropertyShape(property.Name, jsonName, description, type, value is null, value, AssignmentKind.Initializer, -1, constraints);
                }

                // A computed initializer stays as it is unless the JSON says otherwise.
                bool isInit = property.SetMethod?.IsInitOnly == true;
                if (isInit && !owner.IsRecord)
                {
                    return new PropertyShape(property.Name, jsonName, description, type, true, null, AssignmentKind.Initializer, -1, constraints);
                }

                return new PropertyShape(property.Name, jsonName, description, type, false, null, isInit ? AssignmentKind.With : AssignmentKind.Setter, -1, constraints);
            }

            /// <summary>
            /// A parameter's default value. A literal of the parameter's own type (or <c>null</c>) is read from the syntax:
            /// asking the symbol binds the default expression and converts it, which took about a fifth of the time spent
            /// reading properties in a profile of the large solution.
            /// </summary>
            private bool TryGetDefaultValue(IParameterSymbol parameter, out object? value)
            {
                if (parameter.DeclaringSyntaxReferences.Length == 1 &&
                    parameter.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is ParameterSyntax { Default.Value: { } syntax, AttributeLists.Count: 0 } &&
                    TryGetLiteralValue(syntax, out value) &&
                    IsOfType(value, parameter.Type))
                {
                    return true;
                }

                value = parameter.HasExplicitDefaultValue ? parameter.ExplicitDefaultValue : null;
                return parameter.HasExplicitDefaultValue;
            }

            /// <summary>Whether a literal's value is what binding it to <paramref name="type"/> gives, with no conversion.</summary>
            private static bool IsOfType(object? value, ITypeSymbol type)
            {
                ITypeSymbol? nullableValue = NullableValueOf(type);
                ITypeSymbol underlying = nullableValue ?? type;
                return value switch
                {
                    null => type.IsReferenceType || nullableValue is not null,
                    string => underlying.SpecialType == SpecialType.System_String,
                    bool => underlying.SpecialType == SpecialType.System_Boolean,
                    char => underlying.SpecialType == SpecialType.System_Char,
                    int => underlying.SpecialType == SpecialType.System_Int32,
                    long => underlying.SpecialType == SpecialType.System_Int64,
                    uint => underlying.SpecialType == SpecialType.System_UInt32,
                    ulong => underlying.SpecialType == SpecialType.System_UInt64,
                    double => underlying.SpecialType == SpecialType.System_Double,
                    float => underlying.SpecialType == SpecialType.System_Single,
                    decimal => underlying.SpecialType == SpecialType.System_Decimal,
                    _ => false,
                };
            }

            private ExpressionSyntax? PropertyInitializer(IPropertySymbol property)
            {
                foreach (SyntaxReference reference in property.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax(_cancellationToken) is PropertyDeclarationSyntax { Initializer.Value: { } value })
                    {
                        return value;
                    }
                }

                return null;
            }
        }
    }
}
