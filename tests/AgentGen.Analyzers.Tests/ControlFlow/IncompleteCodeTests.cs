using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace AgentGen.Analyzers.Tests.ControlFlow;

/// <summary>Analyzers run on every keystroke: half-typed code must never make them throw (AD0001).</summary>
public sealed class IncompleteCodeTests
{
    private const string RealisticAgent = """"
        using System;
        using System.ComponentModel;
        using System.Threading;
        using System.Threading.Tasks;
        using AgentGen;
        using Microsoft.Extensions.AI;

        namespace DeployBot;

        /// <summary>List the newest git tags.</summary>
        [Tool] public sealed partial record ListGitTags([property: Description("How many")] int Limit = 10) : IDeployStep;

        /// <summary>Deploy the backend.</summary>
        [Tool, RequiresApproval] public sealed partial record DeployBackend(string Tag, DeployEnvironment Environment) : IDeployStep;

        /// <summary>Ask the person.</summary>
        [Tool, HumanInput] public sealed partial record RequestMoreInformation(string Message) : IDeployStep;

        /// <summary>Finished.</summary>
        [Tool, Terminal] public sealed partial record DoneForNow(string Message) : IDeployStep;

        public enum DeployEnvironment { Staging, Production }

        [NextStep] public partial interface IDeployStep;

        public interface IGit { Task<string[]> ListTagsAsync(int limit, CancellationToken cancellationToken); }

        [Agent(MaxSteps = 12, MaxConsecutiveErrors = 3)]
        public sealed partial class DeployAgent(IChatClient model, IGit git)
        {
            [Step("""
                You are a careful deploy assistant. Tags: {{git_tags}}.
                {{thread}}
                """)]
            public partial Task<IDeployStep> DetermineNextStep(AgentThread thread, string[] gitTags, CancellationToken cancellationToken = default);

            private async Task<StepOutcome> Handle(ListGitTags step, CancellationToken cancellationToken)
            {
                try
                {
                    var tags = await git.ListTagsAsync(step.Limit, cancellationToken).ConfigureAwait(false);
                    return StepOutcome.Continue(string.Join(", ", tags));
                }
                catch (InvalidOperationException ex) when (ex.Message.Length > 0)
                {
                    return StepOutcome.Fail(ex);
                }
            }

            private StepOutcome Handle(Approved<DeployBackend> step) => StepOutcome.Continue($"deployed {step.Call.Tag}");
        }
        """";

    [Fact]
    public async Task No_analyzer_throws_on_any_prefix_of_a_realistic_agent()
    {
        var failures = new List<string>();
        var idsSeen = new HashSet<string>();
        for (int length = 0; length <= RealisticAgent.Length; length += 13)
        {
            string prefix = RealisticAgent.Substring(0, length);
            var (diagnostics, exceptions) = await AnalyzerRunner.RunAsync([("Agent.cs", prefix)], TestContext.Current.CancellationToken);
            failures.AddRange(exceptions.Select(e => $"prefix {length}: {e.GetType().Name}: {e.Message}"));
            failures.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => $"prefix {length}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
            idsSeen.UnionWith(diagnostics.Select(d => d.Id));
        }

        Assert.Empty(failures);

        // The prefixes did reach the rules (an agent cut off before its handlers is missing them), so the loop above tested something.
        Assert.Contains(Descriptors.UnhandledUnionMemberId, idsSeen);
        Assert.Contains(Descriptors.UnusedStepParameterId, idsSeen);
    }

    [Fact]
    public async Task The_complete_realistic_agent_has_no_diagnostics()
    {
        var (diagnostics, exceptions) = await AnalyzerRunner.RunAsync([("Agent.cs", RealisticAgent)], TestContext.Current.CancellationToken);

        Assert.Empty(exceptions);
        Assert.Empty(diagnostics);
    }
}
