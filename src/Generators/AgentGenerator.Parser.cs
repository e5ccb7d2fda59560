using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AgentGen.Generators.Helpers;
using AgentGen.Shared;
using AgentGen.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AgentGen.Generators;

public sealed partial class AgentGenerator
{
    /// <summary>Turns attributed symbols into equatable models. Returns <see langword="null"/> for anything it cannot handle.</summary>
    internal static partial class Parser
    {
        private const string DescriptionAttributeName = "System.ComponentModel.DescriptionAttribute";
        private const string JsonPropertyNameAttributeName = "System.Text.Json.Serialization.JsonPropertyNameAttribute";
        private const string JsonStringEnumMemberNameAttributeName = "System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute";
        private const string RequiresApprovalAttributeName = "AgentGen.RequiresApprovalAttribute";
        private const string HumanInputAttributeName = "AgentGen.HumanInputAttribute";
        private const string TerminalAttributeName = "AgentGen.TerminalAttribute";
        private const string NextStepAttributeName = "AgentGen.NextStepAttribute";

        public static ToolModel? ParseTool(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            BindAssemblyAttributesFirst(context.SemanticModel.Compilation);
            if (context.TargetSymbol is not INamedTypeSymbol type || !IsSupportedDeclaration(type, cancellationToken))
            {
                return null;
            }

            AttributeData attribute = context.Attributes[0];
            string? explicitName = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
            int naming = Naming.SnakeCaseLower;
            foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
            {
                if (argument.Key == "PropertyNaming" && argument.Value.Value is int value)
                {
                    naming = value;
                }
            }

            var shapes = new ShapeCollector(context.SemanticModel.Compilation, naming, cancellationToken);
            ObjectShape? root = shapes.ParseObject(type, isRoot: true);
            if (root is null || HasDuplicateJsonNames(root) || shapes.Objects.Any(HasDuplicateJsonNames))
            {
                return null;
            }

            return new ToolModel(
                DescribeDeclaration(type),
                string.IsNullOrWhiteSpace(explicitName) ? Naming.ToSnakeCase(type.Name) : explicitName!,
                root.Description,
                root,
                shapes.Objects.ToEquatableArray(),
                shapes.Enums.ToEquatableArray(),
                KindOf(type),
                UnionsOf(type),
                VisibleInAssembly(type));
        }

        /// <summary>Whether the assembly's tool registry can name the type: it and every containing type are public or internal.</summary>
        private static bool VisibleInAssembly(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
            {
                if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The <c>[NextStep]</c> interfaces and abstract records the tool belongs to, by fully qualified name.</summary>
        private static EquatableArray<string> UnionsOf(INamedTypeSymbol type)
        {
            var unions = new SortedSet<string>(System.StringComparer.Ordinal);
            foreach (INamedTypeSymbol candidate in type.AllInterfaces)
            {
                if (HasAttribute(candidate, NextStepAttributeName))
                {
                    unions.Add(FullyQualified(candidate));
                }
            }

            for (INamedTypeSymbol? baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
            {
                if (HasAttribute(baseType, NextStepAttributeName))
                {
                    unions.Add(FullyQualified(baseType));
                }
            }

            return unions.ToEquatableArray();
        }

        public static UnionDeclarationModel? ParseUnion(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            BindAssemblyAttributesFirst(context.SemanticModel.Compilation);
            if (context.TargetSymbol is not INamedTypeSymbol type ||
                type.IsGenericType ||
                type.TypeKind != TypeKind.Interface)
            {
                return null;
            }

            for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (current.IsGenericType || !IsPartial(current, cancellationToken))
                {
                    return null;
                }
            }

            string? description = Description(type, cancellationToken) ?? DocComments.Summary(type, cancellationToken);
            return new UnionDeclarationModel(DescribeDeclaration(type), description);
        }

        /// <summary>Two properties with one JSON name cannot both be read; the analyzer reports it.</summary>
        private static bool HasDuplicateJsonNames(ObjectShape shape)
        {
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (PropertyShape property in shape.Properties)
            {
                if (!names.Add(property.JsonName))
                {
                    return true;
                }
            }

            return false;
        }

        private static ToolKind KindOf(INamedTypeSymbol type)
        {
            foreach (AttributeData attribute in type.GetAttributes())
            {
                if (IsNamed(attribute.AttributeClass, RequiresApprovalAttributeName))
                {
                    return ToolKind.RequiresApproval;
                }

                if (IsNamed(attribute.AttributeClass, HumanInputAttributeName))
                {
                    return ToolKind.HumanInput;
                }

                if (IsNamed(attribute.AttributeClass, TerminalAttributeName))
                {
                    return ToolKind.Terminal;
                }
            }

            return ToolKind.Handled;
        }

        /// <summary>A tool must be a non-generic partial class or record, in partial containing types.</summary>
        private static bool IsSupportedDeclaration(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            if (type.TypeKind != TypeKind.Class || type.IsGenericType || type.IsStatic || type.IsAbstract)
            {
                return false;
            }

            for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (current.IsGenericType || !IsPartial(current, cancellationToken))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken) =>
            type.DeclaringSyntaxReferences.Length > 0 &&
            type.DeclaringSyntaxReferences.All(reference =>
                reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration &&
                declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

        private static TypeDeclarationModel DescribeDeclaration(INamedTypeSymbol type)
        {
            var containing = new List<string>();
            for (INamedTypeSymbol? current = type.ContainingType; current is not null; current = current.ContainingType)
            {
                containing.Insert(0, "partial " + Keyword(current) + " " + current.Name);
            }

            string ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : string.Empty;
            return new TypeDeclarationModel(ns, containing.ToEquatableArray(), Keyword(type), type.Name, FullyQualified(type));
        }

        private static string Keyword(INamedTypeSymbol type) => (type.IsRecord, type.TypeKind) switch
        {
            (true, TypeKind.Struct) => "record struct",
            (true, _) => "record",
            (false, TypeKind.Struct) => "struct",
            (false, TypeKind.Interface) => "interface",
            _ => "class",
        };

        /// <summary>
        /// The type as generated code names it. The format writes no <c>?</c> on reference types, so annotated and
        /// unannotated types read the same; <c>Nullable&lt;T&gt;</c> keeps its <c>?</c>.
        /// </summary>
        internal static string FullyQualified(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

        internal static string? Description(ISymbol symbol, CancellationToken cancellationToken)
        {
            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                if (IsNamed(attribute.AttributeClass, DescriptionAttributeName) &&
                    attribute.ConstructorArguments.Length == 1 &&
                    attribute.ConstructorArguments[0].Value is string text &&
                    !string.IsNullOrWhiteSpace(text))
                {
                    return text;
                }
            }

            return null;
        }

        internal static string? JsonName(ISymbol symbol, string attributeName)
        {
            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                if (IsNamed(attribute.AttributeClass, attributeName) &&
                    attribute.ConstructorArguments.Length == 1 &&
                    attribute.ConstructorArguments[0].Value is string name &&
                    name.Length > 0)
                {
                    return name;
                }
            }

            return null;
        }
    }
}
