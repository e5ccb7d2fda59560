using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Nodes;

namespace AgentGen.Serialization.Lenient;

/// <summary>
/// The schema-aligned half of lenient reading: repairs a well-formed candidate the way its reader's errors point to.
/// A property written in another case or with other separators (<c>OrderId</c>, <c>order-id</c>) is renamed to the
/// declared name it normalizes to, and a single value where an array is declared becomes a one-element array (and a
/// one-element array where a single value is declared, that value). The reader's own errors name the places: nothing is
/// guessed beyond them.
/// </summary>
internal static class LenientShape
{
    /// <summary>Rewrites <paramref name="json"/> where <paramref name="errors"/> say its names or shapes are off.</summary>
    /// <param name="json">The candidate, strict JSON.</param>
    /// <param name="errors">
    /// The reader's errors for it, read with unknown properties disallowed, so every property it skipped is named with
    /// the declared names beside it.
    /// </param>
    /// <param name="repaired">The rewritten JSON.</param>
    /// <param name="applied">What was repaired.</param>
    /// <returns>Whether anything was rewritten.</returns>
    public static bool TryRepair(string json, ImmutableArray<ToolReadError> errors, out string repaired, out LenientRepair applied)
    {
        repaired = json;
        applied = LenientRepair.None;
        if (!errors.Any(e => e.Kind is ToolReadErrorKind.UnknownProperty or ToolReadErrorKind.WrongType))
        {
            return false;
        }

        try
        {
            return TryReshape(json, errors, ref repaired, ref applied);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or ArgumentException or InvalidOperationException)
        {
            // Text the reader already refused for what it is (a lone surrogate, say): nothing to reshape.
            (repaired, applied) = (json, LenientRepair.None);
            return false;
        }
    }

    private static bool TryReshape(string json, ImmutableArray<ToolReadError> errors, ref string repaired, ref LenientRepair applied)
    {
        if (JsonNode.Parse(json) is not JsonObject root)
        {
            return false;
        }

        foreach (ToolReadError error in errors)
        {
            if (!TryParsePath(error.Path, out List<object> path) || path.Count == 0)
            {
                continue;
            }

            if (error.Kind == ToolReadErrorKind.UnknownProperty && path[^1] is string written &&
                Navigate(root, path, path.Count - 1) is JsonObject parent && DeclaredName(written, error.Expected) is { } declared &&
                !parent.ContainsKey(declared) && parent.Remove(written, out JsonNode? value))
            {
                parent[declared] = value;
                applied |= LenientRepair.NameCase;
            }
            else if (error.Kind == ToolReadErrorKind.WrongType && Navigate(root, path, path.Count) is var node && Navigate(root, path, path.Count - 1) is { } container)
            {
                bool arrayDeclared = error.Expected == ToolReadContext.ExpectedArray;
                JsonNode? replacement = arrayDeclared && node is not JsonArray
                    ? new JsonArray(node?.DeepClone())
                    : !arrayDeclared && node is JsonArray { Count: 1 } single ? single[0]?.DeepClone() : null;
                if (replacement is not null && Replace(container, path[^1], replacement))
                {
                    applied |= LenientRepair.SingleValueList;
                }
            }
        }

        if (applied == LenientRepair.None)
        {
            return false;
        }

        repaired = root.ToJsonString();
        return true;
    }

    /// <summary>The declared name (from the error's <c>one of a, b, c</c>) that a written name normalizes to, if exactly one.</summary>
    private static string? DeclaredName(string written, string expected)
    {
        if (!expected.StartsWith(ToolReadContext.OneOf, StringComparison.Ordinal))
        {
            return null;
        }

        string normalized = LenientJson.NormalizeName(written);
        string? match = null;
        foreach (string candidate in expected[ToolReadContext.OneOf.Length..].Split(", ", StringSplitOptions.RemoveEmptyEntries))
        {
            if (candidate != written && LenientJson.NormalizeName(candidate) == normalized)
            {
                if (match is not null)
                {
                    return null;
                }

                match = candidate;
            }
        }

        return match;
    }

    private static JsonNode? Navigate(JsonNode root, List<object> path, int count)
    {
        JsonNode? node = root;
        for (int i = 0; i < count && node is not null; i++)
        {
            node = path[i] switch
            {
                string name when node is JsonObject o => o.TryGetPropertyValue(name, out JsonNode? child) ? child : null,
                int index when node is JsonArray a && index < a.Count => a[index],
                _ => null,
            };
        }

        return node;
    }

    private static bool Replace(JsonNode container, object step, JsonNode replacement)
    {
        switch (step)
        {
            case string name when container is JsonObject o && o.ContainsKey(name):
                o[name] = replacement;
                return true;
            case int index when container is JsonArray a && index < a.Count:
                a[index] = replacement;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Parses a reader's path (<c>$.items[2].name</c>, <c>$['odd name']</c>) into names and indices.</summary>
    private static bool TryParsePath(string path, out List<object> steps)
    {
        steps = [];
        if (!path.StartsWith('$'))
        {
            return false;
        }

        int i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                int end = i + 1;
                while (end < path.Length && path[end] is not '.' and not '[')
                {
                    end++;
                }

                steps.Add(path[(i + 1)..end]);
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                int end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                while (end > 0 && path[end - 1] == '\\')
                {
                    end = path.IndexOf("']", end + 1, StringComparison.Ordinal);
                }

                if (end < 0)
                {
                    return false;
                }

                steps.Add(path[(i + 2)..end].Replace("\\'", "'", StringComparison.Ordinal));
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                int end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index))
                {
                    return false;
                }

                steps.Add(index);
                i = end + 1;
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
