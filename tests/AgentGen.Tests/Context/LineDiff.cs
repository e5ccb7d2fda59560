using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AgentGen.Tests.Context;

/// <summary>
/// A line diff for snapshot failures: changed lines with a few lines of context, each prefixed with its number in the
/// verified (old) and received (new) text. Longest common subsequence over lines; the texts it serves are short.
/// </summary>
internal static class LineDiff
{
    private const int ContextLines = 2;
    private const int MaxLines = 2_000;

    public static string Build(string verified, string received)
    {
        string[] old = verified.Split('\n');
        string[] @new = received.Split('\n');
        if (old.Length > MaxLines || @new.Length > MaxLines)
        {
            return $"(too long to diff here: {old.Length} and {@new.Length} lines; compare the two files)\n";
        }

        List<(char Op, int Old, int New, string Text)> lines = Align(old, @new);
        var builder = new StringBuilder();
        int lastShown = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            bool near = false;
            for (int j = Math.Max(0, i - ContextLines); j <= Math.Min(lines.Count - 1, i + ContextLines) && !near; j++)
            {
                near = lines[j].Op != ' ';
            }

            if (!near)
            {
                continue;
            }

            if (lastShown >= 0 && i > lastShown + 1)
            {
                builder.Append("...\n");
            }

            (char op, int o, int n, string text) = lines[i];
            builder.Append(CultureInfo.InvariantCulture, $"{op} {Number(o),5} {Number(n),5} | {text}\n");
            lastShown = i;
        }

        return builder.ToString();
    }

    private static string Number(int line) => line == 0 ? string.Empty : line.ToString(CultureInfo.InvariantCulture);

    private static List<(char Op, int Old, int New, string Text)> Align(string[] old, string[] @new)
    {
        // common[i, j]: length of the longest common subsequence of old[i..] and new[j..].
        int[,] common = new int[old.Length + 1, @new.Length + 1];
        for (int i = old.Length - 1; i >= 0; i--)
        {
            for (int j = @new.Length - 1; j >= 0; j--)
            {
                common[i, j] = old[i] == @new[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var lines = new List<(char, int, int, string)>();
        int a = 0, b = 0;
        while (a < old.Length || b < @new.Length)
        {
            if (a < old.Length && b < @new.Length && old[a] == @new[b])
            {
                lines.Add((' ', a + 1, b + 1, old[a]));
                a++;
                b++;
            }
            else if (a < old.Length && (b == @new.Length || common[a + 1, b] >= common[a, b + 1]))
            {
                lines.Add(('-', a + 1, 0, old[a]));
                a++;
            }
            else
            {
                lines.Add(('+', 0, b + 1, @new[b]));
                b++;
            }
        }

        return lines;
    }
}
