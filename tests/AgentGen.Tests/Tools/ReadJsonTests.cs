using System;
using System.Collections.Generic;
using System.Linq;
using static AgentGen.Tests.Tools.ToolJson;

namespace AgentGen.Tests.Tools;

/// <summary>What the generated <c>ReadJson</c> accepts, and the values it produces.</summary>
public sealed class ReadJsonTests
{
    [Fact]
    public void Reads_every_primitive_kind_at_its_limits()
    {
        AllPrimitives value = ReadValue<AllPrimitives>("""
            {"text":"h\u00e9llo \"quoted\" \ud83d\ude00","flag":true,"tiny":-128,"octet":255,"small":-32768,"small_unsigned":65535,
             "number":-2147483648,"number_unsigned":4294967295,"big":-9223372036854775808,"big_unsigned":18446744073709551615,
             "ratio":3.5,"real":-1.25e-300,"money":79228162514264337593543950335}
            """);

        Assert.Equal(
            new AllPrimitives("h\u00e9llo \"quoted\" \U0001F600", true, sbyte.MinValue, byte.MaxValue, short.MinValue, ushort.MaxValue, int.MinValue, uint.MaxValue, long.MinValue, ulong.MaxValue, 3.5f, -1.25e-300, decimal.MaxValue),
            value);
    }

