using System.Threading;
using System.Threading.Tasks;
using AgentGen;
using Microsoft.Extensions.AI;

namespace DeployBot;

/// <summary>The deploy bot of the 12-factor guide: the model picks the next step; this code runs it.</summary>
[Agent(MaxSteps = 12, MaxConsecutiveErrors = 3)]
public sealed partial class DeployAgent(IChatClient model, IGit git, IDeployer deployer)
{
    [Step("""
        You are a careful deploy assistant for the backend and frontend services.
        Look at what happened so far and pick the single next step.
        Deploy to production only a tag you have seen in the list of git tags.

        {{thread}}
        """)]
    public partial Task<IDeployStep> DetermineNextStep(AgentThread thread, CancellationToken cancellationToken = default);

    private async Task<StepOutcome> Handle(ListGitTags step, CancellationToken cancellationToken)
    {
        var tags = await git.ListTagsAsync(step.Limit, cancellationToken).ConfigureAwait(false);
        return StepOutcome.Continue(string.Join(", ", tags));
    }

    private async Task<StepOutcome> Handle(DeployFrontend step, CancellationToken cancellationToken)
    {
        string id = await deployer.DeployAsync("frontend", step.Tag, step.Environment, cancellationToken).ConfigureAwait(false);
        return StepOutcome.Continue($"deployed frontend {step.Tag} to {step.Environment} as {id}");
    }

    private async Task<StepOutcome> Handle(Approved<DeployBackend> step, CancellationToken cancellationToken)
    {
        string id = await deployer.DeployAsync("backend", step.Call.Tag, step.Call.Environment, cancellationToken).ConfigureAwait(false);
        return StepOutcome.Continue($"deployed backend {step.Call.Tag} to {step.Call.Environment} as {id}");
    }
}
