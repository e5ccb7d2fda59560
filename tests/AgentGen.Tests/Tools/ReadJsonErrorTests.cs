using System;
using System.Linq;
using System.Text;
using static AgentGen.Tests.Tools.ToolJson;

namespace AgentGen.Tests.Tools;

/// <summary>The errors the generated <c>ReadJson</c> gives for input a model got wrong: typed values, never exceptions.</summary>
public sealed class ReadJsonErrorTests
{
    private const string ValidTicket = """{"title":"abc","severity":"low","labels":[],"watchers":[],"settings":{"channel":"email"}}""";

    [Fact]
    public void A_missing_required_property_is_reported_at_its_path_with_its_type()
    {
        ToolReadError error = SingleError(Read<OpenTicket>("""{"severity":"low","labels":[],"watchers":[],"settings":{"channel":"email"}}"""));

        Assert.Equal(ToolReadErrorKind.MissingProperty, error.Kind);
        Assert.Equal("$.title", error.Path);
        Assert.Equal("string", error.Expected);
        Assert.Equal("$.title: missing required property (expected string)", error.Message);
    }

    [Fact]
    public void Every_missing_required_property_is_reported_including_required_init_properties()
    {
        ToolReadResult<OpenTicket> result = Read<OpenTicket>("{}");

        Assert.All(result.Errors, e => Assert.Equal(ToolReadErrorKind.MissingProperty, e.Kind));
        Assert.Equal(["$.title", "$.severity", "$.labels", "$.watchers", "$.settings"], result.Errors.Select(e => e.Path));
        Assert.Equal(["string", "string", "array", "array", "object"], result.Errors.Select(e => e.Expected));
    }