    [Fact]
    public void Reads_dates_times_identifiers_and_uris()
    {
        ScheduleMaintenance value = ReadValue<ScheduleMaintenance>("""
            {"starts_at":"2026-11-24T08:00:00+02:00","created_at":"2026-11-24T06:00:00Z","day":"2026-11-24","at":"08:30:15.25",
             "duration":"1.02:03:04.5000000","ticket_id":"0f8fad5b-d9cb-469f-a165-70867728950e","runbook":"https://runbooks.example.com/db?step=2"}
            """);

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.FromHours(2)), value.StartsAt);
        Assert.Equal(TimeSpan.FromHours(2), value.StartsAt.Offset);
        Assert.Equal(new DateTime(2026, 11, 24, 6, 0, 0, DateTimeKind.Utc), value.CreatedAt);
        Assert.Equal(new DateOnly(2026, 11, 24), value.Day);
        Assert.Equal(new TimeOnly(8, 30, 15, 250), value.At);
        Assert.Equal(new TimeSpan(1, 2, 3, 4, 500), value.Duration);
        Assert.Equal(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), value.TicketId);
        Assert.Equal(new Uri("https://runbooks.example.com/db?step=2"), value.Runbook);
        Assert.Null(value.EndsAt);
        Assert.Null(value.ParentId);
    }

    [Fact]
    public void Reads_nested_records_classes_lists_and_dictionaries()
    {
        OpenTicket value = ReadValue<OpenTicket>("""
            {"title":"API 5xx spike","severity":"high","labels":["api","db"],"owner":{"name":"Ada","email":"ada@example.com"},
             "escalation":"critical","watchers":[{"name":"Lin","email":"lin@example.com"}],"notes":"since 08:00",
             "settings":{"channel":"sms-text","retry_count":5,"queue":"ops"},"counters":{"pages":2,"retries":0}}
            """);

        Assert.Equal("API 5xx spike", value.Title);
        Assert.Equal(Severity.High, value.Severity);
        Assert.Equal(["api", "db"], value.Labels);
        Assert.Equal(new Contact("Ada", "ada@example.com"), value.Owner);
        Assert.Equal(Severity.Critical, value.Escalation);
        Assert.Equal([new Contact("Lin", "lin@example.com")], value.Watchers);
        Assert.Equal("since 08:00", value.Notes);
        Assert.Equal(Channel.SmsText, value.Settings.Channel);
        Assert.Equal(5, value.Settings.RetryCount);
        Assert.Equal("ops", value.Settings.Queue);
        Assert.Equal(new Dictionary<string, int> { ["pages"] = 2, ["retries"] = 0 }, value.Counters);
    }

    [Fact]
    public void Reads_arrays_nested_lists_lists_of_nullables_and_dictionaries()
    {
        CollectionShapes value = ReadValue<CollectionShapes>("""
            {"numbers":[1,2,3],"matrix":[[1],[],[2,3]],"maybe_names":["a",null],"maybe_counts":[null,7],
             "ids":["0f8fad5b-d9cb-469f-a165-70867728950e"],"levels":["low","critical"],"weights":[0.5,1e3],
             "tags":{"team":"core","":"empty key"},"groups":{"ops":["ada","lin"],"none":[]},"scores":{"a":1.5,"b":null},
             "people":[]}
            """);

        Assert.Equal([1, 2, 3], value.Numbers);
        Assert.Equal(3, value.Matrix.Count);
        Assert.Equal([2, 3], value.Matrix[2]);
        Assert.Empty(value.Matrix[1]);
        Assert.Equal(["a", null], value.MaybeNames);
        Assert.Equal([null, 7L], value.MaybeCounts);
        Assert.Equal([Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")], value.Ids);
        Assert.Equal([Severity.Low, Severity.Critical], value.Levels);
        Assert.Equal([0.5, 1000.0], value.Weights);
        Assert.Equal("empty key", value.Tags[""]);
        Assert.Equal(["ada", "lin"], value.Groups["ops"]);
        Assert.Empty(value.Groups["none"]);
        Assert.Equal(1.5, value.Scores["a"]);
        Assert.Null(value.Scores["b"]);
        Assert.Empty(value.People);
    }

    [Fact]
    public void Missing_optional_properties_take_their_declared_defaults()
    {
        Assert.Equal(new SearchLogs("x", 50, "api", LogLevel.Warning, false, 0.25), ReadValue<SearchLogs>("""{"query":"x"}"""));
        Assert.Equal(new RotateSecret("db", TimeSpan.FromMinutes(5), DryRun: true), ReadValue<RotateSecret>("""{"secret-name":"db","grace-period":"00:05:00"}"""));

        OpenTicket ticket = ReadValue<OpenTicket>("""{"title":"abc","severity":"low","labels":[],"watchers":[],"settings":{"channel":"email"}}""");
        Assert.Null(ticket.Owner);
        Assert.Null(ticket.Escalation);
        Assert.Null(ticket.Notes);
        Assert.Empty(ticket.Counters);
        Assert.Equal(3, ticket.Settings.RetryCount);
        Assert.Null(ticket.Settings.Queue);

        ConfigureAlert alert = ReadValue<ConfigureAlert>("""{"name":"cpu"}""");
        Assert.Equal(10, alert.Threshold);
        Assert.Null(alert.Channel);
        Assert.Empty(alert.Recipients);
    }

    [Fact]
    public void Present_optional_properties_replace_their_defaults()
    {
        Assert.Equal(
            new SearchLogs("x", 7, "billing", LogLevel.Debug, true, 0.9),
            ReadValue<SearchLogs>("""{"query":"x","limit":7,"service":"billing","min_level":"debug","include_archived":true,"min_score":0.9}"""));

        ConfigureAlert alert = ReadValue<ConfigureAlert>("""{"name":"cpu","threshold":90,"channel":"ops","recipients":["ada"]}""");
        Assert.Equal(90, alert.Threshold);
        Assert.Equal("ops", alert.Channel);
        Assert.Equal(["ada"], alert.Recipients);
    }

    [Fact]
    public void Null_for_an_optional_property_takes_its_default_as_strict_mode_models_send_it()
    {
        Assert.Equal(
            new SearchLogs("x"),
            ReadValue<SearchLogs>("""{"query":"x","limit":null,"service":null,"min_level":null,"include_archived":null,"min_score":null}"""));

        OpenTicket ticket = ReadValue<OpenTicket>("""
            {"title":"abc","severity":"low","labels":[],"owner":null,"escalation":null,"watchers":[],"notes":null,
             "settings":{"channel":"email","retry_count":null,"queue":null},"counters":null}
            """);
        Assert.Equal(3, ticket.Settings.RetryCount);
        Assert.Empty(ticket.Counters);

        ConfigureAlert alert = ReadValue<ConfigureAlert>("""{"name":"cpu","threshold":null,"channel":null,"recipients":null}""");
        Assert.Equal(10, alert.Threshold);
        Assert.Empty(alert.Recipients);
    }

    [Fact]
    public void Null_is_a_value_for_nullable_references_and_values()
    {
        OpenTicket ticket = ReadValue<OpenTicket>("""
            {"title":"abc","severity":"low","labels":[],"owner":null,"escalation":null,"watchers":[],"notes":null,"settings":{"channel":"email","queue":null}}
            """);

        Assert.Null(ticket.Owner);
        Assert.Null(ticket.Escalation);
        Assert.Null(ticket.Notes);
        Assert.Null(ticket.Settings.Queue);
        Assert.Null(ReadValue<CreateUserAccount>("""{"firstName":"Ada","lastName":"L","ageInYears":null,"homeAddress":{"streetLine":"1 Main","postalCode":"1000","countryCode":"BE"}}""").AgeInYears);
    }

    [Fact]
    public void Numbers_and_booleans_written_as_strings_are_accepted()
    {
        Assert.Equal(
            new SearchLogs("x", 25, MinLevel: LogLevel.Warning, IncludeArchived: true, MinScore: 0.5),
            ReadValue<SearchLogs>("""{"query":"x","limit":"25","include_archived":"true","min_score":"0.5"}"""));

        AllPrimitives value = ReadValue<AllPrimitives>("""
            {"text":"t","flag":"false","tiny":"-1","octet":"2","small":"-3","small_unsigned":"4","number":"-5","number_unsigned":"6",
             "big":"-7","big_unsigned":"18446744073709551615","ratio":"0.25","real":"1e-3","money":"12.345"}
            """);
        Assert.Equal(new AllPrimitives("t", false, -1, 2, -3, 4, -5, 6, -7, ulong.MaxValue, 0.25f, 0.001, 12.345m), value);
    }

    [Theory]
    [InlineData("10.0")]
    [InlineData("1e1")]
    [InlineData("100E-1")]
    public void Integral_numbers_written_with_a_fraction_or_an_exponent_are_integers(string limit) =>
        Assert.Equal(10, ReadValue<SearchLogs>($$"""{"query":"x","limit":{{limit}}}""").Limit);

    [Theory]
    [InlineData("\"high\"", Severity.High)]
    [InlineData("\"HIGH\"", Severity.High)]
    [InlineData("\"High\"", Severity.High)]
    [InlineData("\"critical\"", Severity.Critical)]
    public void Enum_values_match_their_json_name_ignoring_case_or_their_csharp_name(string json, Severity expected) =>
        Assert.Equal(expected, ReadValue<OpenTicket>($$$"""{"title":"abc","severity":{{{json}}},"labels":[],"watchers":[],"settings":{"channel":"email"}}""").Severity);

    [Theory]
    [InlineData("sms-text")]
    [InlineData("SMS-TEXT")]
    [InlineData("SmsText")]
    public void Enum_members_renamed_with_JsonStringEnumMemberName_read_by_either_name(string channel) =>
        Assert.Equal(Channel.SmsText, ReadValue<OpenTicket>($$$"""{"title":"abc","severity":"low","labels":[],"watchers":[],"settings":{"channel":"{{{channel}}}"}}""").Settings.Channel);

    [Fact]
    public void Unknown_properties_are_skipped_by_default_whatever_their_value()
    {
        SearchLogs value = ReadValue<SearchLogs>("""
            {"thought":"let me search","query":"x","extra":{"deep":[1,{"a":[null,true]}]},"limit":3,"more":[[]]}
            """);

        Assert.Equal(new SearchLogs("x", 3), value);
        Assert.Equal(new Contact("Ada", "ada@example.com"), ReadValue<OpenTicket>("""
            {"title":"abc","severity":"low","labels":[],"owner":{"phone":"+32","name":"Ada","email":"ada@example.com"},"watchers":[],"settings":{"channel":"email","x":1}}
            """).Owner);
    }

    [Fact]
    public void Comments_trailing_commas_and_surrounding_whitespace_are_accepted() =>
        Assert.Equal(new SearchLogs("x", 3), ReadValue<SearchLogs>("""

              // the model explains itself
              { "query": "x", /* inline */ "limit": 3, }

            """));

    [Fact]
    public void Properties_may_come_in_any_order() =>
        Assert.Equal(
            new SearchLogs("x", 3, "web"),
            ReadValue<SearchLogs>("""{"service":"web","limit":3,"query":"x"}"""));

    [Fact]
    public void Explicit_tool_and_property_names_are_what_the_model_sees_and_writes()
    {
        Assert.Equal("lookup_customer_v2", LookupCustomer.ToolName);
        Assert.Equal(new LookupCustomer("ada", 9), ReadValue<LookupCustomer>("""{"q":"ada","max-results":9}"""));

        ToolReadError error = SingleError(Read<LookupCustomer>("""{"search_text":"ada"}"""));
        Assert.Equal(ToolReadErrorKind.MissingProperty, error.Kind);
        Assert.Equal("$.q", error.Path);
    }

    [Fact]
    public void Camel_case_naming_applies_to_properties_nested_objects_and_enum_values()
    {
        CreateUserAccount value = ReadValue<CreateUserAccount>("""
            {"firstName":"Ada","lastName":"Lovelace","ageInYears":36,"homeAddress":{"streetLine":"1 Main","postalCode":"1000","countryCode":"BE"},"role":"readOnly"}
            """);

        Assert.Equal(new CreateUserAccount("Ada", "Lovelace", 36, new Address("1 Main", "1000", "BE"), AccountRole.ReadOnly), value);
        Assert.Equal(
            ["$.firstName", "$.lastName", "$.homeAddress"],
            Read<CreateUserAccount>("""{"first_name":"Ada","last_name":"L","home_address":{}}""").Errors.Select(e => e.Path));
    }

    [Fact]
    public void Kebab_case_naming_applies_to_properties() =>
        Assert.Equal(
            new RotateSecret("db", new TimeSpan(1, 0, 0, 0), DryRun: false),
            ReadValue<RotateSecret>("""{"secret-name":"db","grace-period":"1.00:00:00","dry-run":false}"""));

    [Fact]
    public void A_tool_declared_as_a_class_reads_required_init_and_settable_properties()
    {
        ConfigureAlert alert = ReadValue<ConfigureAlert>("""{"channel":"ops","name":"disk","threshold":"42"}""");

        Assert.Equal("disk", alert.Name);
        Assert.Equal(42, alert.Threshold);
        Assert.Equal("ops", alert.Channel);
        Assert.Equal("configure_alert", ConfigureAlert.ToolName);
        Assert.Equal("Configure an alert rule.", ConfigureAlert.ToolDescription);
    }

    [Fact]
    public void Tool_names_and_descriptions_come_from_the_type_and_its_documentation()
    {
        Assert.Equal("search_logs", SearchLogs.ToolName);
        Assert.Equal("Search the service logs.", SearchLogs.ToolDescription);
        Assert.Equal("open_ticket", OpenTicket.GetDeclaration().Name);
        Assert.Equal("Open a ticket for the on-call team.", OpenTicket.GetDeclaration(strict: true).Description);
        Assert.Equal("create_user_account", CreateUserAccount.ToolName);
    }
}
