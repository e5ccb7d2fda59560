using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Analyzers.Tests.LargeSolution;

/// <summary>
/// The large solution (2,000 files, 200 tools, 20 agents, ordinary code of every kind): generated, compiled and
/// analyzed by every AgentGen analyzer, it must give no AgentGen diagnostic at all. The timing of the same pipeline is
/// measured by the LargeSolution benchmarks, never here.
/// </summary>
public sealed class LargeSolutionTests
{
    [Fact]
    public async Task A_large_correct_solution_gets_no_AgentGen_diagnostic_and_compiles()
    {
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        SyntheticSolution solution = SyntheticSolution.Create(SyntheticShape.Full);
        Assert.Equal(2000, solution.Files.Count);
        Assert.Equal(200, solution.ToolTypes.Count);

        Analysis analysis = await AnalyzeAsync(solution.Files, cancellationToken);

        // The generator wrote every tool, union and agent (and the registry), so the analyzers saw the real thing.
        Assert.Null(analysis.GeneratorException);
        Assert.Equal(solution.Shape.Tools + (2 * solution.Shape.Agents) + 1, analysis.GeneratedFiles);
        AssertNone("compiler errors", analysis.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !IsAgentGen(d)));
        Assert.Empty(analysis.Exceptions);
        AssertNone("analyzer failures (AD0001)", analysis.Diagnostics.Where(d => d.Id == "AD0001"));
        AssertNone("AgentGen diagnostics (false positives)", analysis.Diagnostics.Where(IsAgentGen));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{solution.Files.Count} files, {analysis.GeneratedFiles} generated, {analysis.Analyzers} analyzers, " +
            $"{analysis.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning)} compiler warnings.");
    }

    [Fact]
    public async Task A_defect_added_to_the_same_kind_of_solution_is_reported_where_it_is()
    {
        // Proves the pipeline above can fail: the same generator and analyzers, on a smaller solution of the same code,
        // find an agent that handles nothing and a tool the model would see by name only, and nothing else.
        SyntheticSolution solution = SyntheticSolution.Create(SyntheticShape.Small);
        SyntheticFile canary = new("Canary/CanaryAgent.cs", CanarySource);

        Analysis analysis = await AnalyzeAsync([.. solution.Files, canary], TestContext.Current.CancellationToken);

        Diagnostic[] agentGen = analysis.Diagnostics.Where(IsAgentGen).ToArray();
        AssertNone("AgentGen diagnostics outside the defect", agentGen.Where(d => d.Location.SourceTree?.FilePath != canary.Path));
        string[] ids = [.. agentGen.Select(d => d.Id)];
        Assert.Contains(Descriptors.UnhandledUnionMemberId, ids);
        Assert.Equal(2, ids.Count(id => id == Descriptors.MissingDescriptionId));
    }

    [Fact]
    public void Every_AgentGen_rule_is_reported_by_an_analyzer_the_large_solution_runs()
    {
        // The analyzers are found by reflection; a rule whose analyzer discovery missed would never be checked above.
        HashSet<string> run = [.. SyntheticCompilation.AgentGenAnalyzers().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id)];
        string[] rules = [.. typeof(Descriptors)
            .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Id)];

        Assert.NotEmpty(rules);
        Assert.All(rules, id => Assert.Contains(id, run));
    }

    private const string CanarySource = """
        using System.Threading;
        using System.Threading.Tasks;
        using AgentGen;
        using Microsoft.Extensions.AI;

        namespace Synthetic.Canary;

        [Tool]
        public sealed partial record Probe(string Target) : ICanaryStep;

        /// <summary>Stop probing.</summary>
        /// <param name="Reason">Why.</param>
        [Tool, Terminal]
        public sealed partial record StopProbing(string Reason) : ICanaryStep;

        /// <summary>The next step of the canary agent.</summary>
        [NextStep]
        public partial interface ICanaryStep;

        /// <summary>Handles nothing.</summary>
        [Agent(MaxSteps = 3)]
        public sealed partial class CanaryAgent(IChatClient model)
        {
            [Step("Probe.\n\n{{thread}}")]
            public partial Task<ICanaryStep> NextStep(AgentThread thread, CancellationToken cancellationToken = default);
        }
        """;

    private static bool IsAgentGen(Diagnostic diagnostic) => diagnostic.Id.StartsWith("AGEN", StringComparison.Ordinal);

    private static async Task<Analysis> AnalyzeAsync(IReadOnlyList<SyntheticFile> files, CancellationToken cancellationToken)
    {
        Compilation input = SyntheticCompilation.Create(SyntheticCompilation.Parse(files, cancellationToken));
        (Compilation output, GeneratorDriverRunResult run) = SyntheticCompilation.RunAgentGenerator(input, cancellationToken);
        GeneratorRunResult generator = run.Results.Single();

        ImmutableArray<DiagnosticAnalyzer> analyzers = SyntheticCompilation.AgentGenAnalyzers();
        Assert.NotEmpty(analyzers);
        var exceptions = new ConcurrentQueue<Exception>();
        ImmutableArray<Diagnostic> diagnostics = await SyntheticCompilation.WithAnalyzers(output, analyzers, exceptions)
            .GetAllDiagnosticsAsync(cancellationToken);
        return new Analysis(generator.Exception, generator.GeneratedSources.Length, analyzers.Length, [.. diagnostics, .. run.Diagnostics], [.. exceptions]);
    }

    /// <summary>Fails listing the first few diagnostics, with their files and lines, and how many there are.</summary>
    private static void AssertNone(string what, IEnumerable<Diagnostic> diagnostics)
    {
        Diagnostic[] found = [.. diagnostics];
        if (found.Length > 0)
        {
            string first = string.Join(Environment.NewLine, found.Take(25).Select(d => "  " + d.ToString()));
            Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"Expected no {what}; found {found.Length}:{Environment.NewLine}{first}"));
        }
    }

    private sealed record Analysis(
        Exception? GeneratorException, int GeneratedFiles, int Analyzers, ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions);
}
