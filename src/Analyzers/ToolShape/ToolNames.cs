using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AgentGen.Analyzers.ToolShape;

/// <summary>
/// The function name a tool gets, computed exactly as the generator does: the <c>[Tool("name")]</c> argument,
/// or the snake_case form of the type name (the algorithm is a copy of the generator's <c>Naming.ToSnakeCase</c>).
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

    public static string ToSnakeCase(string name)
    {
        const char separator = '_';
        var builder = new StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c == '_' || c == '-' || c == ' ')
            {
                if (builder.Length > 0 && builder[builder.Length - 1] != separator)
                {
                    builder.Append(separator);
                }

                continue;
            }

            if (char.IsUpper(c))
            {
                bool previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                bool startsWord = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if ((previousIsLowerOrDigit || startsWord) && builder.Length > 0 && builder[builder.Length - 1] != separator)
                {
                    builder.Append(separator);
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
