namespace AgentGen.Tests.Lenient;

/// <summary>A union's strict reader gets an intent no tool can have: a typed error, never an exception.</summary>
public sealed class UnionDiscriminatorTests
{
    [Fact]
    public void An_intent_holding_an_escaped_lone_surrogate_is_an_unknown_tool()
    {
        ToolReadResult<ISupportStep> read = ISupportStep.ReadJson("{\"intent\":\"\\ud800\"}"u8);

        ToolReadError error = Assert.Single(read.Errors);
        Assert.Equal(ToolReadErrorKind.UnknownTool, error.Kind);
        Assert.Contains("lookup_order", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_name_holding_a_lone_surrogate_is_a_typed_error_of_the_chosen_tool()
    {
        ToolReadResult<ISupportStep> read = ISupportStep.ReadJson("{\"\\udc00\":1,\"intent\":\"lookup_order\",\"order_id\":\"A-1\"}"u8);

        ToolReadError error = Assert.Single(read.Errors);
        Assert.Equal(ToolReadErrorKind.MalformedJson, error.Kind);
        Assert.DoesNotContain("UTF-8", error.Expected, System.StringComparison.Ordinal);
        Assert.Contains("surrogate", error.Message, System.StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_string_that_is_not_valid_utf8_says_so()
    {
        byte[] json = System.Text.Encoding.UTF8.GetBytes("{\"order_id\":\"A-?\"}");
        json[System.Array.IndexOf(json, (byte)'?')] = 0xFF;

        ToolReadError error = Assert.Single(LookupOrder.ReadJson(json).Errors);

        Assert.Equal(ToolReadErrorKind.MalformedJson, error.Kind);
        Assert.Contains("UTF-8", error.Expected, System.StringComparison.Ordinal);
    }
}
