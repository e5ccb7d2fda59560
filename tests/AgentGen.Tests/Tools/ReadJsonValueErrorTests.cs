using System;
using static AgentGen.Tests.Tools.ToolJson;

namespace AgentGen.Tests.Tools;

/// <summary>Values of the right JSON type that are still wrong: broken constraints, out of range, bad formats, deep in the input.</summary>
public sealed class ReadJsonValueErrorTests
{
    private const string ValidConstrained = """{"rating":5,"nickname":"ada","choices":["a"],"code":"AB","slug":"big-cat","color":"red","confidence":0.5}""";

    [Fact]
    public void The_valid_constrained_input_reads() =>
        ToolEquivalence.AssertSame(new ConstrainedInput(5, "ada", ["a"], "AB", "big-cat", "red", 0.5), ReadValue<ConstrainedInput>(ValidConstrained));

    [Theory]
    [InlineData("\"rating\":5", "\"rating\":11", "$.rating", "number between 1 and 10", "number 11")]
    [InlineData("\"rating\":5", "\"rating\":0", "$.rating", "number between 1 and 10", "number 0")]
    [InlineData("\"nickname\":\"ada\"", "\"nickname\":\"a\"", "$.nickname", "string of 2 to 12 characters", "string of 1 characters")]
    [InlineData("\"nickname\":\"ada\"", "\"nickname\":\"abcdefghijklm\"", "$.nickname", "string of 2 to 12 characters", "string of 13 characters")]
    [InlineData("\"choices\":[\"a\"]", "\"choices\":[]", "$.choices", "array of 1 to 3 items", "array of 0 items")]
    [InlineData("\"choices\":[\"a\"]", "\"choices\":[\"a\",\"b\",\"c\",\"d\"]", "$.choices", "array of 1 to 3 items", "array of 4 items")]
    [InlineData("\"code\":\"AB\"", "\"code\":\"ABCDE\"", "$.code", "string of 2 to 4 characters", "string of 5 characters")]
    [InlineData("\"slug\":\"big-cat\"", "\"slug\":\"Big Cat\"", "$.slug", "string matching [a-z]+(-[a-z]+)*", "string \"Big Cat\"")]
    [InlineData("\"slug\":\"big-cat\"", "\"slug\":\"xbig-cat-\"", "$.slug", "string matching [a-z]+(-[a-z]+)*", "string \"xbig-cat-\"")]
    [InlineData("\"color\":\"red\"", "\"color\":\"purple\"", "$.color", "one of \"red\", \"green\", \"blue\"", "string \"purple\"")]
    [InlineData("\"confidence\":0.5", "\"confidence\":1.5", "$.confidence", "number between 0 and 1", "number 1.5")]
    public void A_broken_constraint_is_an_invalid_value_at_its_path(string valid, string invalid, string path, string expected, string found)
    {
        ToolReadError error = SingleError(Read<ConstrainedInput>(ValidConstrained.Replace(valid, invalid, StringComparison.Ordinal)));

        Assert.Equal(ToolReadErrorKind.InvalidValue, error.Kind);
        Assert.Equal(path, error.Path);
        Assert.Equal(expected, error.Expected);
        Assert.Equal(found, error.Found);
    }

    [Fact]
    public void Constraints_on_optional_nullable_values_allow_null_and_absence()
    {
        Assert.Null(ReadValue<ConstrainedInput>(ValidConstrained.Replace("0.5", "null", StringComparison.Ordinal)).Confidence);
        Assert.Null(ReadValue<ConstrainedInput>(ValidConstrained.Replace(",\"confidence\":0.5", string.Empty, StringComparison.Ordinal)).Confidence);
    }

    [Fact]
    public void Constraints_on_nested_objects_are_checked_at_their_path()
    {
        ToolReadError error = SingleError(Read<OpenTicket>("""
            {"title":"abc","severity":"low","labels":[],"owner":{"name":"Ada","email":"not an email"},"watchers":[],"settings":{"channel":"email"}}
            """));

        Assert.Equal(ToolReadErrorKind.InvalidValue, error.Kind);
        Assert.Equal("$.owner.email", error.Path);
        Assert.Equal(ToolReadErrorKind.InvalidValue, SingleError(Read<OpenTicket>("""{"title":"ab","severity":"low","labels":[],"watchers":[],"settings":{"channel":"email"}}""")).Kind);
        Assert.Equal(ToolReadErrorKind.InvalidValue, SingleError(Read<SearchLogs>("""{"query":"x","limit":501}""")).Kind);
    }

    [Theory]
    [InlineData("tiny", "128", "integer between -128 and 127")]
    [InlineData("tiny", "-129", "integer between -128 and 127")]
    [InlineData("octet", "256", "integer between 0 and 255")]
    [InlineData("octet", "-1", "integer between 0 and 255")]
    [InlineData("small", "32768", "integer between -32768 and 32767")]
    [InlineData("small_unsigned", "65536", "integer between 0 and 65535")]
    [InlineData("number", "2147483648", "integer between -2147483648 and 2147483647")]
    [InlineData("number_unsigned", "-1", "integer between 0 and 4294967295")]
    [InlineData("number", "\"1e10\"", "integer")]
    public void An_integer_outside_its_type_is_reported_with_the_range(string property, string value, string expected)
    {
        ToolReadError error = SingleError(Read<AllPrimitives>(Primitives(property, value)));

        Assert.Equal("$." + property, error.Path);
        Assert.Equal(expected, error.Expected);
        Assert.NotEqual(ToolReadErrorKind.MalformedJson, error.Kind);
    }

