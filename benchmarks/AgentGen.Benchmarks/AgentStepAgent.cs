using System.ComponentModel.DataAnnotations;
using System.Threading;
using System.Threading.Tasks;
using AgentGen;
using Microsoft.Extensions.AI;

namespace AgentGen.Benchmarks.Steps;

/// <summary>List the newest git tags of the frontend repository.</summary>
/// <param name="Limit">How many tags, newest first.</param>
[Tool]
public sealed partial record ListGitTags([Range(1, 50)] int Limit = 10) : IDeployStep;

/// <summary>Deploy one tag of the frontend to an environment.</summary>
/// <param name="Tag">The git tag to deploy.</param>
/// <param name="Environment">Where to deploy it.</param>
[Tool]
public sealed partial record DeployFrontend(string Tag, DeployEnvironment Environment) : IDeployStep;

/// <summary>Say that the work is finished.</summary>
/// <param name="Message">What was done, for the person.</param>
[Tool, Terminal]
public sealed partial record DoneForNow(string Message) : IDeployStep;

/// <summary>The next step of the benchmark's deploy conversation: exactly one of the tools above.</summary>
[NextStep]
public partial interface IDeployStep;

/// <summary>
/// The AgentGen side of <see cref="AgentStepBenchmarks"/>: a small deploy agent in the shape of samples/DeployBot,
/// whose handlers run the same code (<see cref="AgentStepHandlers"/>) as the Agent Framework's functions.
/// </summary>
/// <param name="model">The chat client.</param>
[Agent(MaxSteps = 12, MaxConsecutiveErrors = 3)]
public sealed partial class AgentStepDeployAgent(IChatClient model)
{
    /// <summary>The instructions both agents give the model (the start of the step prompt above, repeated for the Agent Framework).</summary>
    public const string Instructions = """
        You are a careful deploy assistant for the frontend service.
        Look at what happened so far and pick the single next step.
        Deploy to production only a tag you have seen in the list of git tags.
        """;

    [Step("""
        You are a careful deploy assistant for the frontend service.
        Look at what happened so far and pick the single next step.
        Deploy to production only a tag you have seen in the list of git tags.

        {{thread}}
        """)]
    public partial Task<IDeployStep> DetermineNextStep(AgentThread thread, CancellationToken cancellationToken = default);

    private static StepOutcome Handle(ListGitTags step) => StepOutcome.Continue(AgentStepHandlers.ListGitTags(step.Limit));

    private static StepOutcome Handle(DeployFrontend step) => StepOutcome.Continue(AgentStepHandlers.DeployFrontend(step.Tag, step.Environment));
}
