using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using AgentGen;
using Microsoft.Extensions.AI;

namespace AgentGen.Tests.Agents;

// Factor 13: the step takes the git tags as a parameter; the agent loads them before the model is asked.

/// <summary>Release one tag.</summary>
[Tool] public sealed partial record ReleaseTag(string Tag) : IReleaseStep;

/// <summary>The release is finished.</summary>
[Tool, Terminal] public sealed partial record ReleaseDone(string Message) : IReleaseStep;

/// <summary>The next step of a release conversation.</summary>
[NextStep] public partial interface IReleaseStep;

/// <summary>The tags the release agent sees, and the threads it loaded them for.</summary>
public sealed class ReleaseTagSource(params string[] tags)
{
    private ImmutableList<AgentThread> _loads = ImmutableList<AgentThread>.Empty;

    public IReadOnlyList<AgentThread> Loads => _loads;

    public Task<IReadOnlyList<string>> LoadAsync(AgentThread thread, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ImmutableInterlocked.Update(ref _loads, list => list.Add(thread));
        return Task.FromResult<IReadOnlyList<string>>(tags);
    }
}

[Agent(MaxSteps = 5)]
public sealed partial class ReleaseAgent(IChatClient model, ReleaseTagSource tagSource)
{
    [Step("""
        Release the newest tag.

        Known tags, newest first:
        {{git_tags}}

        {{thread}}
        """)]
    public partial Task<IReleaseStep> Next(AgentThread thread, IReadOnlyList<string> gitTags, CancellationToken ct);

    private Task<IReadOnlyList<string>> LoadGitTagsAsync(AgentThread thread, CancellationToken ct) => tagSource.LoadAsync(thread, ct);

    private StepOutcome Handle(ReleaseTag step) => StepOutcome.Continue($"released {step.Tag}");
}
