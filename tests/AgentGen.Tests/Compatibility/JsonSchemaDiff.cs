using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace AgentGen.Tests.Compatibility;

/// <summary>Which side of the comparison has something the other lacks.</summary>
internal enum DifferenceKind
{
    /// <summary>The keyword, array element or <c>required</c> entry is only in AgentGen's schema.</summary>
    OnlyInAgentGen,

    /// <summary>The keyword, array element or <c>required</c> entry is only in Microsoft.Extensions.AI's schema.</summary>
    OnlyInMeai,

    /// <summary>Both sides have the keyword with different values.</summary>
    Changed,
}

/// <summary>One difference between two JSON schemas.</summary>
/// <param name="Pointer">The JSON pointer (RFC 6901) of the keyword. For <c>required</c>, the pointer of the array; the entry is the value.</param>
/// <param name="Kind">Which side has what.</param>
/// <param name="AgentGen">AgentGen's value, or <see langword="null"/> when absent (a JSON <c>null</c> is shown as <c>null</c>).</param>
/// <param name="Meai">Microsoft.Extensions.AI's value, likewise.</param>
/// <param name="AgentGenSchema">AgentGen's schema object that holds the keyword, for conditions that look at siblings.</param>
internal sealed record JsonDifference(string Pointer, DifferenceKind Kind, string? AgentGen, string? Meai, JsonObject? AgentGenSchema)
{
    public override string ToString() => Kind switch
    {
        DifferenceKind.OnlyInAgentGen => $"{Pointer}: only in AgentGen: {AgentGen}",
        DifferenceKind.OnlyInMeai => $"{Pointer}: only in MEAI: {Meai}",
        _ => $"{Pointer}: AgentGen {AgentGen}, MEAI {Meai}",
    };
}

/// <summary>
/// Compares two JSON schemas as trees: object keys in any order, arrays in order except <c>required</c>,
/// which is compared as a set. A <c>$ref</c> in Microsoft.Extensions.AI's schema is reported once and then
/// resolved, so the content behind it is still compared with AgentGen's inlined schema.
/// </summary>
internal static class JsonSchemaDiff
{
    public static IReadOnlyList<JsonDifference> Compare(JsonNode agentGen, JsonNode meai)
    {
        var differences = new List<JsonDifference>();
        CompareNodes(agentGen, meai, meai, "", null, differences);
        return differences;
    }

    private static void CompareNodes(JsonNode? ours, JsonNode? theirs, JsonNode meaiRoot, string pointer, JsonObject? parent, List<JsonDifference> differences)
    {
        if (ours is JsonObject ourObject && theirs is JsonObject theirObject)
        {
            CompareObjects(ourObject, theirObject, meaiRoot, pointer, differences);
        }
        else if (ours is JsonArray ourArray && theirs is JsonArray theirArray)
        {
            CompareArrays(ourArray, theirArray, meaiRoot, pointer, parent, differences);
        }
        else if (!JsonNode.DeepEquals(ours, theirs))
        {
            differences.Add(new JsonDifference(pointer, DifferenceKind.Changed, Text(ours), Text(theirs), parent));
        }
    }

    private static void CompareObjects(JsonObject ours, JsonObject theirs, JsonNode meaiRoot, string pointer, List<JsonDifference> differences)
    {
        if (theirs["$ref"] is JsonValue reference && reference.TryGetValue(out string? target) && ours["$ref"] is null)
        {
            differences.Add(new JsonDifference(pointer + "/$ref", DifferenceKind.OnlyInMeai, null, target, ours));
            theirs = Resolve(meaiRoot, target, theirs);
        }

        foreach (KeyValuePair<string, JsonNode?> property in ours)
        {
            string childPointer = pointer + "/" + Escape(property.Key);
            if (!theirs.TryGetPropertyValue(property.Key, out JsonNode? theirValue))
            {
                differences.Add(new JsonDifference(childPointer, DifferenceKind.OnlyInAgentGen, Text(property.Value), null, ours));
            }
            else if (property.Key == "required" && property.Value is JsonArray ourRequired && theirValue is JsonArray theirRequired)
            {
                CompareAsSets(ourRequired, theirRequired, childPointer, ours, differences);
            }
            else
            {
                CompareNodes(property.Value, theirValue, meaiRoot, childPointer, ours, differences);
            }
        }

        foreach (KeyValuePair<string, JsonNode?> property in theirs)
        {
            if (!ours.ContainsKey(property.Key))
            {
                differences.Add(new JsonDifference(pointer + "/" + Escape(property.Key), DifferenceKind.OnlyInMeai, null, Text(property.Value), ours));
            }
        }
    }

