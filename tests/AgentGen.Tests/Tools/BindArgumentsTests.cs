using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Microsoft.Extensions.AI;
using static AgentGen.Tests.Tools.ToolJson;

namespace AgentGen.Tests.Tools;

/// <summary>The generated <c>BindArguments</c>: the arguments of a <see cref="FunctionCallContent"/>, whatever the provider put in them.</summary>
public sealed class BindArgumentsTests
{
    private const string TicketJson = """
        {"title":"API 5xx spike","severity":"high","labels":["api","db"],"owner":{"name":"Ada","email":"ada@example.com"},
         "escalation":null,"watchers":[{"name":"Lin","email":"lin@example.com"}],"notes":"since 08:00",
         "settings":{"channel":"sms-text","retry_count":5,"queue":null},"counters":{"pages":2}}
        """;

    public static TheoryData<string> TicketDocuments => new()
    {
        TicketJson,
        """{"title":"abc","severity":"low","labels":[],"watchers":[],"settings":{"channel":"email"}}""",
        """{"title":"abc","severity":"LOW","labels":["x"],"owner":null,"watchers":[],"settings":{"channel":"PagerDuty","retry_count":"2"},"counters":{}}""",
    };

    [Theory]
    [MemberData(nameof(TicketDocuments))]
    public void Json_element_arguments_bind_to_the_value_the_same_json_reads_to(string json)
    {
        ToolReadResult<OpenTicket> bound = OpenTicket.BindArguments(ElementArguments(json));

        Assert.True(bound.IsSuccess, bound.ToString());
        ToolEquivalence.AssertSame(ReadValue<OpenTicket>(json), bound.Value);
    }

    [Theory]
    [MemberData(nameof(TicketDocuments))]
    public void Nested_dictionaries_and_lists_of_clr_values_bind_to_the_same_value(string json)
    {
        ToolReadResult<OpenTicket> bound = OpenTicket.BindArguments(ClrArguments(json));

        Assert.True(bound.IsSuccess, bound.ToString());
        ToolEquivalence.AssertSame(ReadValue<OpenTicket>(json), bound.Value);
    }

    [Fact]
    public void Clr_primitives_of_every_numeric_type_bind()
    {
        var arguments = new Dictionary<string, object?>
        {
            ["text"] = "t",
            ["flag"] = true,
            ["tiny"] = -5,
            ["octet"] = 200L,
            ["small"] = (short)-300,
            ["small_unsigned"] = 65535.0,
            ["number"] = 42,
            ["number_unsigned"] = 4_000_000_000L,
            ["big"] = long.MinValue,
            ["big_unsigned"] = ulong.MaxValue,
            ["ratio"] = 0.5f,
            ["real"] = 2.5,
            ["money"] = 12.34m,
        };

        ToolReadResult<AllPrimitives> result = AllPrimitives.BindArguments(arguments);

        Assert.Equal(new AllPrimitives("t", true, -5, 200, -300, 65535, 42, 4_000_000_000, long.MinValue, ulong.MaxValue, 0.5f, 2.5, 12.34m), result.Value);
    }

    [Fact]
    public void Strings_bind_to_numbers_and_booleans_and_integral_doubles_to_integers()
    {
        var arguments = new Dictionary<string, object?> { ["query"] = "x", ["limit"] = "25", ["include_archived"] = "true", ["min_score"] = "0.5", ["service"] = "web" };
        Assert.Equal(new SearchLogs("x", 25, "web", IncludeArchived: true, MinScore: 0.5), SearchLogs.BindArguments(arguments).Value);

        arguments = new Dictionary<string, object?> { ["query"] = "x", ["limit"] = 25.0, ["min_score"] = 1L };
        Assert.Equal(new SearchLogs("x", 25, MinScore: 1), SearchLogs.BindArguments(arguments).Value);
    }

    [Fact]
    public void Typed_clr_values_bind_to_dates_times_identifiers_uris_and_enums()
    {
        var startsAt = new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.FromHours(2));
        var arguments = new Dictionary<string, object?>
        {
            ["starts_at"] = startsAt,
            ["created_at"] = new DateTime(2026, 11, 24, 6, 0, 0, DateTimeKind.Utc),
            ["day"] = new DateOnly(2026, 11, 24),
            ["at"] = new TimeOnly(8, 30),
            ["duration"] = TimeSpan.FromMinutes(90),
            ["ticket_id"] = Guid.Empty,
            ["runbook"] = new Uri("https://runbooks.example.com"),
            ["parent_id"] = null,
        };

        ScheduleMaintenance? value = ScheduleMaintenance.BindArguments(arguments).Value;