    [Theory]
    [InlineData("tiny", "200")]
    [InlineData("number", "2147483648")]
    [InlineData("ratio", "1e39")]
    public void A_number_that_does_not_fit_its_type_is_an_invalid_value(string property, string value)
    {
        ToolReadError error = SingleError(Read<AllPrimitives>(Primitives(property, value)));

        Assert.Equal("$." + property, error.Path);
        Assert.Equal(ToolReadErrorKind.InvalidValue, error.Kind);
    }

    [Theory]
    [InlineData("big", "9223372036854775808")]
    [InlineData("big", "-9223372036854775809")]
    [InlineData("big", "1e19")]
    [InlineData("big_unsigned", "-1")]
    [InlineData("big_unsigned", "18446744073709551616")]
    public void A_number_just_outside_the_64_bit_ranges_is_an_invalid_value(string property, string value)
    {
        ToolReadResult<AllPrimitives> result = Read<AllPrimitives>(Primitives(property, value));

        Assert.False(result.IsSuccess, result.ToString());
        Assert.Equal(ToolReadErrorKind.InvalidValue, Assert.Single(result.Errors).Kind);
    }

    [Theory]
    [InlineData("real", "1e400")]
    [InlineData("money", "1e30")]
    [InlineData("number", "2.5")]
    [InlineData("big", "1e300")]
    [InlineData("real", "\"NaN\"")]
    [InlineData("real", "\"Infinity\"")]
    [InlineData("flag", "\"yes\"")]
    [InlineData("flag", "1")]
    public void Numbers_that_cannot_be_represented_and_non_numbers_fail_at_their_path(string property, string value)
    {
        ToolReadError error = SingleError(Read<AllPrimitives>(Primitives(property, value)));

        Assert.Equal("$." + property, error.Path);
        Assert.True(error.Kind is ToolReadErrorKind.WrongType or ToolReadErrorKind.InvalidValue, error.Message);
    }

    [Theory]
    [InlineData("starts_at", "\"yesterday\"", "string in date-time format (ISO 8601)")]
    [InlineData("created_at", "\"2026-13-01T00:00:00Z\"", "string in date-time format (ISO 8601)")]
    [InlineData("day", "\"24/11/2026\"", "string in date format (yyyy-MM-dd)")]
    [InlineData("at", "\"25:00\"", "string in time format (HH:mm:ss)")]
    [InlineData("duration", "\"5 minutes\"", "string in duration format ([d.]hh:mm:ss)")]
    [InlineData("ticket_id", "\"ticket-42\"", "string in uuid format")]
    public void A_string_in_the_wrong_format_is_an_invalid_value_naming_the_format(string property, string value, string expected)
    {
        string json = """{"starts_at":"2026-11-24T08:00:00Z","created_at":"2026-11-24T08:00:00Z","day":"2026-11-24","at":"08:00:00","duration":"00:30:00","ticket_id":"0f8fad5b-d9cb-469f-a165-70867728950e","runbook":"https://x.example"}""";
        int start = json.IndexOf("\"" + property + "\":", StringComparison.Ordinal) + property.Length + 3;
        int end = json.IndexOf(',', start);
        json = json[..start] + value + json[end..];

        ToolReadError error = SingleError(Read<ScheduleMaintenance>(json));

        Assert.Equal(ToolReadErrorKind.InvalidValue, error.Kind);
        Assert.Equal("$." + property, error.Path);
        Assert.Equal(expected, error.Expected);
    }

    [Theory]
    [InlineData("""{"title":"abc","severity":"low","labels":["api","db",7],"watchers":[],"settings":{"channel":"email"}}""", "$.labels[2]")]
    [InlineData("""{"title":"abc","severity":"low","labels":[],"watchers":[{"name":"A","email":"a@b"},{"name":"B","email":"b"}],"settings":{"channel":"email"}}""", "$.watchers[1].email")]
    [InlineData("""{"title":"abc","severity":"low","labels":[],"watchers":[],"settings":{"channel":"email"},"counters":{"pages":"many"}}""", "$.counters.pages")]
    [InlineData("""{"title":"abc","severity":"low","labels":[],"watchers":[],"settings":{"channel":"email"},"counters":{"on call":"x"}}""", "$.counters['on call']")]
    public void Errors_deep_in_lists_objects_and_dictionaries_carry_their_full_path(string json, string path) =>
        Assert.Equal(path, SingleError(Read<OpenTicket>(json)).Path);

    [Theory]
    [InlineData("""{"matrix":[[1],[2,"x"]]}""", "$.matrix[1][1]")]
    [InlineData("""{"groups":{"ops":["ada",1]}}""", "$.groups.ops[1]")]
    [InlineData("""{"maybe_counts":[null,"x"]}""", "$.maybe_counts[1]")]
    [InlineData("""{"scores":{"a":"high"}}""", "$.scores.a")]
    [InlineData("""{"levels":["low","urgent"]}""", "$.levels[1]")]
    [InlineData("""{"people":[{"name":"A","email":"a@b","x":1},{"name":"B"}]}""", "$.people[1].email")]
    public void Errors_in_nested_collections_carry_indices_and_keys(string json, string path) =>
        Assert.Contains(Read<CollectionShapes>(json).Errors, e => e.Path == path);

    private static string Primitives(string property, string value)
    {
        string json = """{"text":"t","flag":true,"tiny":1,"octet":1,"small":1,"small_unsigned":1,"number":1,"number_unsigned":1,"big":1,"big_unsigned":1,"ratio":1,"real":1,"money":1}""";
        string key = "\"" + property + "\":";
        int start = json.IndexOf(key, StringComparison.Ordinal) + key.Length;
        int end = json.IndexOfAny([',', '}'], start);
        return json[..start] + value + json[end..];
    }
}
