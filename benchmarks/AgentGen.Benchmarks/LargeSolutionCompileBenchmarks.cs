using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AgentGen.Analyzers.Tests.LargeSolution;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Benchmarks;

/// <summary>
/// What AgentGen's analyzers add to compiling the large solution (2,000 files, 200 tools, 20 agents; see
/// <see cref="SyntheticSolution"/>) after the generator has run: the compiler's diagnostics alone, with every AgentGen
/// analyzer attached as the compiler attaches them, with only an analyzer that registers no
/// action (what attaching any analyzer costs), and AgentGen's again on top of <see cref="LargeSolutionFloorAnalyzer"/>,
/// an analyzer that does nothing with an operation action over all code (what such an analyzer costs, paid already by a
/// build that runs the .NET SDK's own analyzers). Emit shows the size of a whole compile.
/// </summary>
/// <remarks>
/// Each operation compiles a <see cref="Compilation.Clone"/> of the generated compilation: the same parsed trees
/// (parsing is not measured), new symbols, nothing bound yet, as at the start of a build. The setup of the AgentGen
/// benchmark also prints the process's CPU time for each configuration (see <see cref="LargeSolutionCpuTime"/>), which a
/// busy machine disturbs far less than the wall-clock times below.
/// </remarks>
[MinColumn, MedianColumn]
public class LargeSolutionCompileBenchmarks
{
    private Compilation _generated = null!;
    private ImmutableArray<DiagnosticAnalyzer> _agentGen;
    private ImmutableArray<DiagnosticAnalyzer> _empty;
    private ImmutableArray<DiagnosticAnalyzer> _floor;
    private ImmutableArray<DiagnosticAnalyzer> _floorAndAgentGen;

    /// <summary>Builds, parses and generates the solution once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        SyntheticSolution solution = SyntheticSolution.Create(SyntheticShape.Full);
        Compilation input = SyntheticCompilation.Create(SyntheticCompilation.Parse(solution.Files));
        (Compilation output, GeneratorDriverRunResult run) = SyntheticCompilation.RunAgentGenerator(input);
        int expected = solution.Shape.Tools + (2 * solution.Shape.Agents) + 1;
        int generated = run.Results.Single().GeneratedSources.Length;
        if (generated != expected)
        {
            throw new InvalidOperationException($"The generator wrote {generated} files instead of {expected}: run the LargeSolution tests to see why.");
        }

        _generated = output;
        _agentGen = SyntheticCompilation.AgentGenAnalyzers();
        _empty = [new LargeSolutionFloorAnalyzer(withActions: false)];
        _floor = [new LargeSolutionFloorAnalyzer()];
        _floorAndAgentGen = [.. _floor, .. _agentGen];
    }

    /// <summary>Also prints the CPU time of every configuration and each AgentGen analyzer's own time.</summary>
    [GlobalSetup(Target = nameof(CompileWithAgentGen))]
    public async Task SetupAndPrintCpuTimes()
    {
        Setup();
        await LargeSolutionCpuTime.PrintAsync(
            warmupRounds: 1,
            rounds: 5,
            ("compile", () => Task.FromResult(Compile())),
            ("+ AgentGen", CompileWithAgentGen),
            ("+ no-action analyzer", CompileWithEmptyAnalyzer),
            ("+ floor", CompileWithFloor),
            ("+ floor + AgentGen", CompileWithFloorAndAgentGen)).ConfigureAwait(false);
        await LargeSolutionCpuTime.PrintAnalyzerTimesAsync(_generated.Clone(), _agentGen).ConfigureAwait(false);
    }

    /// <summary>The baseline: every compiler diagnostic (declarations and method bodies bound), no analyzer.</summary>
    /// <returns>How many diagnostics.</returns>
    [Benchmark(Baseline = true, Description = "compile (GetDiagnostics), no analyzer")]
    public int Compile() => _generated.Clone().GetDiagnostics().Length;

    /// <summary>The same compiler diagnostics with every AgentGen analyzer attached, and no other.</summary>
    /// <returns>How many diagnostics.</returns>
    [Benchmark(Description = "compile + AgentGen analyzers")]
    public Task<int> CompileWithAgentGen() => AnalyzeAsync(_agentGen);

    /// <summary>The same with only an analyzer that registers no action: what attaching any analyzer costs.</summary>
    /// <returns>How many diagnostics.</returns>
    [Benchmark(Description = "compile + an analyzer with no action")]
    public Task<int> CompileWithEmptyAnalyzer() => AnalyzeAsync(_empty);

    /// <summary>The same with only the do-nothing analyzer: the cost of running analyzers at all.</summary>
    /// <returns>How many diagnostics.</returns>
    [Benchmark(Description = "compile + floor (a do-nothing analyzer)")]
    public Task<int> CompileWithFloor() => AnalyzeAsync(_floor);

    /// <summary>The do-nothing analyzer and every AgentGen analyzer: AgentGen's share is the difference from the floor.</summary>
    /// <returns>How many diagnostics.</returns>
    [Benchmark(Description = "compile + floor + AgentGen analyzers")]
    public Task<int> CompileWithFloorAndAgentGen() => AnalyzeAsync(_floorAndAgentGen);

    /// <summary>For scale: a whole compile to IL, no analyzer.</summary>
    /// <returns>Whether it succeeded.</returns>
    [Benchmark(Description = "emit (IL to memory), no analyzer")]
    public bool Emit()
    {
        using var peStream = new MemoryStream();
        return _generated.Clone().Emit(peStream).Success;
    }

    private async Task<int> AnalyzeAsync(ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        (await SyntheticCompilation.WithAnalyzers(_generated.Clone(), analyzers).GetAllDiagnosticsAsync().ConfigureAwait(false)).Length;
}
