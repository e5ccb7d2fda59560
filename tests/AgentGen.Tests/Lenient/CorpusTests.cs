using System;
using System.Linq;
using System.Threading.Tasks;
using AgentGen;
using AgentGen.Agents;
using AgentGen.Serialization.Lenient;
using AgentGen.Testing;
using Microsoft.Extensions.AI;

namespace AgentGen.Tests.Lenient;

/// <summary>Every corpus answer reads as its typed step, or fails the way it must.</summary>
public sealed class CorpusTests
{
    private static StepAnswer<ISupportStep> Read(string answer) =>
        AgentSteps.ReadJsonAnswer<ISupportStep>(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)), ISupportStep.ReadJson);

    [Fact]
    public void The_corpus_is_large_enough_and_covers_every_outcome()
    {
        Assert.True(Corpus.Rows.Count >= 80, $"{Corpus.Rows.Count} rows");
        foreach (Failure failure in Enum.GetValues<Failure>())
        {
            Assert.Contains(Corpus.Rows.Values, r => r.Error == failure);
        }
    }

    [Theory]
    [MemberData(nameof(Corpus.Names), MemberType = typeof(Corpus))]
    public void A_corpus_answer_reads_as_expected(string name)
    {
        CorpusRow row = Corpus.Rows[name];

        StepAnswer<ISupportStep> answer = Read(row.Answer);

        if (row.Value is not null)
        {
            Assert.True(answer.Result.IsSuccess, string.Join("; ", answer.Result.Errors.Select(e => e.Message)));
            Assert.Equal(row.Value, answer.Result.Value);
            LenientRepair repairs = answer.Repairs;
            Assert.True((repairs & row.Repairs) == row.Repairs, $"expected {row.Repairs}, recorded {repairs}");
            return;
        }

        Assert.False(answer.Result.IsSuccess, $"read as {answer.Result.Value}");
        string message = string.Join("; ", answer.Result.Errors.Select(e => e.Message));
        ToolReadErrorKind[] kinds = answer.Result.Errors.Select(e => e.Kind).ToArray();
        switch (row.Error)
        {
            case Failure.Ambiguous:
                ToolReadError error = Assert.Single(answer.Result.Errors);
                Assert.Contains("different objects", error.Message, StringComparison.Ordinal);
                foreach (string intent in LenientJson.Parse(row.Answer).Candidates.Select(c => c.Intent!).Distinct())
                {
                    Assert.Contains(intent, error.Message, StringComparison.Ordinal);
                }

                break;
            case Failure.Truncated:
                ToolReadError truncated = Assert.Single(answer.Result.Errors);
                Assert.Equal(ToolReadErrorKind.Truncated, truncated.Kind);
                Assert.Equal(row.Answer.Length, truncated.Offset);
                Assert.Contains("end of input", truncated.Message, StringComparison.Ordinal);
                break;
            case Failure.NoObject:
                Assert.Empty(LenientJson.Parse(row.Answer).Candidates);
                Assert.Empty(LenientJson.Parse(row.Answer).Failures);
                ToolReadError none = Assert.Single(answer.Result.Errors);
                if (none.Kind != ToolReadErrorKind.WrongType)
                {
                    // Text with no object in it is named as such, with what the model wrote instead; JSON of another
                    // kind (an array, a string) is described by the reader, as "expected object, found ...".
                    Assert.Equal(ToolReadErrorKind.MalformedJson, none.Kind);
                    string written = row.Answer.Trim().ReplaceLineEndings(" ");
                    Assert.Equal(
                        written.Length == 0
                            ? "$: an empty answer (expected one JSON object)"
                            : $"$: no JSON object in {row.Answer.Length} characters of text: \"{written}\" (expected one JSON object)",
                        none.Message);
                }
                else
                {
                    Assert.StartsWith("$: expected object, found ", none.Message, StringComparison.Ordinal);
                }

                break;
            default:
                ToolReadErrorKind expected = row.Error switch
                {
                    Failure.Malformed => ToolReadErrorKind.MalformedJson,
                    Failure.UnknownTool => ToolReadErrorKind.UnknownTool,
                    Failure.MissingProperty => ToolReadErrorKind.MissingProperty,
                    Failure.WrongType => ToolReadErrorKind.WrongType,
                    Failure.UnknownEnumValue => ToolReadErrorKind.UnknownEnumValue,
                    _ => ToolReadErrorKind.TooDeep,
                };
                Assert.True(kinds.Contains(expected), $"expected {expected}: {message}");
                break;
        }
    }

    [Fact]
    public void A_field_error_names_the_tool_the_model_chose()
    {
        StepAnswer<ISupportStep> answer = Read("""Here: {"intent": "Refund-Order", "order_id": "A-1"}""");

        Assert.Equal("Refund-Order", answer.ToolName);
        Assert.Contains("$.amount", answer.Result.Errors.Select(e => e.Path));
    }

    [Fact]
    public void The_most_informative_error_is_kept_when_nothing_reads()
    {
        StepAnswer<ISupportStep> answer = Read("""Use {braces}. {"intent": "refund_order", "order_id": "A-1", "amount": "lots", "reason": "late"} and {"intent":""");

        ToolReadError error = Assert.Single(answer.Result.Errors);
        Assert.Equal(ToolReadErrorKind.WrongType, error.Kind);
        Assert.Equal("$.amount", error.Path);
    }

    [Fact]
    public async Task A_support_agent_over_the_json_protocol_runs_on_sloppy_answers()
    {
        var model = new ScriptedChatClient()
            .ThenText("```json\n{intent: 'LookupOrder', order_id: 'A-1',}\n```")
            .ThenText("<tool_call>{\"name\": \"refund_order\", \"arguments\": {\"order_id\": \"A-1\", \"amount\": \"5\", \"reason\": \"Late\"}}</tool_call>")
            .ThenText("{'intent': 'close_case', 'summary': 'Refunded 5.', 'resolved': True}  # done");

        AgentThread thread = await new SupportAgent(model).RunAsync(AgentThread.Start("my order A-1 is late"), TestContext.Current.CancellationToken);

        Assert.Equal(ThreadStatus.Done, thread.Status);
        ToolCallEvent[] calls = thread.Events.OfType<ToolCallEvent>().ToArray();
        Assert.Equal<ITool>([new LookupOrder("A-1"), new RefundOrder("A-1", 5m, RefundReason.Late), new CloseCase("Refunded 5.")], calls.Select(c => c.Tool));
    }
}
