using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using AgentGen.Analyzers.Tests.LargeSolution;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace AgentGen.Benchmarks;

/// <summary>
/// The AgentGen generator on the issue's large solution (200 tools in 20 unions, 20 agents, 2,000 files) against
/// System.Text.Json's generator given a <c>JsonSerializerContext</c> with one <c>[JsonSerializable]</c> per tool record
/// (snake_case names, enums as strings, as AgentGen's JSON). Both run over the same compilation: the solution plus that
/// context file, which AgentGen ignores, each with a new driver (nothing cached), as in a command-line build.
/// </summary>
/// <remarks>
/// <see cref="CompilationState"/> says what the generators start from: <c>reused</c> is one compilation whose symbols the
/// warm-up runs have already created, so only the generator's own work is timed; <c>fresh</c> is a new
/// <see cref="Microsoft.CodeAnalysis.Compilation.Clone"/> each time, so each run also pays for creating the symbols of
/// 2,000 files that it looks at, as the first generator of a build does. <see cref="Output"/> says whether parsing the
/// generated files is counted.
/// </remarks>
[MinColumn, MedianColumn]
public class LargeSolutionGeneratorBenchmarks
{
    private Compilation _input = null!;
    private ISourceGenerator _agentGen = null!;
    private ISourceGenerator _systemTextJson = null!;

    /// <summary>Whether each run starts from the same compilation or a fresh clone of it.</summary>
    [Params("reused", "fresh")]
    public string CompilationState { get; set; } = "reused";

    /// <summary>
    /// Whether the generated files are also parsed: Roslyn parses them lazily, when the compiler first needs them, so
    /// <c>lazy</c> is the generator alone and <c>parsed</c> adds what parsing its output costs the build.
    /// </summary>
    [Params("lazy", "parsed")]
    public string Output { get; set; } = "lazy";

    /// <summary>Builds and parses the solution, loads both generators, and checks that each generates what it should.</summary>
    [GlobalSetup]
    public void Setup()
    {
        SyntheticSolution solution = SyntheticSolution.Create(SyntheticShape.Full);
        _input = SyntheticCompilation.Create(SyntheticCompilation.Parse([.. solution.Files, solution.JsonContext()]));
        _agentGen = new global::AgentGen.Generators.AgentGenerator().AsSourceGenerator();
        (_systemTextJson, string path) = LargeSolutionJsonGenerator.Load();

        GeneratorRunResult agentGen = Run(_agentGen);
        GeneratorRunResult json = Run(_systemTextJson);
        int expected = solution.Shape.Tools + (2 * solution.Shape.Agents) + 1;
        if (agentGen.Exception is not null || agentGen.GeneratedSources.Length != expected)
        {
            throw new InvalidOperationException($"AgentGen wrote {agentGen.GeneratedSources.Length} files instead of {expected}: {agentGen.Exception}");
        }

        string[] missing = [.. solution.ToolTypes
            .Select(t => t[(t.LastIndexOf('.') + 1)..])
            .Where(name => !json.GeneratedSources.Any(s => s.HintName.Contains("." + name + ".g.cs", StringComparison.Ordinal)))];
        if (json.Exception is not null || missing.Length > 0)
        {
            throw new InvalidOperationException(
                $"System.Text.Json's generator did not write the tools {string.Join(", ", missing.Take(5))}... ({missing.Length}): {json.Exception}");
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// AgentGen: {agentGen.GeneratedSources.Length} files, {Characters(agentGen)} characters; " +
            $"System.Text.Json ({path}): {json.GeneratedSources.Length} files, {Characters(json)} characters, {json.Diagnostics.Length} diagnostics"));
    }

    /// <summary>Also prints both generators' CPU time with this run's parameters, which a busy machine disturbs far less than wall time.</summary>
    [GlobalSetup(Target = nameof(AgentGenGenerator))]
    public Task SetupAndPrintCpuTimes()
    {
        Setup();
        Console.WriteLine($"// [{CompilationState}, {Output}]");
        return LargeSolutionCpuTime.PrintAsync(
            warmupRounds: 5,
            rounds: 9,
            ("System.Text.Json", () => Task.FromResult(SystemTextJsonGenerator())),
            ("AgentGen", () => Task.FromResult(AgentGenGenerator())));
    }

    /// <summary>The baseline: System.Text.Json's generator on the JSON context of the 200 records.</summary>
    /// <returns>How many files it generated.</returns>
    [Benchmark(Baseline = true, Description = "System.Text.Json generator, [JsonSerializable] x 200")]
    public int SystemTextJsonGenerator() => Run(_systemTextJson).GeneratedSources.Length;

    /// <summary>The AgentGen generator: 200 tools, 20 unions, 20 agents and the registry.</summary>
    /// <returns>How many files it generated.</returns>
    [Benchmark(Description = "AgentGen generator, 200 tools + 20 unions + 20 agents")]
    public int AgentGenGenerator() => Run(_agentGen).GeneratedSources.Length;

    private GeneratorRunResult Run(ISourceGenerator generator)
    {
        Compilation compilation = CompilationState == "fresh" ? _input.Clone() : _input;
        GeneratorRunResult result = SyntheticCompilation.RunGenerators(compilation, [generator]).Result.Results.Single();
        if (Output == "parsed")
        {
            foreach (GeneratedSourceResult source in result.GeneratedSources)
            {
                _ = source.SyntaxTree.GetRoot();
            }
        }

        return result;
    }

    private static long Characters(GeneratorRunResult run) => run.GeneratedSources.Sum(s => (long)s.SourceText.Length);
}
