using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.AI;

namespace AgentGen.Tests.Compatibility;

/// <summary>
/// Compares AgentGen's generated schemas with what Microsoft.Extensions.AI's <see cref="AIJsonUtilities.CreateJsonSchema"/>
/// produces for the same types, configured as AgentGen behaves (snake_case names and enums, no additional properties).
/// Every difference must be listed in <see cref="KnownDifferences"/>, and every listed difference must still occur.
/// </summary>
public sealed class MeaiSchemaComparisonTests
{
    /// <summary>Which pairs of schemas a known difference belongs to.</summary>
    [Flags]
    private enum Variant
    {
        /// <summary><c>JsonSchema</c> against <c>CreateJsonSchema</c> with <c>DisallowAdditionalProperties</c>.</summary>
        Default = 1,

        /// <summary><c>StrictJsonSchema</c> against <c>CreateJsonSchema</c> with the public transform options of MEAI's OpenAI strict mode.</summary>
        Strict = 2,

        /// <summary><c>GetDeclaration()</c> against <c>AIFunctionFactory.Create</c> with all of Microsoft.Extensions.AI's defaults.</summary>
        FunctionFactory = 4,
    }

    /// <summary>A listed difference: where it is, which side has what, why, and optionally a check that narrows it.</summary>
    private sealed record KnownDifference(Variant Variants, string Pointer, DifferenceKind Kind, string Reason, Func<JsonDifference, bool>? When = null)
    {
        public bool Matches(Variant variant, JsonDifference difference) =>
            (Variants & variant) != 0 && difference.Kind == Kind && JsonSchemaDiff.Matches(Pointer, difference.Pointer) && (When is null || When(difference));

        public override string ToString() => $"{Variants} {Pointer} {Kind}: {Reason}";
    }

    /// <summary>The one list of differences from Microsoft.Extensions.AI; docs/schema-compatibility.md describes each.</summary>
    private static readonly KnownDifference[] KnownDifferences =
    [
        // Both schemas.
        new(Variant.Default | Variant.Strict, "**/items/type", DifferenceKind.Changed,
            "AgentGen honours nullable annotations on element types (string?[] gives items [\"string\",\"null\"]); MEAI drops them.",
            IsOursPlusNull),
        new(Variant.Default | Variant.Strict, "**/$ref", DifferenceKind.OnlyInMeai,
            "MEAI refers back to a type seen before as a collection element or dictionary value; AgentGen always inlines (the content behind the $ref is still compared)."),
        new(Variant.Default | Variant.Strict, "/properties/*/$comment", DifferenceKind.OnlyInMeai,
            "MEAI annotates TimeSpan with a $comment; AgentGen writes only the pattern, which is the same."),
        new(Variant.Default | Variant.Strict, "/properties/*/description", DifferenceKind.OnlyInAgentGen,
            "AgentGen also reads XML documentation (<param>, <summary>); MEAI reads only [Description]."),

        // Default schema.
        new(Variant.Default, "**/required", DifferenceKind.OnlyInMeai,
            "A nullable positional parameter without a default is optional in AgentGen (missing means null); MEAI requires every constructor parameter without a default.",
            d => PropertyOf(d, d.Meai) is { } p && IsNullable(p) && !p.ContainsKey("default")),
        new(Variant.Default, "/properties/retries/default", DifferenceKind.OnlyInAgentGen,
            "AgentGen reads a constant property initializer (int Retries { get; init; } = 2) as the default; MEAI sees only constructor parameter defaults."),

        // Not deliberate: reported to the lead as generator bugs. Remove each entry when its bug is fixed.
        new(Variant.Default, "/properties/address/default", DifferenceKind.OnlyInMeai,
            "NOT DELIBERATE: a nested object parameter with '= null' loses \"default\": null, unlike string? Cursor = null."),
        new(Variant.Default | Variant.Strict, "/properties/size/description", DifferenceKind.OnlyInMeai,
            "NOT DELIBERATE: [Description] on an enum type is ignored, though [Description] on a nested record type is used."),

        // Strict schema.
        new(Variant.Strict, "**/properties/*/type", DifferenceKind.Changed,
            "An optional property becomes nullable in AgentGen (null means 'use the default'); MEAI's RequireAllProperties only adds it to required, so the model must invent a value.",
            IsOursPlusNull),
        new(Variant.Strict, "**/properties/*/enum/*", DifferenceKind.OnlyInAgentGen,
            "An optional enum property becomes nullable, so null joins its values.",
            d => d.AgentGen == "null"),
        new(Variant.Strict, "**/properties/*/description", DifferenceKind.OnlyInMeai,
            "AgentGen drops \"default\"; MEAI's MoveDefaultKeywordToDescription writes it into the description.",
            d => d.Meai?.StartsWith("\"Default value: ", StringComparison.Ordinal) == true),
        new(Variant.Strict, "**/properties/*/description", DifferenceKind.Changed,
            "The same, where the property already has a description (MEAI appends, or replaces what it could not read from XML documentation).",
            d => d.Meai?.Contains("Default value: ", StringComparison.Ordinal) == true),
        new(Variant.Strict, "**/properties/*/minLength", DifferenceKind.OnlyInMeai,
            "AgentGen leaves out string minLength, which strict structured outputs reject (reading still checks it)."),
        new(Variant.Strict, "**/properties/*/maxLength", DifferenceKind.OnlyInMeai,
            "AgentGen leaves out string maxLength, likewise."),
        new(Variant.Strict, "**/properties/*/format", DifferenceKind.OnlyInMeai,
            "AgentGen leaves out format \"uri\", which is not among the formats strict structured outputs accept.",
            d => d.Meai == "\"uri\""),

        // A user switching from AIFunctionFactory.Create with its defaults.
        new(Variant.FunctionFactory, "/description", DifferenceKind.OnlyInAgentGen,
            "AgentGen repeats the tool description at the schema root; AIFunctionFactory puts it only on the function."),
        new(Variant.FunctionFactory, "/additionalProperties", DifferenceKind.OnlyInAgentGen,
            "AgentGen always writes additionalProperties: false; AIFunctionFactory's defaults allow extra arguments."),
        new(Variant.FunctionFactory, "/properties/*/enum/*", DifferenceKind.Changed,
            "AgentGen writes enum values in snake_case; MEAI's default options write the C# member names."),
        new(Variant.FunctionFactory, "/properties/*/default", DifferenceKind.Changed,
            "The same enum naming, in a default value."),
    ];

