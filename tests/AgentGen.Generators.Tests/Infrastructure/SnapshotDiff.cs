using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace AgentGen.Generators.Tests;

/// <summary>
/// A readable line diff for snapshot failures: unified-style hunks of changed lines with a few lines of context,
/// each line prefixed with its number in the verified (old) and received (new) text.
/// </summary>
internal static class SnapshotDiff
{
    /// <summary>Lines of unchanged context shown around each change.</summary>
    public const int ContextLines = 3;

    /// <summary>Diff lines shown at most; the rest is in the received file.</summary>
    public const int MaxLines = 200;

    /// <summary>Formats the differences between <paramref name="verified"/> and <paramref name="received"/>.</summary>
    /// <remarks>Both texts are expected to use <c>\n</c> line endings.</remarks>
    public static string Build(string verified, string received)
    {
        // A final newline ends the last line; it does not start an empty one.
        DiffPaneModel model = InlineDiffBuilder.Diff(
            WithoutFinalNewline(verified), WithoutFinalNewline(received), ignoreWhiteSpace: false, ignoreCase: false);
        List<Line> lines = Number(model.Lines);

        var builder = new StringBuilder();
        int shown = 0;
        foreach ((int start, int end) in Hunks(lines))
        {
            if (shown >= MaxLines)
            {
                builder.Append("... more differences follow; see the received file.\n");
                break;
            }

            AppendHeader(builder, lines, start, end);
            for (int i = start; i <= end && shown < MaxLines; i++, shown++)
            {
                AppendLine(builder, lines[i]);
            }
        }

        if (verified.EndsWith('\n') != received.EndsWith('\n'))
        {
            builder.Append(CultureInfo.InvariantCulture,
                $"(final newline: verified {(verified.EndsWith('\n') ? "has one" : "has none")}, received {(received.EndsWith('\n') ? "has one" : "has none")})\n");
        }

        return builder.ToString();
    }

    private static string WithoutFinalNewline(string text) => text.EndsWith('\n') ? text[..^1] : text;

    private static List<Line> Number(List<DiffPiece> pieces)
    {
        var lines = new List<Line>(pieces.Count);
        int oldNumber = 0;
        int newNumber = 0;
        foreach (DiffPiece piece in pieces)
        {
            switch (piece.Type)
            {
                case ChangeType.Deleted:
                    lines.Add(new Line('-', ++oldNumber, null, piece.Text ?? string.Empty));
                    break;
                case ChangeType.Inserted:
                    lines.Add(new Line('+', null, ++newNumber, piece.Text ?? string.Empty));
                    break;
                case ChangeType.Unchanged:
                    lines.Add(new Line(' ', ++oldNumber, ++newNumber, piece.Text ?? string.Empty));
                    break;
                default:
                    // Imaginary and Modified pieces only occur in side-by-side models.
                    throw new InvalidOperationException($"Unexpected change type {piece.Type} in an inline diff.");
            }
        }

        return lines;
    }

    /// <summary>Index ranges (inclusive) of hunks: changed lines plus context, merged when their context touches.</summary>
    private static IEnumerable<(int Start, int End)> Hunks(List<Line> lines)
    {
        int hunkStart = -1;
        int hunkEnd = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].Sign == ' ')
            {
                continue;
            }

            int start = Math.Max(0, i - ContextLines);
            int end = Math.Min(lines.Count - 1, i + ContextLines);
            if (hunkStart >= 0 && start <= hunkEnd + 1)
            {
                hunkEnd = end;
                continue;
            }

            if (hunkStart >= 0)
            {
                yield return (hunkStart, hunkEnd);
            }

            hunkStart = start;
            hunkEnd = end;
        }

        if (hunkStart >= 0)
        {
            yield return (hunkStart, hunkEnd);
        }
    }

    private static void AppendHeader(StringBuilder builder, List<Line> lines, int start, int end)
    {
        int oldStart = 0, oldCount = 0, newStart = 0, newCount = 0;
        for (int i = start; i <= end; i++)
        {
            if (lines[i].Old is int oldNumber)
            {
                oldStart = oldCount++ == 0 ? oldNumber : oldStart;
            }

            if (lines[i].New is int newNumber)
            {
                newStart = newCount++ == 0 ? newNumber : newStart;
            }
        }

        // As in unified diffs, an empty range is numbered by the line before it.
        oldStart = oldCount == 0 ? PrecedingNumber(lines, start, static l => l.Old) : oldStart;
        newStart = newCount == 0 ? PrecedingNumber(lines, start, static l => l.New) : newStart;
        builder.Append(CultureInfo.InvariantCulture, $"@@ -{oldStart},{oldCount} +{newStart},{newCount} @@\n");
    }

    private static int PrecedingNumber(List<Line> lines, int index, Func<Line, int?> number)
    {
        for (int i = index - 1; i >= 0; i--)
        {
            if (number(lines[i]) is int value)
            {
                return value;
            }
        }

        return 0;
    }

    private static void AppendLine(StringBuilder builder, Line line)
    {
        string oldNumber = line.Old?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        string newNumber = line.New?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        builder.Append(CultureInfo.InvariantCulture, $"{line.Sign} {oldNumber,5} {newNumber,5} | {line.Text}\n");
    }

    private readonly record struct Line(char Sign, int? Old, int? New, string Text);
}
