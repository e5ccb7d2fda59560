using System;
using System.Collections.Generic;
using System.Linq;
using AgentGen.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AgentGen.Generators.Tests.Agents;

/// <summary>
/// Typing in an agent's handlers, or anywhere else, must not make the generator re-parse the union or re-emit the
/// agent's step bodies and dispatcher; a change to what the agent sends the model must re-emit the agent only.
/// </summary>
public sealed class AgentIncrementalityTests
{
    private const string Source = """
        using System.Threading;
        using System.Threading.Tasks;
        using AgentGen;
        using Microsoft.Extensions.AI;

        namespace Demo;

        /// <summary>Look an order up.</summary>
        [Tool] public sealed partial record LookupOrder(int Number) : ISupportStep;

        /// <summary>Answer the customer and finish.</summary>
        [Tool, Terminal] public sealed partial record Answer(string Text) : ISupportStep;

        /// <summary>The next step of a support conversation.</summary>
        [NextStep] public partial interface ISupportStep;

        [Agent(MaxSteps = 6)]
        public sealed partial class SupportAgent(IChatClient model)
        {
            [Step("Help the customer.\n\n{{thread}}")]
            public partial Task<ISupportStep> NextStep(AgentThread thread, CancellationToken cancellationToken = default);

            private Task<StepOutcome> Handle(LookupOrder step, CancellationToken cancellationToken)
            {
                return Task.FromResult(StepOutcome.Continue("order " + step.Number + " shipped"));
            }
        }
        """;

    private const string AgentHintName = "Demo.SupportAgent.g.cs";

    private static readonly string[] AgentAndUnionSteps =
    [
        TrackingNames.AllTools,
        TrackingNames.UnionDeclarations,
        TrackingNames.UnionModels,
        TrackingNames.AgentDeclarations,
        TrackingNames.AgentModels,
    ];

    [Fact]
    public void Editing_a_handler_body_reuses_the_agent_model_and_every_output()
    {
        GeneratorResult first = RunClean();

        string edited = Replace(
            Source,
            "return Task.FromResult(StepOutcome.Continue(\"order \" + step.Number + \" shipped\"));",
            "string status = step.Number > 100 ? \"shipped\" : \"packed\";\n        return Task.FromResult(StepOutcome.Continue(status));");
        GeneratorResult rerun = GeneratorHarness.Rerun(first, GeneratorHarness.ReplaceSource(
            first.InputCompilation, GeneratorHarness.SourcePath(0), edited));

        AssertEverythingReused(first, rerun);
    }

    [Fact]
    public void Adding_an_unrelated_file_reuses_every_model_and_output()
    {
        GeneratorResult first = RunClean();

        GeneratorResult rerun = GeneratorHarness.Rerun(first, GeneratorHarness.AddSource(
            first.InputCompilation, "namespace Demo.Other;\n\npublic sealed class Unrelated { public int Value { get; set; } }\n"));

        AssertEverythingReused(first, rerun);
    }

    [Fact]
    public void Editing_the_prompt_re_emits_the_agent_only()
    {
        GeneratorResult first = RunClean();

        string edited = Replace(Source, "Help the customer.", "Help the customer politely.");
        GeneratorResult rerun = GeneratorHarness.Rerun(first, GeneratorHarness.ReplaceSource(
            first.InputCompilation, GeneratorHarness.SourcePath(0), edited));
        GeneratorAssert.AssertCleanRun(rerun);

        string steps = IncrementalSteps.Describe(rerun);
        Assert.True(
            IncrementalSteps.Reasons(rerun, TrackingNames.AgentModels).SequenceEqual([IncrementalStepRunReason.Modified]),
            $"The agent's model should be Modified.\n{steps}");
        foreach (string step in new[] { TrackingNames.AllTools, TrackingNames.UnionDeclarations, TrackingNames.UnionModels })
        {
            Assert.True(
                IncrementalSteps.Reasons(rerun, step) is [var reason] && IsReused(reason),
                $"{step} should have one output, Cached or Unchanged: the prompt is not part of the union.\n{steps}");
        }

        Dictionary<string, IncrementalStepRunReason> outputs = OutputReasons(rerun);
        Assert.True(outputs.Count == 5, $"There should be one source output per generated file.\n{steps}");
        foreach ((string hintName, IncrementalStepRunReason reason) in outputs)
        {
            bool expected = hintName == AgentHintName ? reason == IncrementalStepRunReason.Modified : IsReused(reason);
            Assert.True(expected, $"{hintName}: {reason} (only the agent should be re-emitted).\n{steps}");
        }

        Assert.Contains("Help the customer politely.", rerun.Generated(AgentHintName), StringComparison.Ordinal);
    }

    private static GeneratorResult RunClean()
    {
        GeneratorResult result = GeneratorHarness.Run(Source);
        GeneratorAssert.AssertCleanRun(result);
        Assert.Equal(
            ["AgentGen.Generated.ToolRegistry.g.cs", "Demo.Answer.g.cs", "Demo.ISupportStep.g.cs", "Demo.LookupOrder.g.cs", AgentHintName],
            result.GeneratedSources.Keys);
        return result;
    }

    /// <summary>Every agent and union step, and every source output, was reused; the generated text is the same.</summary>
    private static void AssertEverythingReused(GeneratorResult first, GeneratorResult rerun)
    {
        GeneratorAssert.AssertCleanRun(rerun);
        IncrementalSteps.AssertAllCached(rerun, AgentAndUnionSteps);

        // AssertAllCached passes on steps without outputs; make sure the agent and the union went through each step.
        string steps = IncrementalSteps.Describe(rerun);
        foreach (string step in AgentAndUnionSteps)
        {
            Assert.True(IncrementalSteps.Reasons(rerun, step).Length == 1, $"{step} should have exactly one output.\n{steps}");
        }

        Assert.True(OutputReasons(rerun).Count == 5, $"There should be one source output per generated file.\n{steps}");
        Assert.Equal(first.GeneratedSources, rerun.GeneratedSources);
    }

    /// <summary>The reason of each source output, by the hint name of the file it emits.</summary>
    private static Dictionary<string, IncrementalStepRunReason> OutputReasons(GeneratorResult result)
    {
        var reasons = new Dictionary<string, IncrementalStepRunReason>(StringComparer.Ordinal);
        foreach (IncrementalGeneratorRunStep step in result.TrackedOutputSteps[IncrementalSteps.SourceOutput])
        {
            (IncrementalGeneratorRunStep source, int index) = Assert.Single(step.Inputs);
            string hintName = source.Outputs[index].Value switch
            {
                ToolModel tool => tool.Declaration.HintName,
                UnionModel union => union.Union.Declaration.HintName,
                AgentModel agent => agent.Agent.Declaration.HintName,
                ToolRegistryModel => AgentGenerator.Emitter.ToolRegistryHintName,
                object other => throw new InvalidOperationException($"Unexpected model {other.GetType().Name}."),
            };
            reasons.Add(hintName, Assert.Single(step.Outputs).Reason);
        }

        return reasons;
    }

    private static bool IsReused(IncrementalStepRunReason reason) =>
        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;

    private static string Replace(string text, string oldValue, string newValue)
    {
        Assert.Contains(oldValue, text, StringComparison.Ordinal);
        return text.Replace(oldValue, newValue, StringComparison.Ordinal);
    }
}