    [Theory]
    [InlineData("""{"title":"abc","severity":"low","labels":[],"watchers":[],"settings":{}}""", "$.settings.channel")]
    [InlineData("""{"title":"abc","severity":"low","labels":[],"owner":{"name":"Ada"},"watchers":[],"settings":{"channel":"email"}}""", "$.owner.email")]
    [InlineData("""{"title":"abc","severity":"low","labels":[],"watchers":[{"name":"Ada","email":"a@b"},{"email":"c@d"}],"settings":{"channel":"email"}}""", "$.watchers[1].name")]
    public void A_missing_nested_property_is_reported_at_its_full_path(string json, string path)
    {
        ToolReadError error = SingleError(Read<OpenTicket>(json));

        Assert.Equal(ToolReadErrorKind.MissingProperty, error.Kind);
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void A_wrong_type_names_the_path_what_was_expected_and_what_was_found()
    {
        const string json = """{"query":"x","limit":"ten"}""";
        ToolReadError error = SingleError(Read<SearchLogs>(json));

        Assert.Equal(ToolReadErrorKind.WrongType, error.Kind);
        Assert.Equal("$.limit", error.Path);
        Assert.Equal("integer", error.Expected);
        Assert.Equal("string \"ten\"", error.Found);
        Assert.Equal(json.IndexOf("\"ten\"", StringComparison.Ordinal), error.Offset);
        Assert.Equal("$.limit: expected integer, found string \"ten\"", error.Message);
    }

    [Theory]
    [InlineData("""{"title":42,"severity":"low","labels":[],"watchers":[],"settings":{"channel":"email"}}""", "$.title", "string", "number 42")]
    [InlineData("""{"title":null,"severity":"low","labels":[],"watchers":[],"settings":{"channel":"email"}}""", "$.title", "string", "null")]
    [InlineData("""{"title":"abc","severity":"low","labels":"api","watchers":[],"settings":{"channel":"email"}}""", "$.labels", "array", "string \"api\"")]
    [InlineData("""{"title":"abc","severity":"low","labels":[],"owner":[],"watchers":[],"settings":{"channel":"email"}}""", "$.owner", "object", "array")]
    [InlineData("""{"title":"abc","severity":"low","labels":[],"watchers":[],"settings":true}""", "$.settings", "object", "true")]
    [InlineData("""{"title":"abc","severity":"low","labels":[],"watchers":[],"settings":{"channel":"email"},"counters":[1]}""", "$.counters", "object", "array")]
    public void Wrong_json_types_are_reported_for_strings_arrays_objects_and_dictionaries(string json, string path, string expected, string found)
    {
        ToolReadError error = SingleError(Read<OpenTicket>(json));

        Assert.Equal(ToolReadErrorKind.WrongType, error.Kind);
        Assert.Equal(path, error.Path);
        Assert.Equal(expected, error.Expected);
        Assert.Equal(found, error.Found);
    }

    [Theory]
    [InlineData("[1,2]", "array")]
    [InlineData("\"search for x\"", "string \"search for x\"")]
    [InlineData("null", "null")]
    public void Input_that_is_not_an_object_is_a_wrong_type_at_the_root(string json, string found)
    {
        ToolReadError error = SingleError(Read<SearchLogs>(json));

        Assert.Equal(ToolReadErrorKind.WrongType, error.Kind);
        Assert.Equal("$", error.Path);
        Assert.Equal("object", error.Expected);
        Assert.Equal(found, error.Found);
    }

    [Fact]
    public void An_unknown_enum_value_lists_the_allowed_values()
    {
        ToolReadError error = SingleError(Read<OpenTicket>(ValidTicket.Replace("\"low\"", "\"urgent\"", StringComparison.Ordinal)));

        Assert.Equal(ToolReadErrorKind.UnknownEnumValue, error.Kind);
        Assert.Equal("$.severity", error.Path);
        Assert.Equal("one of \"low\", \"medium\", \"high\", \"critical\"", error.Expected);
        Assert.Equal("string \"urgent\"", error.Found);
    }

    [Theory]
    [InlineData("""{"title":"abc","severity":"low","labels":[],"escalation":"boss","watchers":[],"settings":{"channel":"email"}}""", "$.escalation", "one of \"low\", \"medium\", \"high\", \"critical\"")]
    [InlineData("""{"title":"abc","severity":"low","labels":[],"watchers":[],"settings":{"channel":"sms"}}""", "$.settings.channel", "one of \"email\", \"sms-text\", \"pager_duty\"")]
    public void Unknown_values_of_nullable_and_renamed_enums_list_the_allowed_values(string json, string path, string expected)
    {
        ToolReadError error = SingleError(Read<OpenTicket>(json));

        Assert.Equal(ToolReadErrorKind.UnknownEnumValue, error.Kind);
        Assert.Equal(path, error.Path);
        Assert.Equal(expected, error.Expected);
    }

    [Fact]
    public void An_enum_given_a_number_is_a_wrong_type_that_still_lists_the_allowed_values()
    {
        ToolReadError error = SingleError(Read<OpenTicket>(ValidTicket.Replace("\"low\"", "2", StringComparison.Ordinal)));

        Assert.Equal(ToolReadErrorKind.WrongType, error.Kind);
        Assert.Equal("$.severity", error.Path);
        Assert.Contains("\"critical\"", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_properties_are_errors_when_disallowed_at_every_level()
    {
        var options = new ToolReadOptions { DisallowUnknownProperties = true };
        ToolReadResult<OpenTicket> result = Read<OpenTicket>(
            """{"title":"abc","priority":1,"severity":"low","labels":[],"owner":{"name":"A","email":"a@b","phone":"1"},"watchers":[],"settings":{"channel":"email"}}""",
            options);

        Assert.Equal(["$.priority", "$.owner.phone"], result.Errors.Select(e => e.Path));
        Assert.All(result.Errors, e => Assert.Equal(ToolReadErrorKind.UnknownProperty, e.Kind));
        Assert.Contains("title", result.Errors[0].Expected, StringComparison.Ordinal);
        Assert.Contains("settings", result.Errors[0].Expected, StringComparison.Ordinal);
        Assert.True(Read<OpenTicket>(ValidTicket, options).IsSuccess);
    }

    [Theory]
    [InlineData("""{"query": "x" "limit": 3}""", 14)]
    [InlineData("""{"query": "x",, "limit": 3}""", 14)]
    [InlineData("""{query: "x"}""", 1)]
    [InlineData("""{"query": 'x'}""", 10)]
    [InlineData("""{"query": "x", "limit": 3 ]""", 26)]
    [InlineData("""{"query": tru}""", 13)]
    public void Malformed_json_is_reported_with_the_offset_where_it_goes_wrong(string json, int offset)
    {
        ToolReadError error = SingleError(Read<SearchLogs>(json));

        Assert.Equal(ToolReadErrorKind.MalformedJson, error.Kind);
        Assert.StartsWith("$", error.Path, StringComparison.Ordinal);
        Assert.Equal(offset, error.Offset);
    }

    [Fact]
    public void Content_after_the_object_is_malformed()
    {
        const string json = """{"query":"x"} {"query":"y"}""";
        ToolReadError error = SingleError(Read<SearchLogs>(json));

        Assert.Equal(ToolReadErrorKind.MalformedJson, error.Kind);
        Assert.Equal(json.IndexOf(" {", StringComparison.Ordinal) + 1, error.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("{")]
    [InlineData("""{"query": "x", "limit": 3""")]
    [InlineData("""{"query": "unterminated""")]
    [InlineData("""{"query": "x", "limit": """)]
    [InlineData("""{"query": "x", "extra": [1, {"a": """)]
    public void Input_that_ends_early_is_truncated_not_malformed(string json)
    {
        ToolReadError error = SingleError(Read<SearchLogs>(json));

        Assert.Equal(ToolReadErrorKind.Truncated, error.Kind);
        Assert.NotNull(error.Offset);
        Assert.InRange(error.Offset!.Value, 0, Encoding.UTF8.GetByteCount(json));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_too_deep()
    {
        string deep = """{"query":"x","extra":""" + new string('[', 200) + new string(']', 200) + "}";
        ToolReadError error = SingleError(Read<SearchLogs>(deep));
        Assert.Equal(ToolReadErrorKind.TooDeep, error.Kind);
        Assert.StartsWith("$", error.Path, StringComparison.Ordinal);

        var shallow = new ToolReadOptions { MaxDepth = 2 };
        Assert.Equal(ToolReadErrorKind.TooDeep, SingleError(Read<CollectionShapes>("""{"matrix":[[1]]}""", shallow)).Kind);
        Assert.True(Read<SearchLogs>("""{"query":"x","extra":[[[[1]]]]}""").IsSuccess);
    }

    [Fact]
    public void A_string_with_a_lone_surrogate_escape_is_rejected_not_read_into_a_value_that_cannot_be_written()
    {
        ToolReadError error = SingleError(Read<SearchLogs>("""{"query":"bad \ud800 text"}"""));

        Assert.Equal("$.query", error.Path);
    }

    [Fact]
    public void Several_errors_are_reported_together()
    {
        ToolReadResult<OpenTicket> result = Read<OpenTicket>("""{"severity":"urgent","labels":["a",1],"watchers":[],"settings":{"channel":"email","retry_count":"x"}}""");

        Assert.Equal(
            ["$.severity", "$.labels[1]", "$.settings.retry_count", "$.title"],
            result.Errors.Select(e => e.Path).ToArray());
        ToolReadException exception = Assert.Throws<ToolReadException>(() => result.GetValueOrThrow());
        Assert.Equal(4, exception.Errors.Length);
        Assert.Contains("$.labels[1]: expected string, found number 1", exception.Message, StringComparison.Ordinal);
    }
}
