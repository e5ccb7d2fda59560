using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AgentGen;
using Microsoft.Extensions.AI;

namespace AgentGen.Tests.Agents;

// The deploy bot of the 12-factor guide, as the DeployBot sample declares it.

/// <summary>List the newest git tags.</summary>
/// <param name="Limit">How many tags, newest first.</param>
[Tool] public sealed partial record ListGitTags(int Limit = 10) : IDeployStep;

/// <summary>Deploy one tag of the backend; a person approves it first.</summary>
[Tool, RequiresApproval] public sealed partial record DeployBackend(string Tag, DeployTarget Environment) : IDeployStep;

/// <summary>Deploy one tag of the frontend.</summary>
[Tool] public sealed partial record DeployFrontend(string Tag, DeployTarget Environment) : IDeployStep;

/// <summary>Ask the person for something you need.</summary>
[Tool, HumanInput] public sealed partial record RequestMoreInformation(string Message) : IDeployStep;

/// <summary>Say that the work is finished.</summary>
[Tool, Terminal] public sealed partial record DoneForNow(string Message) : IDeployStep;

/// <summary>Where a deploy goes.</summary>
public enum DeployTarget
{
    Staging,
    Production,
}

/// <summary>The next step of a deploy conversation.</summary>
[NextStep] public partial interface IDeployStep;

/// <summary>Fake git and deployer: the deployments made, kept outside the agent.</summary>
public sealed class DeployWorld
{
    private static readonly string[] Tags = ["v1.4.2", "v1.4.1", "v1.4.0", "v1.3.9"];
    private readonly List<string> _deployments = [];
    private readonly object _gate = new();

    public IReadOnlyList<string> Deployments
    {
        get
        {
            lock (_gate)
            {
                return [.. _deployments];
            }
        }
    }

    public IReadOnlyList<string> ListTags(int limit) => Tags.Take(limit).ToArray();

    public string Deploy(string service, string tag, DeployTarget target)
    {
        lock (_gate)
        {
            _deployments.Add($"{service} {tag} {target}");
            return $"dep-{100 + _deployments.Count}";
        }
    }
}

[Agent(MaxSteps = 12, MaxConsecutiveErrors = 3)]
public sealed partial class DeployLikeAgent(IChatClient model, DeployWorld world)
{
    [Step("""
        You are a careful deploy assistant for the backend and frontend services.
        Pick the single next step.

        {{thread}}
        """)]
    public partial Task<IDeployStep> DetermineNextStep(AgentThread thread, CancellationToken cancellationToken = default);

    private Task<StepOutcome> Handle(ListGitTags step, CancellationToken cancellationToken) => DeployHandlers.ListTags(world, step);

    private Task<StepOutcome> Handle(DeployFrontend step, CancellationToken cancellationToken) => DeployHandlers.DeployFrontend(world, step);

    private Task<StepOutcome> Handle(Approved<DeployBackend> step, CancellationToken cancellationToken) => DeployHandlers.DeployBackend(world, step);
}

/// <summary>The same deploy bot asking for one JSON object through the provider's JSON-schema response format.</summary>
[Agent(MaxSteps = 12, MaxConsecutiveErrors = 3, Protocol = StepProtocol.Json)]
public sealed partial class DeployLikeJsonAgent(IChatClient model, DeployWorld world)
{
    [Step("""
        You are a careful deploy assistant for the backend and frontend services.
        Pick the single next step.

        {{thread}}
        """)]
    public partial Task<IDeployStep> DetermineNextStep(AgentThread thread, CancellationToken cancellationToken = default);

    private Task<StepOutcome> Handle(ListGitTags step, CancellationToken cancellationToken) => DeployHandlers.ListTags(world, step);

    private Task<StepOutcome> Handle(DeployFrontend step, CancellationToken cancellationToken) => DeployHandlers.DeployFrontend(world, step);

    private Task<StepOutcome> Handle(Approved<DeployBackend> step, CancellationToken cancellationToken) => DeployHandlers.DeployBackend(world, step);
}

/// <summary>What both deploy agents do for each tool: one implementation, two protocols.</summary>
internal static class DeployHandlers
{
    public static Task<StepOutcome> ListTags(DeployWorld world, ListGitTags step) =>
        Task.FromResult(StepOutcome.Continue(string.Join(", ", world.ListTags(step.Limit))));

    public static Task<StepOutcome> DeployFrontend(DeployWorld world, DeployFrontend step)
    {
        string id = world.Deploy("frontend", step.Tag, step.Environment);
        return Task.FromResult(StepOutcome.Continue($"deployed frontend {step.Tag} to {step.Environment} as {id}"));
    }

    public static Task<StepOutcome> DeployBackend(DeployWorld world, Approved<DeployBackend> step)
    {
        string id = world.Deploy("backend", step.Call.Tag, step.Call.Environment);
        return Task.FromResult(StepOutcome.Continue($"deployed backend {step.Call.Tag} to {step.Call.Environment} as {id}"));
    }
}