    private static readonly JsonSerializerOptions s_serializerOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private static readonly AIJsonSchemaCreateOptions s_defaultCreateOptions = new()
    {
        IncludeSchemaKeyword = false,
        TransformOptions = new AIJsonSchemaTransformOptions { DisallowAdditionalProperties = true },
    };

    // What Microsoft.Extensions.AI.OpenAI applies in strict mode, without its provider-specific node callback.
    private static readonly AIJsonSchemaCreateOptions s_strictCreateOptions = new()
    {
        IncludeSchemaKeyword = false,
        TransformOptions = new AIJsonSchemaTransformOptions
        {
            DisallowAdditionalProperties = true,
            RequireAllProperties = true,
            MoveDefaultKeywordToDescription = true,
            ConvertBooleanSchemas = true,
        },
    };

    private static readonly Dictionary<string, ToolCase> s_cases = new ToolCase[]
    {
        Case<CompatPrimitives>(),
        Case<CompatEnums>(),
        Case<CompatNullables>(),
        Case<CompatCollections>(),
        Case<CompatNested>(),
        Case<CompatWellKnown>(),
        Case<CompatDefaults>(),
        Case<CompatDescriptions>(),
        Case<CompatAnnotations>(),
        Case<CompatNaming>(),
        Case<CompatFindFlights>(),
        Case<CompatXmlDocs>(),
    }.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static TheoryData<string> ToolNames => new(s_cases.Keys);

    [Theory]
    [MemberData(nameof(ToolNames))]
    public void Schema_matches_CreateJsonSchema_except_for_known_differences(string tool)
    {
        AssertOnlyKnownDifferences(Variant.Default, tool, CompareWithMeai(s_cases[tool], Variant.Default));
    }

    [Theory]
    [MemberData(nameof(ToolNames))]
    public void Strict_schema_matches_CreateJsonSchema_with_strict_transforms_except_for_known_differences(string tool)
    {
        AssertOnlyKnownDifferences(Variant.Strict, tool, CompareWithMeai(s_cases[tool], Variant.Strict));
    }

    [Fact]
    public void Declaration_matches_AIFunctionFactory_except_for_name_and_known_differences()
    {
        AIFunction function = AIFunctionFactory.Create(FlightApi.FindFlights);
        AIFunctionDeclaration declaration = CompatFindFlights.GetDeclaration();

        // The name is the type's in snake_case, not the method's; the description is the same text.
        Assert.Equal(("FindFlights", "compat_find_flights"), (function.Name, declaration.Name));
        Assert.Equal(function.Description, declaration.Description);
        AssertOnlyKnownDifferences(Variant.FunctionFactory, nameof(CompatFindFlights), CompareFunctionWithDeclaration());
    }

