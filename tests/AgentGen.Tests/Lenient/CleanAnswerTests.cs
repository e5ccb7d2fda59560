using System;
using System.Linq;
using AgentGen.Agents;
using Microsoft.Extensions.AI;

namespace AgentGen.Tests.Lenient;

/// <summary>
/// An answer that is one clean object, alone or in its one code fence, goes straight to the reader; these are the answers
/// that look clean but are not, and must read exactly as the full pre-pass reads them.
/// </summary>
public sealed class CleanAnswerTests
{
    private const string Lookup = """{"intent": "lookup_order", "order_id": "A-1"}""";
    private const string Close = """{"intent": "close_case", "summary": "Refunded."}""";

    private static StepAnswer<ISupportStep> Read(string answer) =>
        AgentSteps.ReadJsonAnswer<ISupportStep>(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)), ISupportStep.ReadJson);

    [Theory]
    [InlineData(Close + " // or: " + Lookup)]
    [InlineData("```json\n" + Close + " // or: " + Lookup + "\n```")]
    [InlineData("```json\n" + Close + "\n```\nor perhaps " + Lookup)]
    [InlineData("Maybe " + Lookup + " first?\n```json\n" + Close + "\n```")]
    public void A_second_object_in_a_comment_or_in_the_prose_makes_the_answer_ambiguous(string answer)
    {
        StepAnswer<ISupportStep> read = Read(answer);

        ToolReadError error = Assert.Single(read.Result.Errors);
        Assert.Contains("2 different objects", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"intent": "ask_customer", "question": "Is it on https://example.com/orders/A-1?"}""")]
    [InlineData("Here it is:\n```json\n{\"intent\": \"ask_customer\", // the only question\n\"question\": \"Is it on https://example.com/orders/A-1?\"}\n```")]
    public void Slashes_in_strings_and_comments_read_the_same(string answer)
    {
        StepAnswer<ISupportStep> read = Read(answer);

        Assert.True(read.Result.IsSuccess, string.Join("; ", read.Result.Errors.Select(e => e.Message)));
        Assert.Equal(new AskCustomer("Is it on https://example.com/orders/A-1?"), read.Result.Value);
    }

    [Fact]
    public void The_function_call_shape_is_still_rewritten()
    {
        StepAnswer<ISupportStep> read = Read("""{"name": "lookup_order", "arguments": {"order_id": "A-1"}}""");

        Assert.Equal(new LookupOrder("A-1"), read.Result.Value);
    }

    [Fact]
    public void A_clean_object_the_reader_refuses_gets_the_pre_pass_error()
    {
        StepAnswer<ISupportStep> read = Read("```json\n{\"intent\": \"Lookup Order\", \"order_id\": 5}\n```");

        ToolReadError error = Assert.Single(read.Result.Errors);
        Assert.Equal(ToolReadErrorKind.WrongType, error.Kind);
        Assert.Equal("$.order_id", error.Path);
        Assert.Equal("Lookup Order", read.ToolName);
    }
}
