using AgentGen.Agents;
using AgentGen.Serialization.Lenient;
using Microsoft.Extensions.AI;

namespace AgentGen.Tests.Lenient;

/// <summary>
/// Text cut in the middle of a surrogate pair (an emoji split by a token limit), or a lone surrogate written as an escape:
/// the pre-pass must still never throw.
/// </summary>
public sealed class LoneSurrogateTests
{
    [Fact]
    public void A_lone_surrogate_in_a_repaired_object_reads_as_the_replacement_character()
    {
        StepAnswer<ISupportStep> read = AgentSteps.ReadJsonAnswer<ISupportStep>(
            new ChatResponse(new ChatMessage(ChatRole.Assistant, "{'intent': 'lookup_order', 'order_id': 'A-1 \ud83d'}")),
            ISupportStep.ReadJson);

        Assert.Equal(new LookupOrder("A-1 \ufffd"), read.Result.Value);
    }

    [Fact]
    public void The_pre_pass_finds_the_object_and_what_it_can_of_its_intent()
    {
        // Built in code: an attribute argument cannot hold a lone surrogate.
        (string Text, string? Intent)[] cases =
        [
            ("{\"intent\": \"lookup_\ud83d\"}", "lookup_\ufffd"),
            ("""{"intent": "\ud83d"}""", null),
            ("""{"\ud83d": 1, "intent": "lookup_order"}""", "lookup_order"),
            ("""{"name": "\ud83d", "arguments": {"order_id": "A-1"}}""", null),
        ];

        foreach ((string text, string? intent) in cases)
        {
            LenientJsonResult parsed = LenientJson.Parse(text);

            Assert.Equal(intent, Assert.Single(parsed.Candidates).Intent);
        }
    }
}
