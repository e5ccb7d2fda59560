using System.Threading;
using System.Threading.Tasks;
using AgentGen;
using Microsoft.Extensions.AI;

namespace AgentGen.Tests.Agents;

// One union, three agents that differ only in how they ask the model: tool calls, JSON response format, JSON in the prompt.

/// <summary>Look something up.</summary>
/// <param name="Query">What to look up.</param>
/// <param name="Limit">How many results.</param>
[Tool] public sealed partial record PlanLookup(string Query, int Limit = 5) : IPlanStep;

/// <summary>The plan is finished.</summary>
[Tool, Terminal] public sealed partial record PlanFinish(string Message) : IPlanStep;

/// <summary>A summary of the plan (the answer of a step that returns one tool record).</summary>
[Tool] public sealed partial record PlanSummary(string Title, int Items);

/// <summary>The next step of a planning conversation.</summary>
[NextStep] public partial interface IPlanStep;

[Agent(MaxSteps = 10)]
public sealed partial class PlanToolsAgent(IChatClient model)
{
    [Step("Plan the work.\n\n{{thread}}")]
    public partial Task<IPlanStep> NextStep(AgentThread thread, CancellationToken cancellationToken = default);

    [Step("Summarize the plan.\n\n{{thread}}")]
    public partial Task<PlanSummary> Summarize(AgentThread thread, CancellationToken cancellationToken = default);

    [Step("Summarize the plan as JSON.\n\n{{thread}}", Protocol = StepProtocol.Json)]
    public partial Task<PlanSummary> SummarizeAsJson(AgentThread thread, CancellationToken cancellationToken = default);

    [Step("Write a one-line status for: {{topic}}")]
    public partial Task<string> Describe(string topic, CancellationToken cancellationToken = default);

    [Step("Write a one-line status for: {{topic}} (no token)")]
    public partial ValueTask<string> DescribeValue(string topic);

    private StepOutcome Handle(PlanLookup step) => StepOutcome.Continue($"{step.Limit} results for {step.Query}");
}

[Agent(MaxSteps = 10, Protocol = StepProtocol.Json)]
public sealed partial class PlanJsonAgent(IChatClient model)
{
    [Step("Plan the work.\n\n{{thread}}")]
    public partial Task<IPlanStep> NextStep(AgentThread thread, CancellationToken cancellationToken = default);

    [Step("Summarize the plan.\n\n{{thread}}")]
    public partial Task<PlanSummary> Summarize(AgentThread thread, CancellationToken cancellationToken = default);

    private StepOutcome Handle(PlanLookup step) => StepOutcome.Continue($"{step.Limit} results for {step.Query}");
}

[Agent(MaxSteps = 10, Protocol = StepProtocol.JsonInPrompt)]
public sealed partial class PlanPromptAgent(IChatClient model)
{
    [Step("Plan the work.\n\n{{thread}}")]
    public partial Task<IPlanStep> NextStep(AgentThread thread, CancellationToken cancellationToken = default);

    [Step("Summarize the plan.\n\n{{thread}}")]
    public partial Task<PlanSummary> Summarize(AgentThread thread, CancellationToken cancellationToken = default);

    private StepOutcome Handle(PlanLookup step) => StepOutcome.Continue($"{step.Limit} results for {step.Query}");
}
