using System.Threading;
using System.Threading.Tasks;
using AgentGen;
using Microsoft.Extensions.AI;

namespace AgentGen.Tests.Agents;

// A tiny agent with a small step limit, for the bounded loop.

/// <summary>Add to the counter.</summary>
[Tool] public sealed partial record CounterAdd(int By) : ICounterStep;

/// <summary>Stop counting.</summary>
[Tool, Terminal] public sealed partial record CounterDone(string Message) : ICounterStep;

/// <summary>The next step of the counter agent.</summary>
[NextStep] public partial interface ICounterStep;

[Agent(MaxSteps = 3, MaxConsecutiveErrors = 3)]
public sealed partial class CounterAgent(IChatClient model)
{
    [Step("Count.\n\n{{thread}}")]
    public partial Task<ICounterStep> NextStep(AgentThread thread, CancellationToken cancellationToken = default);

    private StepOutcome Handle(CounterAdd step) => StepOutcome.Continue($"added {step.By}");
}