        Assert.Equal(
            new ScheduleMaintenance(startsAt, new DateTime(2026, 11, 24, 6, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 11, 24), new TimeOnly(8, 30), TimeSpan.FromMinutes(90), Guid.Empty, new Uri("https://runbooks.example.com")),
            value);
        Assert.Equal(
            Severity.Critical,
            OpenTicket.BindArguments(ClrArguments("""{"title":"abc","labels":[],"watchers":[],"settings":{"channel":"email"}}""").With("severity", Severity.Critical)).Value?.Severity);
    }

    [Fact]
    public void Mixed_json_elements_clr_values_arrays_and_non_generic_dictionaries_bind()
    {
        var arguments = new Dictionary<string, object?>
        {
            ["title"] = JsonDocument.Parse("\"mixed\"").RootElement,
            ["severity"] = "medium",
            ["labels"] = new[] { "a", "b" },
            ["owner"] = new Hashtable { ["name"] = "Ada", ["email"] = JsonDocument.Parse("\"ada@example.com\"").RootElement },
            ["watchers"] = new List<object?> { new Dictionary<string, object?> { ["name"] = "Lin", ["email"] = "lin@example.com" } },
            ["settings"] = JsonDocument.Parse("""{"channel":"pager_duty","retry_count":1}""").RootElement,
            ["counters"] = new Dictionary<string, object?> { ["pages"] = JsonDocument.Parse("3").RootElement, ["acks"] = 1 },
        };

        ToolReadResult<OpenTicket> result = OpenTicket.BindArguments(arguments);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(["a", "b"], result.Value.Labels);
        Assert.Equal(new Contact("Ada", "ada@example.com"), result.Value.Owner);
        Assert.Equal([new Contact("Lin", "lin@example.com")], result.Value.Watchers);
        Assert.Equal(Channel.PagerDuty, result.Value.Settings.Channel);
        Assert.Equal(3, result.Value.Counters["pages"]);
        Assert.Equal(1, result.Value.Counters["acks"]);
    }

    [Fact]
    public void Collections_bind_from_typed_arrays_and_nested_lists()
    {
        ToolReadResult<CollectionShapes> result = CollectionShapes.BindArguments(new Dictionary<string, object?>
        {
            ["numbers"] = new[] { 1, 2 },
            ["matrix"] = new int[][] { [1], [] },
            ["maybe_names"] = new List<string?> { null, "a" },
            ["maybe_counts"] = new object?[] { 1, null },
            ["ids"] = new[] { Guid.Empty },
            ["levels"] = new[] { "low", "HIGH" },
            ["weights"] = new[] { 0.5 },
            ["tags"] = new Dictionary<string, string> { ["a"] = "b" },
            ["groups"] = new Dictionary<string, object?> { ["ops"] = new[] { "ada" } },
            ["scores"] = new Dictionary<string, object?> { ["x"] = null },
            ["people"] = Array.Empty<object>(),
        });

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal([1, 2], result.Value.Numbers);
        Assert.Equal([1], result.Value.Matrix[0]);
        Assert.Equal([1L, null], result.Value.MaybeCounts);
        Assert.Equal([Severity.Low, Severity.High], result.Value.Levels);
        Assert.Equal(["ada"], result.Value.Groups["ops"]);
        Assert.Null(result.Value.Scores["x"]);
    }

    [Fact]
    public void Missing_arguments_are_missing_properties_and_null_arguments_are_an_empty_object()
    {
        ToolReadError error = SingleError(SearchLogs.BindArguments(null));
        Assert.Equal(ToolReadErrorKind.MissingProperty, error.Kind);
        Assert.Equal("$.query", error.Path);

        Assert.Equal(new SearchLogs("x"), SearchLogs.BindArguments(new Dictionary<string, object?> { ["query"] = "x" }).Value);
        Assert.Equal(["$.name"], ConfigureAlert.BindArguments(new Dictionary<string, object?>()).Errors.Select(e => e.Path));
    }

    [Fact]
    public void Function_call_content_arguments_bind_directly()
    {
        var call = new FunctionCallContent("call_1", SearchLogs.ToolName, new Dictionary<string, object?> { ["query"] = "timeout", ["limit"] = 5 });

        Assert.Equal(new SearchLogs("timeout", 5), SearchLogs.BindArguments(call.Arguments).Value);
    }

    [Theory]
    [InlineData("ten", "string \"ten\"")]
    [InlineData(true, "true")]
    [InlineData(2.5, "number 2.5")]
    public void A_wrong_type_names_the_path_and_what_was_found(object limit, string found)
    {
        ToolReadError error = SingleError(SearchLogs.BindArguments(new Dictionary<string, object?> { ["query"] = "x", ["limit"] = limit }));

        Assert.Equal(ToolReadErrorKind.WrongType, error.Kind);
        Assert.Equal("$.limit", error.Path);
        Assert.Equal(found, error.Found);
    }

    [Theory]
    [InlineData("""{"title":"abc","severity":"low","labels":["a","b",7],"watchers":[],"settings":{"channel":"email"}}""", "$.labels[2]", ToolReadErrorKind.WrongType)]
    [InlineData("""{"title":"abc","severity":"low","labels":[],"owner":{"name":"A","email":"nope"},"watchers":[],"settings":{"channel":"email"}}""", "$.owner.email", ToolReadErrorKind.InvalidValue)]
    [InlineData("""{"title":"abc","severity":"low","labels":[],"watchers":[{"name":"A","email":"a@b"},{"email":"b@c"}],"settings":{"channel":"email"}}""", "$.watchers[1].name", ToolReadErrorKind.MissingProperty)]
    [InlineData("""{"title":"abc","severity":"low","labels":[],"watchers":[],"settings":{"channel":"fax"}}""", "$.settings.channel", ToolReadErrorKind.UnknownEnumValue)]
    [InlineData("""{"title":"abc","severity":"low","labels":[],"watchers":[],"settings":{"channel":"email"},"counters":{"on call":1.5}}""", "$.counters['on call']", ToolReadErrorKind.WrongType)]
    [InlineData("""{"title":"a","severity":"low","labels":[],"watchers":[],"settings":{"channel":"email"}}""", "$.title", ToolReadErrorKind.InvalidValue)]
    public void Nested_errors_carry_their_path_whether_bound_from_elements_or_clr_values(string json, string path, ToolReadErrorKind kind)
    {
        foreach (Dictionary<string, object?> arguments in new[] { ElementArguments(json), ClrArguments(json) })
        {
            ToolReadError error = SingleError(OpenTicket.BindArguments(arguments));
            Assert.Equal(path, error.Path);
            Assert.Equal(kind, error.Kind);
        }
    }

    [Fact]
    public void An_unknown_enum_value_lists_the_allowed_values()
    {
        ToolReadError error = SingleError(SearchLogs.BindArguments(new Dictionary<string, object?> { ["query"] = "x", ["min_level"] = "verbose" }));

        Assert.Equal(ToolReadErrorKind.UnknownEnumValue, error.Kind);
        Assert.Equal("$.min_level", error.Path);
        Assert.Equal("one of \"debug\", \"info\", \"warning\", \"error\"", error.Expected);
        Assert.Equal("string \"verbose\"", error.Found);
    }

    [Fact]
    public void Unknown_arguments_are_ignored_by_default_and_errors_when_disallowed()
    {
        Dictionary<string, object?> arguments = ClrArguments("""{"query":"x","verbose":true,"extra":{"a":1}}""");
        Assert.Equal(new SearchLogs("x"), SearchLogs.BindArguments(arguments).Value);

        ToolReadResult<SearchLogs> strict = SearchLogs.BindArguments(arguments, new ToolReadOptions { DisallowUnknownProperties = true });
        Assert.Equal(["$.verbose", "$.extra"], strict.Errors.Select(e => e.Path));
        Assert.All(strict.Errors, e => Assert.Equal(ToolReadErrorKind.UnknownProperty, e.Kind));
    }

    [Theory]
    [InlineData("tiny", 200)]
    [InlineData("octet", -1)]
    [InlineData("number", 3_000_000_000L)]
    [InlineData("small_unsigned", 70_000)]
    public void Integers_outside_their_type_are_invalid_values(string property, object value)
    {
        Dictionary<string, object?> arguments = ClrArguments("""{"text":"t","flag":true,"tiny":1,"octet":1,"small":1,"small_unsigned":1,"number":1,"number_unsigned":1,"big":1,"big_unsigned":1,"ratio":1,"real":1,"money":1}""");
        arguments[property] = value;

        ToolReadError error = SingleError(AllPrimitives.BindArguments(arguments));

        Assert.Equal(ToolReadErrorKind.InvalidValue, error.Kind);
        Assert.Equal("$." + property, error.Path);
    }

    [Fact]
    public void Defaults_apply_to_missing_arguments_of_classes_and_nested_objects()
    {
        ConfigureAlert alert = ConfigureAlert.BindArguments(new Dictionary<string, object?> { ["name"] = "cpu" }).Value!;
        Assert.Equal(10, alert.Threshold);
        Assert.Empty(alert.Recipients);

        OpenTicket ticket = OpenTicket.BindArguments(ClrArguments("""{"title":"abc","severity":"low","labels":[],"watchers":[],"settings":{"channel":"email"}}""")).Value!;
        Assert.Equal(3, ticket.Settings.RetryCount);
        Assert.Empty(ticket.Counters);
    }

    [Fact]
    public void Null_for_an_optional_argument_takes_its_default()
    {
        var arguments = new Dictionary<string, object?> { ["query"] = "x", ["limit"] = null, ["service"] = null, ["min_level"] = null, ["include_archived"] = null, ["min_score"] = null };

        Assert.Equal(new SearchLogs("x"), SearchLogs.BindArguments(arguments).Value);
        Assert.Equal(new SearchLogs("x"), SearchLogs.BindArguments(ElementArguments("""{"query":"x","limit":null,"min_score":null}""")).Value);
    }
}

internal static class ArgumentDictionaryExtensions
{
    public static Dictionary<string, object?> With(this Dictionary<string, object?> arguments, string name, object? value)
    {
        arguments[name] = value;
        return arguments;
    }
}
