using System;
using System.Linq;
using AgentGen;
using AgentGen.Serialization.Lenient;

namespace AgentGen.Tests.Lenient;

/// <summary>The pre-pass on its own: what it rewrites, what it reports, and that no input breaks it.</summary>
public sealed class LenientJsonTests
{
    [Fact]
    public void Several_objects_are_all_returned_as_strict_json_with_their_positions()
    {
        const string text = "First {a: 1,} then <x>{'intent': 'b', c: None}</x>";

        LenientJsonResult result = LenientJson.Parse(text);

        Assert.Equal(["""{"a":1}""", """{"intent":"b","c":null}"""], result.Candidates.Select(c => c.Json));
        Assert.Equal([6, 22], result.Candidates.Select(c => c.Start));
        Assert.Equal("{a: 1,}", text.Substring(result.Candidates[0].Start, result.Candidates[0].Length));
        Assert.Equal([null, "b"], result.Candidates.Select(c => c.Intent));
        Assert.Equal(LenientRepair.UnquotedKeys | LenientRepair.TrailingComma, result.Candidates[0].Repairs);
        Assert.Equal(
            LenientRepair.SurroundingText | LenientRepair.XmlTag | LenientRepair.MultipleObjects | LenientRepair.UnquotedKeys |
            LenientRepair.TrailingComma | LenientRepair.SingleQuotes | LenientRepair.PythonLiterals,
            result.Repairs);
    }

    [Fact]
    public void A_strict_object_is_left_alone()
    {
        LenientJsonResult result = LenientJson.Parse("""{"intent": "x", "n": [1, 2.5e3, -4], "s": "\u00e9\n"}""");

        LenientCandidate candidate = Assert.Single(result.Candidates);
        Assert.Equal("""{"intent":"x","n":[1,2.5e3,-4],"s":"\u00e9\n"}""", candidate.Json);
        Assert.Equal(LenientRepair.None, result.Repairs);
    }

    [Fact]
    public void The_function_call_shape_becomes_an_intent_and_its_arguments()
    {
        LenientCandidate candidate = Assert.Single(LenientJson.Parse("""{"name": "f", "arguments": {"a": 1, "intent": "g"}}""").Candidates);

        Assert.Equal("""{"intent":"f","a":1}""", candidate.Json);
        Assert.Equal("f", candidate.Intent);
        Assert.Equal(LenientRepair.FunctionCallShape, candidate.Repairs);
        Assert.Equal("""{"name":"f","arguments":{"a":1}}""", Assert.Single(LenientJson.Parse("""{"name": "f", "arguments": {"a": 1}}""", discriminator: null).Candidates).Json);
    }

    [Fact]
    public void Truncated_output_is_reported_where_it_ends_with_what_was_expected()
    {
        const string text = "Sure: {\"intent\": \"lookup\", \"items\": [1, 2";

        LenientJsonResult result = LenientJson.Parse(text);

        Assert.Empty(result.Candidates);
        LenientFailure failure = Assert.Single(result.Failures);
        Assert.Equal(ToolReadErrorKind.Truncated, failure.Kind);
        Assert.Equal(6, failure.Start);
        Assert.Equal(text.Length, failure.Offset);
        Assert.Equal($"$: end of input at offset {text.Length} (expected ',' or ']' (2 unclosed))", failure.ToError().Message);
    }

    [Theory]
    [InlineData("Plan_Lookup", "plan_lookup")]
    [InlineData("PlanLookup", "plan_lookup")]
    [InlineData("planLookup", "plan_lookup")]
    [InlineData("PLAN-LOOKUP", "plan_lookup")]
    [InlineData(" plan  lookup ", "plan_lookup")]
    [InlineData("plan.lookup_v2", "plan_lookup_v2")]
    [InlineData("plan_lookup", "plan_lookup")]
    public void Names_are_normalized_to_snake_case(string written, string normalized) =>
        Assert.Equal(normalized, LenientJson.NormalizeName(written));

    [Fact]
    public void A_hundred_thousand_nested_brackets_are_rejected_without_overflowing_the_stack()
    {
        string deep = "{\"a\": " + new string('[', 100_000) + new string(']', 100_000) + "}";
        string braces = new string('{', 100_000);
        string objects100k = string.Concat(Enumerable.Repeat("{\"a\": ", 100_000));

        LenientJsonResult arrays = LenientJson.Parse(deep);
        LenientJsonResult objects = LenientJson.Parse(braces);
        LenientJsonResult nestedObjects = LenientJson.Parse(objects100k);

        Assert.Empty(arrays.Candidates);
        Assert.Equal(ToolReadErrorKind.TooDeep, arrays.Failures[0].Kind);
        Assert.Equal(6 + LenientJson.MaxDepth - 1, arrays.Failures[0].Offset);
        Assert.Empty(objects.Candidates);
        Assert.Equal(LenientJson.MaxFailures, objects.Failures.Length);
        Assert.All(objects.Failures, f => Assert.Equal(ToolReadErrorKind.MalformedJson, f.Kind));
        Assert.Empty(nestedObjects.Candidates);
        Assert.Equal(ToolReadErrorKind.TooDeep, nestedObjects.Failures[0].Kind);
        Assert.Equal(LenientJson.MaxDepth * 6, nestedObjects.Failures[0].Offset);
    }

    [Fact]
    public void A_million_random_and_mutated_inputs_never_throw()
    {
        int candidates = 0;
        foreach (string input in FuzzInputs.Generate(20261124, 1_000_000))
        {
            LenientJsonResult result = LenientJson.Parse(input);
            candidates += result.Candidates.Length;
        }

        Assert.True(candidates > 100_000, $"only {candidates} candidates: the mutations destroy too much to test the repairs");
    }
}