    [Fact]
    public void Every_known_difference_still_occurs()
    {
        var observed = new List<(Variant Variant, JsonDifference Difference)>();
        foreach (ToolCase toolCase in s_cases.Values)
        {
            observed.AddRange(CompareWithMeai(toolCase, Variant.Default).Select(d => (Variant.Default, d)));
            observed.AddRange(CompareWithMeai(toolCase, Variant.Strict).Select(d => (Variant.Strict, d)));
        }

        observed.AddRange(CompareFunctionWithDeclaration().Select(d => (Variant.FunctionFactory, d)));

        // Each entry must still occur in every variant it names.
        var stale = (
            from known in KnownDifferences
            from variant in Enum.GetValues<Variant>()
            where known.Variants.HasFlag(variant) && !observed.Any(o => o.Variant == variant && known.Matches(variant, o.Difference))
            select $"{variant}: {known}").ToList();
        if (stale.Count > 0)
        {
            Assert.Fail("These known differences no longer occur; remove them from the list and from docs/schema-compatibility.md:" +
                Environment.NewLine + string.Join(Environment.NewLine, stale));
        }
    }

    private static IReadOnlyList<JsonDifference> CompareWithMeai(ToolCase toolCase, Variant variant)
    {
        bool strict = variant == Variant.Strict;
        JsonElement meai = AIJsonUtilities.CreateJsonSchema(
            toolCase.Type,
            description: toolCase.Description,
            serializerOptions: s_serializerOptions,
            inferenceOptions: strict ? s_strictCreateOptions : s_defaultCreateOptions);
        return JsonSchemaDiff.Compare(toolCase.Schema(strict), JsonNode.Parse(meai.GetRawText())!);
    }

    private static IReadOnlyList<JsonDifference> CompareFunctionWithDeclaration()
    {
        AIFunction function = AIFunctionFactory.Create(FlightApi.FindFlights);
        return JsonSchemaDiff.Compare(
            JsonNode.Parse(CompatFindFlights.GetDeclaration().JsonSchema.GetRawText())!,
            JsonNode.Parse(function.JsonSchema.GetRawText())!);
    }

    private static void AssertOnlyKnownDifferences(Variant variant, string tool, IReadOnlyList<JsonDifference> differences)
    {
        var unexpected = differences.Where(d => !KnownDifferences.Any(k => k.Matches(variant, d))).ToList();
        if (unexpected.Count > 0)
        {
            Assert.Fail($"{tool} ({variant}) differs from Microsoft.Extensions.AI in ways not listed as known:" +
                Environment.NewLine + string.Join(Environment.NewLine, unexpected));
        }
    }

    /// <summary>AgentGen's type is MEAI's plus "null": <c>["string","null"]</c> against <c>"string"</c>.</summary>
    private static bool IsOursPlusNull(JsonDifference difference) =>
        difference.Meai is { } meai && JsonNode.Parse(meai) is JsonValue single &&
        difference.AgentGen is { } ours && JsonNode.Parse(ours) is JsonArray { Count: 2 } pair &&
        JsonNode.DeepEquals(pair[0], single) && pair[1]?.GetValue<string>() == "null";

    /// <summary>AgentGen's schema of the property a <c>required</c> entry names.</summary>
    private static JsonObject? PropertyOf(JsonDifference difference, string? quotedName) =>
        quotedName is null ? null : difference.AgentGenSchema?["properties"]?[JsonNode.Parse(quotedName)!.GetValue<string>()] as JsonObject;

    private static bool IsNullable(JsonObject property) =>
        property["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null");

    private static ToolCase Case<T>()
        where T : class, ITool<T> =>
        new(typeof(T).Name, typeof(T), T.Description, strict => JsonNode.Parse(T.GetJsonSchema(strict))!);

    private sealed record ToolCase(string Name, Type Type, string? Description, Func<bool, JsonNode> Schema);

    /// <summary>The method a user would have handed to <see cref="AIFunctionFactory"/> before switching to <see cref="CompatFindFlights"/>.</summary>
    private static class FlightApi
    {
        [Description("Find flights between two airports.")]
        public static string FindFlights(
            [Description("IATA code of the departure airport")] string from,
            [Description("IATA code of the arrival airport")] string to,
            DateOnly day,
            CompatCabin cabin = CompatCabin.Economy,
            [Range(1, 9)] int passengers = 1,
            string? airline = null) =>
            $"{from}-{to} {day:O} {cabin} x{passengers} {airline}";
    }
}
