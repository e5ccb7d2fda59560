using Microsoft.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace AgentGen.Analyzers.Tests.ControlFlow;

/// <summary>The DeployBot sample is the guide's model agent: the agent and prompt rules must find nothing wrong with it.</summary>
public sealed class SampleAgentTests
{
    private static (string Path, string Text)[] SampleSources() =>
        Directory.GetFiles(Path.Combine(AnalyzerRunner.RepositoryRoot(), "samples", "DeployBot"), "*.cs")
            .Select(path => (path, File.ReadAllText(path)))
            .ToArray();

    [Fact]
    public async Task DeployBot_has_no_agent_or_prompt_diagnostics()
    {
        var sources = SampleSources();
        Assert.Contains(sources, s => s.Text.Contains("[Agent(", System.StringComparison.Ordinal));

        AnalysisRun run = await AnalyzerRunner.RunAsync(sources, TestContext.Current.CancellationToken);

        Assert.Empty(run.Failures);
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public async Task DeployBot_without_a_handler_is_reported()
    {
        // The same sources with one handler renamed: proves the analyzers do see the sample's agent and union.
        var sources = SampleSources()
            .Select(s => (s.Path, s.Text.Replace("Handle(ListGitTags step", "Run(ListGitTags step", System.StringComparison.Ordinal)))
            .ToArray();

        AnalysisRun run = await AnalyzerRunner.RunAsync(sources, TestContext.Current.CancellationToken);

        Diagnostic single = Assert.Single(run.Diagnostics);
        Assert.Equal(Descriptors.UnhandledUnionMemberId, single.Id);
        Assert.Contains("'ListGitTags'", single.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }
}
