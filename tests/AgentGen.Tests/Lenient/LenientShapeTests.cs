using System.Collections.Generic;
using AgentGen;
using AgentGen.Agents;
using AgentGen.Serialization.Lenient;
using Microsoft.Extensions.AI;

namespace AgentGen.Tests.Lenient;

/// <summary>The next steps of <see cref="LenientShapeTests"/>: a tool with an array and a number.</summary>
[NextStep] public partial interface ITagStep : ITool;

/// <summary>Tag images.</summary>
/// <param name="Tags">The tags.</param>
/// <param name="Count">How many images.</param>
[Tool] public sealed partial record TagImages(List<string> Tags, int Count) : ITagStep;

/// <summary>Finish.</summary>
/// <param name="Summary">What was done.</param>
[Tool, Terminal] public sealed partial record FinishTagging(string Summary) : ITagStep;

/// <summary>Repairs the reader's errors point to: names under another spelling, a single value for an array and the reverse.</summary>
public sealed class LenientShapeTests
{
    private static StepAnswer<ITagStep> Read(string answer) =>
        AgentSteps.ReadJsonAnswer<ITagStep>(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)), ITagStep.ReadJson);

    [Theory]
    [InlineData("""{"intent": "tag_images", "tags": "blue", "count": 1}""", new[] { "blue" }, 1, LenientRepair.SingleValueList)]
    [InlineData("""{"intent": "tag_images", "tags": ["blue"], "count": [1]}""", new[] { "blue" }, 1, LenientRepair.SingleValueList)]
    [InlineData("""{"intent": "tag_images", "Tags": ["a", "b"], "COUNT": "2"}""", new[] { "a", "b" }, 2, LenientRepair.NameCase | LenientRepair.ValueInString)]
    [InlineData("""{"intent": "tag_images", "TAGS": "a", "count": 1}""", new[] { "a" }, 1, LenientRepair.NameCase | LenientRepair.SingleValueList)]
    [InlineData("""{"intent": "tag_images", "tags": ["a"], "count": 1, "confidence": 0.9}""", new[] { "a" }, 1, LenientRepair.None)]
    public void A_repairable_shape_reads_and_reports_its_repairs(string answer, string[] tags, int count, LenientRepair repairs)
    {
        StepAnswer<ITagStep> read = Read(answer);

        TagImages value = Assert.IsType<TagImages>(read.Result.Value);
        Assert.Equal(tags, value.Tags);
        Assert.Equal(count, value.Count);
        Assert.Equal(repairs, read.Repairs & ~(LenientRepair.CodeFence | LenientRepair.SurroundingText));
    }

    [Fact]
    public void An_array_of_two_values_for_a_single_value_is_still_an_error_that_names_it()
    {
        StepAnswer<ITagStep> read = Read("""{"intent": "tag_images", "tags": ["a"], "count": [1, 2]}""");

        ToolReadError error = Assert.Single(read.Result.Errors);
        Assert.Equal(ToolReadErrorKind.WrongType, error.Kind);
        Assert.Equal("$.count", error.Path);
    }

    [Fact]
    public void A_name_two_declared_names_normalize_to_is_not_guessed()
    {
        // "Tags" would fit "tags"; "tag-s" normalizes to "tag_s", which no declared name is: the required property stays missing.
        StepAnswer<ITagStep> read = Read("""{"intent": "tag_images", "tag-s": ["a"], "count": 1}""");

        Assert.False(read.Result.IsSuccess);
        Assert.Contains(read.Result.Errors, e => e.Kind == ToolReadErrorKind.MissingProperty && e.Path == "$.tags");
    }
}
