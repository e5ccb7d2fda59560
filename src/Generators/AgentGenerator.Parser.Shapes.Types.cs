using System.Collections.Generic;
using AgentGen.Generators.Helpers;
using AgentGen.Shared;
using AgentGen.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AgentGen.Generators;

public sealed partial class AgentGenerator
{
    internal static partial class Parser
    {
        // Which schema a property's type gets: the fixed JSON types, enums, collections and the user's own objects.
        private sealed partial class ShapeCollector
        {
            private static bool IsNullable(ITypeSymbol type) =>
                type.NullableAnnotation == NullableAnnotation.Annotated || NullableValueOf(type) is not null;

            private TypeShape? ParseType(ITypeSymbol type, bool isNullable)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (NullableValueOf(type) is { } value)
                {
                    return ParseType(value, isNullable: false) is { } inner ? inner with { IsNullable = true } : null;
                }

                // The types with a fixed name are told apart without building their display string.
                TypeShape Simple(TypeShapeKind kind, string knownName) => new(kind, knownName, isNullable, type.IsValueType, null, null);
                switch (type.SpecialType)
                {
                    case SpecialType.System_String: return Simple(TypeShapeKind.String, "string");
                    case SpecialType.System_Boolean: return Simple(TypeShapeKind.Boolean, "bool");
                    case SpecialType.System_SByte: return Simple(TypeShapeKind.SByte, "sbyte");
                    case SpecialType.System_Byte: return Simple(TypeShapeKind.Byte, "byte");
                    case SpecialType.System_Int16: return Simple(TypeShapeKind.Int16, "short");
                    case SpecialType.System_UInt16: return Simple(TypeShapeKind.UInt16, "ushort");
                    case SpecialType.System_Int32: return Simple(TypeShapeKind.Int32, "int");
                    case SpecialType.System_UInt32: return Simple(TypeShapeKind.UInt32, "uint");
                    case SpecialType.System_Int64: return Simple(TypeShapeKind.Int64, "long");
                    case SpecialType.System_UInt64: return Simple(TypeShapeKind.UInt64, "ulong");
                    case SpecialType.System_Single: return Simple(TypeShapeKind.Single, "float");
                    case SpecialType.System_Double: return Simple(TypeShapeKind.Double, "double");
                    case SpecialType.System_Decimal: return Simple(TypeShapeKind.Decimal, "decimal");
                    case SpecialType.System_DateTime: return Simple(TypeShapeKind.DateTime, "global::System.DateTime");
                }

                if (type is INamedTypeSymbol { Arity: 0, ContainingSymbol: INamespaceSymbol { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
                {
                    switch (type.Name)
                    {
                        case "DateTimeOffset": return Simple(TypeShapeKind.DateTimeOffset, "global::System.DateTimeOffset");
                        case "DateOnly": return Simple(TypeShapeKind.DateOnly, "global::System.DateOnly");
                        case "TimeOnly": return Simple(TypeShapeKind.TimeOnly, "global::System.TimeOnly");
                        case "TimeSpan": return Simple(TypeShapeKind.TimeSpan, "global::System.TimeSpan");
                        case "Guid": return Simple(TypeShapeKind.Guid, "global::System.Guid");
                        case "Uri": return Simple(TypeShapeKind.Uri, "global::System.Uri");
                    }
                }

                string name = FullyQualified(type);
                if (type is IArrayTypeSymbol { Rank: 1 } array)
                {
                    TypeShape? element = ParseType(array.ElementType, IsNullable(array.ElementType));
                    return element is null ? null : new TypeShape(TypeShapeKind.Array, name, isNullable, false, element, null);
                }

                if (type is not INamedTypeSymbol named)
                {
                    return null;
                }

                if (named.TypeKind == TypeKind.Enum)
                {
                    return new TypeShape(TypeShapeKind.Enum, name, isNullable, true, null, EnumId(named));
                }

                if (named.IsGenericType)
                {
                    switch (CollectionKind(named))
                    {
                        case TypeShapeKind.List:
                        {
                            ITypeSymbol elementType = named.TypeArguments[0];
                            TypeShape? element = ParseType(elementType, IsNullable(elementType));
                            return element is null ? null : new TypeShape(TypeShapeKind.List, name, isNullable, false, element, null);
                        }

                        case TypeShapeKind.Dictionary:
                        {
                            if (named.TypeArguments[0].SpecialType != SpecialType.System_String)
                            {
                                return null;
                            }

                            ITypeSymbol valueType = named.TypeArguments[1];
                            TypeShape? element = ParseType(valueType, IsNullable(valueType));
                            return element is null ? null : new TypeShape(TypeShapeKind.Dictionary, name, isNullable, false, element, null);
                        }
                    }
                }

                // A plain record or class of the user's, inlined as a nested object.
                if (named.TypeKind == TypeKind.Class && !named.IsAbstract && !named.IsStatic && !IsFrameworkType(named))
                {
                    if (_inProgress.Contains(named))
                    {
                        return null;
                    }

                    if (_ids.TryGetValue(named, out string? existing))
                    {
                        return new TypeShape(TypeShapeKind.Object, name, isNullable, false, null, existing);
                    }

                    ObjectShape? shape = ParseObject(named, isRoot: false);
                    return shape is null ? null : new TypeShape(TypeShapeKind.Object, name, isNullable, false, null, shape.Id);
                }

                return null;
            }

            /// <summary>
            /// <see cref="TypeShapeKind.List"/> or <see cref="TypeShapeKind.Dictionary"/> for the generic collections of
            /// <c>System.Collections.Generic</c> a tool may use, by metadata name (which carries the arity); otherwise null.
            /// </summary>
            private static TypeShapeKind? CollectionKind(INamedTypeSymbol type)
            {
                if (type.ContainingSymbol is not INamespaceSymbol ns || !IsNamed(ns, "System.Collections.Generic"))
                {
                    return null;
                }

                return type.MetadataName switch
                {
                    "List`1" or "IList`1" or "ICollection`1" or "IEnumerable`1" or "IReadOnlyList`1" or "IReadOnlyCollection`1" => TypeShapeKind.List,
                    "Dictionary`2" or "IDictionary`2" or "IReadOnlyDictionary`2" => TypeShapeKind.Dictionary,
                    _ => null,
                };
            }

            private static bool IsFrameworkType(INamedTypeSymbol type)
            {
                // In System or below it, or below Microsoft: the outermost namespace decides.
                INamespaceSymbol? outermost = null;
                int depth = 0;
                for (INamespaceSymbol? ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
                {
                    outermost = ns;
                    depth++;
                }

                return outermost?.Name == "System" || (outermost?.Name == "Microsoft" && depth > 1);
            }

            private string EnumId(INamedTypeSymbol type)
            {
                if (_ids.TryGetValue(type, out string? id))
                {
                    return id;
                }

                id = UniqueId(type.Name);
                _ids[type] = id;
                var members = new List<EnumMemberShape>();
                foreach (ISymbol member in type.GetMembers())
                {
                    if (member is IFieldSymbol { HasConstantValue: true } field)
                    {
                        string json = JsonName(field, JsonStringEnumMemberNameAttributeName) ?? Naming.Apply(_naming, field.Name);
                        members.Add(new EnumMemberShape(field.Name, json));
                    }
                }

                Enums.Add(new EnumShape(FullyQualified(type), id, members.ToEquatableArray()));
                return id;
            }
        }
    }
}
