using System.Linq;
using AgentGen;
using AgentGen.Agents;
using Microsoft.Extensions.AI;

namespace AgentGen.Tests.Lenient;

/// <summary>
/// The whole JSON protocol under random and mutated answers: the pre-pass, the union's reader and the generated tool
/// readers, as a step reads a model's text. Every answer is a typed step or typed errors with a message; nothing throws.
/// </summary>
public sealed class AnswerFuzzTests
{
    [Fact]
    public void A_million_random_and_mutated_answers_read_as_a_step_or_as_typed_errors()
    {
        int steps = 0;
        int failures = 0;
        foreach (string input in FuzzInputs.Generate(20261125, 1_000_000))
        {
            StepAnswer<ISupportStep> answer = AgentSteps.ReadJsonAnswer<ISupportStep>(
                new ChatResponse(new ChatMessage(ChatRole.Assistant, input)), ISupportStep.ReadJson);
            if (answer.Result.IsSuccess)
            {
                if (answer.Result.Value is null)
                {
                    Assert.Fail($"a success with no value for: {input}");
                }

                steps++;
            }
            else if (answer.Result.Errors.IsDefaultOrEmpty || answer.Result.Errors.Any(e => string.IsNullOrWhiteSpace(e.Message) || e.Path is null))
            {
                Assert.Fail($"a failure without a described error for: {input}");
            }
            else
            {
                failures++;
            }
        }

        // Both outcomes in bulk, or the inputs do not reach the readers' repairs and their errors.
        Assert.True(steps > 50_000, $"only {steps} answers read as a step");
        Assert.True(failures > 500_000, $"only {failures} answers failed");
    }
}
