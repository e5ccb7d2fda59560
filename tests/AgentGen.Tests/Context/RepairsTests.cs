using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using AgentGen.Agents;
using AgentGen.Serialization.Lenient;
using AgentGen.Testing;
using Microsoft.Extensions.AI;
using static AgentGen.Tests.Agents.AgentTestKit;

namespace AgentGen.Tests.Context;

/// <summary>Each repair the lenient pre-pass applies is on the step's answer, and on the model call's span, so it can be logged.</summary>
public sealed class RepairsTests
{
    private const string FencedInProse = "Sure! The next step is:\n```json\n{\"intent\": \"context_lookup\", \"query\": \"disk usage\"}\n```\nLet me know.";

    [Fact]
    public void A_fenced_prose_wrapped_answer_reports_its_repairs()
    {
        StepAnswer<IContextStep> answer = AgentSteps.ReadJsonAnswer<IContextStep>(Response(FencedInProse), IContextStep.ReadJson);

        Assert.Equal(new ContextLookup("disk usage"), answer.Result.Value);
        Assert.Equal(LenientRepair.CodeFence | LenientRepair.SurroundingText, answer.Repairs);
    }

    [Fact]
    public void A_clean_answer_reports_no_repair_and_a_renamed_intent_reports_its_normalization()
    {
        StepAnswer<IContextStep> clean = AgentSteps.ReadJsonAnswer<IContextStep>(Response("""{"intent": "context_lookup", "query": "q"}"""), IContextStep.ReadJson);
        StepAnswer<IContextStep> renamed = AgentSteps.ReadJsonAnswer<IContextStep>(Response("""{"intent": "Context-Lookup", "query": "q",}"""), IContextStep.ReadJson);

        Assert.Equal(LenientRepair.None, clean.Repairs);
        Assert.Equal(new ContextLookup("q"), renamed.Result.Value);
        Assert.Equal(LenientRepair.IntentNormalized | LenientRepair.TrailingComma, renamed.Repairs);
    }

    [Fact]
    public void An_unreadable_answer_still_reports_what_was_repaired_around_it()
    {
        StepAnswer<IContextStep> answer = AgentSteps.ReadJsonAnswer<IContextStep>(Response("```json\n{'intent': 'context_lookup'}\n```"), IContextStep.ReadJson);

        Assert.False(answer.Result.IsSuccess);
        Assert.Equal(LenientRepair.CodeFence | LenientRepair.SingleQuotes, answer.Repairs);
    }

    [Fact]
    public void Every_corpus_answer_that_reads_reports_at_least_the_repairs_the_corpus_lists()
    {
        foreach (Lenient.CorpusRow row in Lenient.Corpus.Rows.Values.Where(r => r.Value is not null))
        {
            StepAnswer<Lenient.ISupportStep> answer = AgentSteps.ReadJsonAnswer<Lenient.ISupportStep>(Response(row.Answer), Lenient.ISupportStep.ReadJson);

            Assert.True(answer.Result.IsSuccess, row.Name);
            Assert.True((answer.Repairs & row.Repairs) == row.Repairs, $"{row.Name}: expected {row.Repairs}, reported {answer.Repairs}");
        }
    }

    [Fact]
    public async Task The_generated_step_tags_its_chat_span_with_the_repairs()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AgentTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var model = new ScriptedChatClient().ThenText(FencedInProse);

        AgentThread thread = await new ContextJsonAgent(model).StepAsync(AgentThread.Start("how full is the disk?"), Ct);

        Assert.Equal(new ContextLookup("disk usage"), thread.Events.OfType<ToolCallEvent>().Single().Tool);
        Activity chat = Assert.Single(spans, s => Equals(s.GetTagItem("gen_ai.agent.name"), nameof(ContextJsonAgent)));
        Assert.Equal("CodeFence, SurroundingText", chat.GetTagItem(AgentSteps.RepairsTag));
    }

    private static ChatResponse Response(string text) => new(new ChatMessage(ChatRole.Assistant, text));
}
