using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AgentGen;
using Microsoft.Extensions.AI;

namespace AgentGen.Tests.Agents;

// A [HumanInput] tool with the guide's request_human_input options: the model picks urgency and the answer's format.

/// <summary>Ask the person a question and wait for the answer.</summary>
/// <param name="Question">What to ask.</param>
/// <param name="Urgency">How soon the answer is needed.</param>
/// <param name="Format">What form the answer takes.</param>
/// <param name="Choices">The answers to choose from, for the one_of format.</param>
[Tool, HumanInput]
public sealed partial record AskPerson(
    string Question,
    Urgency Urgency = Urgency.Medium,
    ResponseFormat Format = ResponseFormat.FreeText,
    IReadOnlyList<string>? Choices = null) : IQuestionStep, IHumanInputRequest;

/// <summary>Say that the work is finished.</summary>
/// <param name="Message">What was decided.</param>
[Tool, Terminal] public sealed partial record Decided(string Message) : IQuestionStep;

/// <summary>The next step when a person must decide.</summary>
[NextStep] public partial interface IQuestionStep;

[Agent]
public sealed partial class QuestionAgent(IChatClient model)
{
    [Step("Ask the person what you need to know, then finish.\n\n{{thread}}")]
    public partial Task<IQuestionStep> NextStep(AgentThread thread, CancellationToken cancellationToken = default);
}
