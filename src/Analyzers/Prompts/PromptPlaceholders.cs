using AgentGen.Shared;
using System;
using System.Collections.Generic;
using System.Text;

namespace AgentGen.Analyzers.Prompts;

/// <summary>Finds <c>{{name}}</c> placeholders in a prompt and matches them to parameters as the generator does.</summary>
internal static class PromptPlaceholders
{
    /// <summary>The trimmed names between <c>{{</c> and the next <c>}}</c>, in order.</summary>
    public static List<string> Names(string prompt)
    {
        var names = new List<string>();
        int position = 0;
        while (position < prompt.Length)
        {
            int open = prompt.IndexOf("{{", position, StringComparison.Ordinal);
            int close = open < 0 ? -1 : prompt.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (open < 0 || close < 0)
            {
                break;
            }

            names.Add(prompt.Substring(open + 2, close - open - 2).Trim());
            position = close + 2;
        }

        return names;
    }

    /// <summary>Whether <paramref name="placeholder"/> names the parameter: by name, by snake_case name, or <c>thread</c> for the <c>AgentThread</c>.</summary>
    public static bool Matches(string placeholder, string parameterName, bool isThread) =>
        placeholder == parameterName || placeholder == ToSnakeCase(parameterName) || (isThread && placeholder == "thread");

    /// <summary>"GitTags" and "gitTags" -> "git_tags", the generator's snake_case.</summary>
    public static string ToSnakeCase(string name) => Naming.ToSnakeCase(name);
}
