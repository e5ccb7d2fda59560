using System.Text;

namespace AgentGen.Shared;

/// <summary>Turns C# names into JSON names, the way System.Text.Json's naming policies do.</summary>
internal static class Naming
{
    public const int SnakeCaseLower = 0;
    public const int CamelCase = 1;
    public const int AsDeclared = 2;
    public const int KebabCaseLower = 3;

    public static string Apply(int policy, string name) => policy switch
    {
        CamelCase => ToCamelCase(name),
        AsDeclared => name,
        KebabCaseLower => ToSeparated(name, '-'),
        _ => ToSeparated(name, '_'),
    };

    public static string ToSnakeCase(string name) => ToSeparated(name, '_');

    private static string ToCamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        // "URLValue" -> "urlValue", "Tag" -> "tag".
        char[] chars = name.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            bool nextIsLower = i + 1 < chars.Length && char.IsLower(chars[i + 1]);
            if (i > 0 && nextIsLower)
            {
                break;
            }

            if (!char.IsUpper(chars[i]))
            {
                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    private static string ToSeparated(string name, char separator)
    {
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
