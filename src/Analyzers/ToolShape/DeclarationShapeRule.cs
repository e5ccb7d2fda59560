using System.Linq;
using Microsoft.CodeAnalysis;

namespace AgentGen.Analyzers.ToolShape;

/// <summary>
/// AGEN0002: the declaration shapes the generator skips. A tool is a non-generic, non-abstract, non-static class or
/// record (not nested in a generic type); a next-step union is a non-generic interface.
/// </summary>
internal static class DeclarationShapeRule
{
    /// <summary>The diagnostic for an unsupported tool declaration, or <see langword="null"/> when the shape is fine.</summary>
    public static Diagnostic? CheckTool(INamedTypeSymbol type)
    {
        string? kind = null;
        string? reason = null;
        switch (type.TypeKind)
        {
            case TypeKind.Class when type.IsStatic:
                (kind, reason) = ("static class", "the model's arguments are read into an instance of the tool; remove 'static'");
                break;
            case TypeKind.Class when type.IsAbstract:
                (kind, reason) = (Keyword(type, "abstract "), "the generated reader must create an instance of the tool; make it a sealed record");
                break;
            case TypeKind.Class when type.IsGenericType:
                (kind, reason) = (Keyword(type, "generic "), "the model needs one concrete JSON schema per tool; declare a non-generic record for each shape");
                break;
            case TypeKind.Class when GenericContainer(type) is { } container:
                (kind, reason) = ("type nested in generic '" + container.Name + "'", "the model needs one concrete JSON schema per tool; move the tool out of the generic type");
                break;
            case TypeKind.Class:
                break;
            case TypeKind.Struct:
                (kind, reason) = (Keyword(type, string.Empty), "AgentGen generates tools as classes; declare it as a 'sealed partial record'");
                break;
            case TypeKind.Interface:
                (kind, reason) = ("interface", "a tool is the record the model's arguments are read into; declare a 'sealed partial record' that implements the interface");
                break;
            default:
                (kind, reason) = (Keyword(type, string.Empty), "a tool is the record the model's arguments are read into; declare a 'sealed partial record'");
                break;
        }

        return kind is null ? null : Diagnostic.Create(Descriptors.UnsupportedToolDeclaration, ToolNames.TypeLocation(type), type.Name, kind, reason);
    }

    /// <summary>The diagnostic for an unsupported <c>[NextStep]</c> declaration, or <see langword="null"/> when the shape is fine.</summary>
    public static Diagnostic? CheckNextStep(INamedTypeSymbol type)
    {
        string? kind = null;
        string? reason = null;
        if (type.TypeKind != TypeKind.Interface)
        {
            (kind, reason) = (Keyword(type, string.Empty), "a [NextStep] union is a partial interface that its [Tool] records implement");
        }
        else if (type.IsGenericType)
        {
            (kind, reason) = ("generic interface", "the model chooses among concrete tools; a [NextStep] union takes no type parameters");
        }
        else if (GenericContainer(type) is { } container)
        {
            (kind, reason) = ("type nested in generic '" + container.Name + "'", "the model chooses among concrete tools; move the union out of the generic type");
        }

        return kind is null ? null : Diagnostic.Create(Descriptors.UnsupportedToolDeclaration, ToolNames.TypeLocation(type), type.Name, kind, reason);
    }

    private static INamedTypeSymbol? GenericContainer(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            if (current.IsGenericType)
            {
                return current;
            }
        }

        return null;
    }

    private static string Keyword(INamedTypeSymbol type, string prefix) => prefix + (type.IsRecord, type.TypeKind) switch
    {
        (true, TypeKind.Struct) => "record struct",
        (true, _) => "record",
        (false, TypeKind.Struct) => "struct",
        (false, TypeKind.Interface) => "interface",
        (false, TypeKind.Enum) => "enum",
        (false, TypeKind.Delegate) => "delegate",
        _ => "class",
    };

    /// <summary>Whether the tool's property types are worth checking: only for a shape the generator accepts.</summary>
    public static bool IsClassShape(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Class && !type.IsStatic && !type.IsAbstract && !type.IsGenericType && GenericContainer(type) is null &&
        !type.DeclaringSyntaxReferences.IsEmpty && type.Locations.Any(l => l.IsInSource);
}
