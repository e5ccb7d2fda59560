using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace DeployBot;

/// <summary>The git operations the agent needs.</summary>
public interface IGit
{
    /// <summary>Lists the newest tags, newest first.</summary>
    Task<IReadOnlyList<string>> ListTagsAsync(int limit, CancellationToken cancellationToken);
}

/// <summary>Deploys builds.</summary>
public interface IDeployer
{
    /// <summary>Deploys one tag of one service; returns a deployment id.</summary>
    Task<string> DeployAsync(string service, string tag, DeployEnvironment environment, CancellationToken cancellationToken);
}

/// <summary>A git repository with a fixed history, for the sample.</summary>
public sealed class FakeGit : IGit
{
    private static readonly string[] Tags = ["v1.4.2", "v1.4.1", "v1.4.0", "v1.3.9", "v1.3.8"];

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> ListTagsAsync(int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(Tags.Take(limit).ToArray());
}

/// <summary>A deployer that records what it deployed, for the sample.</summary>
public sealed class FakeDeployer : IDeployer
{
    private int _next = 100;

    /// <summary>Gets every deployment made, as "service tag environment".</summary>
    public List<string> Deployments { get; } = [];

    /// <inheritdoc/>
    public Task<string> DeployAsync(string service, string tag, DeployEnvironment environment, CancellationToken cancellationToken)
    {
        Deployments.Add($"{service} {tag} {environment}");
        return Task.FromResult($"dep-{Interlocked.Increment(ref _next)}");
    }
}
