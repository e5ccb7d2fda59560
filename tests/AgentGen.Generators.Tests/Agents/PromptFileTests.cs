using System.Linq;
using Microsoft.CodeAnalysis;

namespace AgentGen.Generators.Tests.Agents;

/// <summary>Factor 2: a step's prompt can live in a file the project passes as AdditionalFiles.</summary>
public sealed class PromptFileTests
{
    private const string Source = """
        using System.Threading;
        using System.Threading.Tasks;
        using AgentGen;
        using Microsoft.Extensions.AI;

        namespace Demo;

        /// <summary>Say that the work is finished.</summary>
        [Tool, Terminal] public sealed partial record Finish(string Summary) : IStep;

        /// <summary>The next step.</summary>
        [NextStep] public partial interface IStep;

        [Agent]
        public sealed partial class FileAgent(IChatClient chat)
        {
            [Step(PromptFile = "Prompts/next_step.md")]
            public partial Task<IStep> NextStep(AgentThread thread, string team, CancellationToken cancellationToken);

            private Task<string> LoadTeamAsync(AgentThread thread, CancellationToken cancellationToken) => Task.FromResult("platform");
        }
        """;

    [Fact]
    public void A_prompt_file_fills_the_step_prompt_and_its_placeholders()
    {
        var prompt = new InMemoryAdditionalText("/repo/src/Prompts/next_step.md", "You help the {{team}} team.\r\n\r\n{{thread}}\r\n");

        GeneratorResult result = GeneratorHarness.Run([Source], additionalTexts: [prompt]);

        GeneratorAssert.AssertCleanRun(result);
        Snapshot.MatchGenerated(result, nameof(A_prompt_file_fills_the_step_prompt_and_its_placeholders), AgentSnapshotTests.IsAgentOrUnion);
    }

    [Fact]
    public void A_missing_prompt_file_is_a_compile_error_that_says_how_to_add_it()
    {
        GeneratorResult result = GeneratorHarness.Run([Source], additionalTexts: [new InMemoryAdditionalText("/repo/src/Prompts/other.md", "x")]);

        Diagnostic error = Assert.Single(result.CompilationErrors, d => d.Id == "CS1029");
        Assert.Contains("add <AdditionalFiles Include=\"Prompts/next_step.md\" />", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.DoesNotContain(result.CompilationErrors, d => d.Id != "CS1029");
    }

    [Fact]
    public void Editing_an_unrelated_additional_file_regenerates_nothing()
    {
        var prompt = new InMemoryAdditionalText("/repo/src/Prompts/next_step.md", "{{team}} {{thread}}");
        GeneratorResult first = GeneratorHarness.Run([Source], additionalTexts: [prompt]);

        GeneratorDriver driver = first.Driver.ReplaceAdditionalText(prompt, new InMemoryAdditionalText(prompt.Path, "{{team}} {{thread}}"));
        GeneratorRunResult rerun = driver.RunGenerators(first.InputCompilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.All(rerun.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o =>
            Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
    }
}
