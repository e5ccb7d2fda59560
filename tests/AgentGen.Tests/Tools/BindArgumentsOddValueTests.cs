using System;
using System.Collections.Generic;
using System.Text.Json;
using static AgentGen.Tests.Tools.ToolJson;

namespace AgentGen.Tests.Tools;

/// <summary>Argument values no well-behaved provider produces: binding reports them as errors at their path and never throws.</summary>
public sealed class BindArgumentsOddValueTests
{
    public static TheoryData<string, object?> OddValues => new()
    {
        { "real", new object() },
        { "real", Guid.Empty },
        { "real", double.NaN },
        { "real", float.PositiveInfinity },
        { "real", new Dictionary<string, object?>() },
        { "money", double.NaN },
        { "money", new[] { 1 } },
        { "number", ulong.MaxValue },
        { "number", Int128.MaxValue },
        { "number", decimal.MaxValue },
        { "number", TimeSpan.Zero },
        { "flag", 1 },
        { "text", 42 },
        { "text", new Uri("https://x.example") },
        { "big_unsigned", -1 },
    };

    [Theory]
    [MemberData(nameof(OddValues))]
    public void An_odd_clr_value_is_an_error_at_its_path(string property, object? value)
    {
        ToolReadError error = SingleError(AllPrimitives.BindArguments(Primitives(property, value)));

        Assert.Equal("$." + property, error.Path);
        Assert.True(error.Kind is ToolReadErrorKind.WrongType or ToolReadErrorKind.InvalidValue, error.Message);
    }

    [Theory]
    [InlineData("real", 1.5f, 1.5)]
    [InlineData("real", 7, 7.0)]
    [InlineData("money", 2.5, 2.5)]
    [InlineData("ratio", 0.25, 0.25)]
    public void Any_numeric_clr_type_binds_to_a_floating_point_or_decimal_property(string property, object value, double expected)
    {
        AllPrimitives bound = AllPrimitives.BindArguments(Primitives(property, value)).Value!;

        Assert.Equal(expected, property switch { "real" => bound.Real, "money" => (double)bound.Money, _ => bound.Ratio });
    }

    [Fact]
    public void A_json_element_string_with_a_lone_surrogate_is_an_error_when_bound()
    {
        var arguments = new Dictionary<string, object?> { ["query"] = JsonDocument.Parse("\"bad \\ud800 text\"").RootElement };

        ToolReadError error = SingleError(SearchLogs.BindArguments(arguments));

        Assert.Equal("$.query", error.Path);
    }

    [Theory]
    [InlineData("real")]
    [InlineData("money")]
    [InlineData("ratio")]
    public void A_char_date_or_dbnull_for_a_number_is_an_error_when_bound(string property)
    {
        foreach (object value in new object[] { 'c', DateTime.UnixEpoch, DBNull.Value })
        {
            ToolReadError error = SingleError(AllPrimitives.BindArguments(Primitives(property, value)));
            Assert.Equal("$." + property, error.Path);
        }
    }

    [Fact]
    public void An_undeclared_clr_enum_value_is_an_unknown_enum_value_when_bound()
    {
        Dictionary<string, object?> arguments = ClrArguments("""{"title":"abc","labels":[],"watchers":[],"settings":{"channel":"email"}}""");
        arguments["severity"] = (Severity)42;

        ToolReadError error = SingleError(OpenTicket.BindArguments(arguments));

        Assert.Equal(ToolReadErrorKind.UnknownEnumValue, error.Kind);
        Assert.Equal("$.severity", error.Path);
    }

    [Fact]
    public void A_declared_clr_enum_value_binds()
    {
        Dictionary<string, object?> arguments = ClrArguments("""{"title":"abc","labels":[],"watchers":[],"settings":{"channel":"email"}}""");
        arguments["severity"] = Severity.High;

        Assert.Equal(Severity.High, OpenTicket.BindArguments(arguments).Value?.Severity);
    }

    private static Dictionary<string, object?> Primitives(string property, object? value)
    {
        Dictionary<string, object?> arguments = ClrArguments("""{"text":"t","flag":true,"tiny":1,"octet":1,"small":1,"small_unsigned":1,"number":1,"number_unsigned":1,"big":1,"big_unsigned":1,"ratio":1,"real":1,"money":1}""");
        arguments[property] = value;
        return arguments;
    }
}