    private static void CompareArrays(JsonArray ours, JsonArray theirs, JsonNode meaiRoot, string pointer, JsonObject? parent, List<JsonDifference> differences)
    {
        for (int i = 0; i < Math.Max(ours.Count, theirs.Count); i++)
        {
            string childPointer = pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (i >= theirs.Count)
            {
                differences.Add(new JsonDifference(childPointer, DifferenceKind.OnlyInAgentGen, Text(ours[i]), null, parent));
            }
            else if (i >= ours.Count)
            {
                differences.Add(new JsonDifference(childPointer, DifferenceKind.OnlyInMeai, null, Text(theirs[i]), parent));
            }
            else
            {
                CompareNodes(ours[i], theirs[i], meaiRoot, childPointer, parent, differences);
            }
        }
    }

    private static void CompareAsSets(JsonArray ours, JsonArray theirs, string pointer, JsonObject parent, List<JsonDifference> differences)
    {
        var ourNames = ours.Select(Text).ToList();
        var theirNames = theirs.Select(Text).ToList();
        foreach (string? name in ourNames.Except(theirNames, StringComparer.Ordinal))
        {
            differences.Add(new JsonDifference(pointer, DifferenceKind.OnlyInAgentGen, name, null, parent));
        }

        foreach (string? name in theirNames.Except(ourNames, StringComparer.Ordinal))
        {
            differences.Add(new JsonDifference(pointer, DifferenceKind.OnlyInMeai, null, name, parent));
        }
    }

    /// <summary>The schema a local <c>$ref</c> points to, with the referring object's other keywords laid over it.</summary>
    private static JsonObject Resolve(JsonNode root, string reference, JsonObject referrer)
    {
        if (!reference.StartsWith('#'))
        {
            throw new InvalidOperationException($"Only local references are supported, found '{reference}'.");
        }

        JsonNode? target = root;
        foreach (string segment in reference.Substring(1).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            string name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            target = target switch
            {
                JsonObject o => o[name],
                JsonArray a => a[int.Parse(name, System.Globalization.CultureInfo.InvariantCulture)],
                _ => null,
            };
        }

        var resolved = target as JsonObject ?? throw new InvalidOperationException($"'{reference}' does not point to a schema object.");
        var merged = (JsonObject)resolved.DeepClone();
        foreach (KeyValuePair<string, JsonNode?> property in referrer)
        {
            if (property.Key != "$ref")
            {
                merged[property.Key] = property.Value?.DeepClone();
            }
        }

        return merged;
    }

    /// <summary>Whether <paramref name="pointer"/> matches <paramref name="pattern"/>: <c>*</c> is one segment, <c>**</c> any number.</summary>
    public static bool Matches(string pattern, string pointer) =>
        MatchSegments(pattern.Split('/'), 0, pointer.Split('/'), 0);

    private static bool MatchSegments(string[] pattern, int p, string[] pointer, int s)
    {
        if (p == pattern.Length)
        {
            return s == pointer.Length;
        }

        if (pattern[p] == "**")
        {
            for (int skip = s; skip <= pointer.Length; skip++)
            {
                if (MatchSegments(pattern, p + 1, pointer, skip))
                {
                    return true;
                }
            }

            return false;
        }

        return s < pointer.Length &&
            (pattern[p] == "*" || string.Equals(pattern[p], pointer[s], StringComparison.Ordinal)) &&
            MatchSegments(pattern, p + 1, pointer, s + 1);
    }

    private static string Escape(string name) =>
        name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static string? Text(JsonNode? node) => node is null ? "null" : node.ToJsonString();
}
