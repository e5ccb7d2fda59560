using System.Text.RegularExpressions;
using AgentGen.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AgentGen.Analyzers.ToolShape;

/// <summary>
/// The function name a tool gets, computed exactly as the generator does: the <c>[Tool("name")]</c> argument,
/// or the snake_case form of the type name, with the generator's own <c>Naming</c>.
/// </summary>
internal static class ToolNames
{
    private static readonly Regex s_valid = new("^[a-zA-Z0-9_-]{1,64}$", RegexOptions.CultureInvariant);

    /// <summary>The tool's name, and where a diagnostic about it belongs: the attribute argument, else the type's identifier.</summary>
    public static (string Name, Location Location) Of(INamedTypeSymbol type, AttributeData toolAttribute, System.Threading.CancellationToken cancellationToken)
    {
        string? explicitName = toolAttribute.ConstructorArguments.Length == 1 ? toolAttribute.ConstructorArguments[0].Value as string : null;
        if (!string.IsNullOrWhiteSpace(explicitName))
        {
            Location location = toolAttribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax { ArgumentList.Arguments.Count: > 0 } syntax
                ? syntax.ArgumentList.Arguments[0].GetLocation()
                : TypeLocation(type);
            return (explicitName!, location);
        }

        return (ToSnakeCase(type.Name), TypeLocation(type));
    }

    /// <summary>Whether OpenAI, Anthropic and Gemini accept the name as a function name.</summary>
    public static bool IsValid(string name) => s_valid.IsMatch(name);

    public static Location TypeLocation(INamedTypeSymbol type) => type.Locations.Length > 0 ? type.Locations[0] : Location.None;

    public static string ToSnakeCase(string name) => Naming.ToSnakeCase(name);
}
