using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace AgentGen.Tests.Compatibility;

/// <summary>The differ behind the Microsoft.Extensions.AI comparison must find what it claims to find.</summary>
public sealed class JsonSchemaDiffTests
{
    [Fact]
    public void Object_key_order_and_required_order_do_not_matter()
    {
        var differences = Diff(
            """{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"integer"}},"required":["a","b"]}""",
            """{"required":["b","a"],"properties":{"b":{"type":"integer"},"a":{"type":"string"}},"type":"object"}""");

        Assert.Empty(differences);
    }

    [Fact]
    public void Array_order_matters_outside_required()
    {
        var differences = Diff("""{"enum":["a","b"]}""", """{"enum":["b","a"]}""");

        Assert.Equal(["/enum/0: AgentGen \"a\", MEAI \"b\"", "/enum/1: AgentGen \"b\", MEAI \"a\""], differences);
    }

    [Fact]
    public void Missing_keywords_and_required_entries_are_reported_with_their_pointer()
    {
        var differences = Diff(
            """{"properties":{"a/b":{"type":["string","null"],"default":null}},"required":["x"]}""",
            """{"properties":{"a/b":{"type":"string","$comment":"c"}},"required":["x","a/b"]}""");

        Assert.Equal(
            [
                "/properties/a~1b/type: AgentGen [\"string\",\"null\"], MEAI \"string\"",
                "/properties/a~1b/default: only in AgentGen: null",
                "/properties/a~1b/$comment: only in MEAI: \"c\"",
                "/required: only in MEAI: \"a/b\"",
            ],
            differences);
    }

    [Fact]
    public void A_ref_is_reported_and_the_schema_behind_it_is_still_compared()
    {
        var differences = Diff(
            """{"properties":{"a":{"type":"object","required":["x"]},"b":{"description":"d","type":"object","required":["y"]}}}""",
            """{"properties":{"a":{"type":"object","required":["x"]},"b":{"description":"d","$ref":"#/properties/a"}}}""");

        Assert.Equal(
            [
                "/properties/b/$ref: only in MEAI: #/properties/a",
                "/properties/b/required: only in AgentGen: \"y\"",
                "/properties/b/required: only in MEAI: \"x\"",
            ],
            differences);
    }

    [Theory]
    [InlineData("**/required", "/required", true)]
    [InlineData("**/required", "/properties/a/required", true)]
    [InlineData("/properties/*/default", "/properties/a/default", true)]
    [InlineData("/properties/*/default", "/properties/a/items/default", false)]
    [InlineData("/properties/*/enum/*", "/properties/a/enum", false)]
    [InlineData("/description", "/properties/a/description", false)]
    public void Pointer_patterns_match_one_segment_per_star_and_any_number_per_double_star(string pattern, string pointer, bool expected)
    {
        Assert.Equal(expected, JsonSchemaDiff.Matches(pattern, pointer));
    }

    private static List<string> Diff(string agentGen, string meai) =>
        JsonSchemaDiff.Compare(JsonNode.Parse(agentGen)!, JsonNode.Parse(meai)!).Select(d => d.ToString()).ToList();
}
