using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AgentGen.Analyzers.Tests.LargeSolution;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AgentGen.Benchmarks;

/// <summary>
/// What AgentGen's analyzers add to a real compile of the issue's large solution: the SDK's own csc, in a new process
/// per compile (or, with <c>--server</c>, in a compiler server, where <c>dotnet build</c> compiles), compiling the solution
/// and its generated files from disk (<see cref="SyntheticCommandLine"/>) to an assembly, a PDB and a reference assembly,
/// with no analyzer, with AgentGen's, with one that registers no action, and with the SDK's default analyzers with and
/// without AgentGen's. Every configuration compiles the same response file; each run must succeed with no diagnostic at
/// all and write the same assembly, byte for byte, or the benchmark stops with a non-zero exit code.
/// </summary>
internal static class LargeSolutionCsc
{
    /// <summary>Runs the benchmark with the options after <c>--csc</c>; see benchmarks/README.md.</summary>
    /// <returns>0 when measured, 1 when a compile went wrong (nothing is printed as measured then), 2 for a wrong command line.</returns>
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        LargeSolutionCscOptions options;
        try
        {
            options = LargeSolutionCscOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return 2;
        }

        try
        {
            await MeasureAsync(options, cancellationToken).ConfigureAwait(false);
            return 0;
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync("The csc benchmark stopped, and measured nothing that can be trusted: " + e.Message).ConfigureAwait(false);
            return 1;
        }
    }

    private static async Task MeasureAsync(LargeSolutionCscOptions options, CancellationToken cancellationToken)
    {
        DotNetSdk sdk = await DotNetSdk.LocateAsync(Environment.CurrentDirectory, cancellationToken).ConfigureAwait(false);
        ImmutableArray<DiagnosticAnalyzer> agentGen = SyntheticCompilation.AgentGenAnalyzers();
        Console.WriteLine($"// SDK {sdk.Version}: {sdk.Csc}");
        Console.WriteLine($"// Reference pack: {sdk.ReferencePack} ({sdk.TargetFramework})");
        Console.WriteLine($"// Load average: {LargeSolutionCscReport.LoadAverage()}");

        var clock = Stopwatch.StartNew();
        SyntheticSolution solution = SyntheticSolution.Create(SyntheticShape.Full);
        SyntheticCommandLine commandLine = SyntheticCommandLine.Write(
            solution,
            options.Directory,
            [.. sdk.ReferenceAssemblies(), typeof(ToolAttribute).Assembly.Location, typeof(Microsoft.Extensions.AI.AIFunctionDeclaration).Assembly.Location],
            sdk.TargetFramework,
            cancellationToken);
        string noAction = Path.Combine(commandLine.Directory, "analyzers", "NoActionAnalyzers.dll");
        LargeSolutionCscNoActionAnalyzer.Write(noAction);
        Console.WriteLine(
            $"// Wrote {commandLine.SourceFiles} files, {commandLine.GeneratedFiles} generated files and {SyntheticCommandLine.ResponseFileName} " +
            $"to {commandLine.Directory} in {clock.Elapsed.TotalSeconds:F1} s");

        IReadOnlyList<CscConfiguration> configurations = options.Generators
            ? LargeSolutionCscGenerators.Write(solution, commandLine, cancellationToken)
            : Configurations(sdk, agentGen[0].GetType().Assembly.Location, noAction, options.SdkDefaults);
        var check = new LargeSolutionCscCheck(commandLine, [.. agentGen.Select(a => a.GetType().FullName!)], sameAssemblyForAll: !options.Generators);

        // Proof that the analyzers and generators run: csc's own per-analyzer times, once, unmeasured (logging the times costs a little).
        foreach (CscConfiguration configuration in configurations.Where(c => c.RunsAgentGen || c.Generator is not null))
        {
            CompilerRun report = await CompileAsync(sdk, commandLine, configuration, ["/reportanalyzer"], cancellationToken).ConfigureAwait(false);
            check.AssertReportShows(configuration, report);
            LargeSolutionCscReport.PrintAnalyzerReport(configuration, report);
        }

        if (options.Server)
        {
            using LargeSolutionCscServer server = LargeSolutionCscServer.Start(sdk);
            Dictionary<string, List<CscSample>> shared = await MeasureRoundsAsync(
                "compiler server", sdk, commandLine, configurations, check, server, options, cancellationToken).ConfigureAwait(false);
            LargeSolutionCscReport.PrintTable(
                $"csc /shared, in a compiler server of this run's own, median of {options.Rounds} rounds after {options.WarmupRounds} warm-up", configurations, shared, server: true, Shares(options));
        }
        else
        {
            Dictionary<string, List<CscSample>> fresh = await MeasureRoundsAsync(
                "new process", sdk, commandLine, configurations, check, server: null, options, cancellationToken).ConfigureAwait(false);
            LargeSolutionCscReport.PrintTable(
                $"csc in a new process per compile (dotnet exec csc.dll), median of {options.Rounds} rounds after {options.WarmupRounds} warm-up", configurations, fresh, server: false, Shares(options));
        }

        Console.WriteLine($"// Load average: {LargeSolutionCscReport.LoadAverage()}; {clock.Elapsed.TotalMinutes:F1} minutes in all");
    }

    /// <summary>The differences the table ends with: configurations by index, with and without what is measured.</summary>
    private static CscShare[] Shares(LargeSolutionCscOptions options) => options.Generators
        ? [new("AgentGen's generator, (b) - (a)", 1, 0), new("System.Text.Json's generator, (c) - (a)", 2, 0)]
        : [new("AgentGen above the no-action analyzer, (b) - (c)", 1, 2), new("AgentGen above the SDK's default analyzers, (e) - (d)", 4, 3)];

    private static List<CscConfiguration> Configurations(DotNetSdk sdk, string agentGen, string noAction, bool sdkDefaults)
    {
        string[] defaults = [.. sdk.DefaultAnalyzers().Select(a => "/analyzer:" + a), "/analyzerconfig:" + sdk.DefaultAnalysisLevelConfig];
        List<CscConfiguration> configurations =
        [
            new("(a) no analyzer", [], RunsAgentGen: false),
            new("(b) + AgentGen analyzers", ["/analyzer:" + agentGen], RunsAgentGen: true),
            new("(c) + an analyzer with no action", ["/analyzer:" + noAction], RunsAgentGen: false),
        ];
        if (sdkDefaults)
        {
            configurations.Add(new("(d) + SDK default analyzers", defaults, RunsAgentGen: false));
            configurations.Add(new("(e) + SDK default analyzers + AgentGen", [.. defaults, "/analyzer:" + agentGen], RunsAgentGen: true));
        }

        return configurations;
    }

    /// <summary>
    /// Runs every configuration once per round, forward in even rounds and backward in odd ones (so a drift in the
    /// machine's load weighs on all alike), checking each run; keeps the measured rounds' samples.
    /// </summary>
    private static async Task<Dictionary<string, List<CscSample>>> MeasureRoundsAsync(
        string mode,
        DotNetSdk sdk,
        SyntheticCommandLine commandLine,
        IReadOnlyList<CscConfiguration> configurations,
        LargeSolutionCscCheck check,
        LargeSolutionCscServer? server,
        LargeSolutionCscOptions options,
        CancellationToken cancellationToken)
    {
        var samples = configurations.ToDictionary(c => c.Name, _ => new List<CscSample>(), StringComparer.Ordinal);
        // With the generators, every compile also reports their times: csc's own measure of the generator alone.
        string[] shared = [.. server is null ? [] : new[] { "/shared:" + server.PipeName }, .. options.Generators ? ["/reportanalyzer"] : Array.Empty<string>()];
        for (int round = 0; round < options.WarmupRounds + options.Rounds; round++)
        {
            bool warmup = round < options.WarmupRounds;
            foreach (CscConfiguration configuration in round % 2 == 0 ? configurations : configurations.Reverse())
            {
                TimeSpan serverBefore = server?.CpuTime ?? TimeSpan.Zero;
                TimeSpan childBefore = ChildCpuTime.Total;
                long start = Stopwatch.GetTimestamp();
                CompilerRun run = await CompileAsync(sdk, commandLine, configuration, shared, cancellationToken).ConfigureAwait(false);
                TimeSpan wall = Stopwatch.GetElapsedTime(start);
                TimeSpan client = ChildCpuTime.Total - childBefore;
                TimeSpan inServer = (server?.CpuTime ?? TimeSpan.Zero) - serverBefore;
                check.AssertClean(configuration, run);
                if (server is not null && inServer <= client)
                {
                    throw new InvalidOperationException(
                        $"{configuration.Name}: the compiler server used {inServer.TotalSeconds:F2} s of CPU and csc's own process {client.TotalSeconds:F2} s, " +
                        "so csc compiled on its own instead of in the server: see whether the server started (dotnet exec VBCSCompiler.dll -pipename:...).");
                }

                var sample = new CscSample(
                    wall.TotalSeconds,
                    (client + inServer).TotalSeconds,
                    inServer.TotalSeconds,
                    configuration.Generator is { } generator ? LargeSolutionCscReport.GeneratorSeconds(configuration, run, generator) : null);
                if (!warmup)
                {
                    samples[configuration.Name].Add(sample);
                }

                Console.WriteLine(
                    $"// {mode}, {(warmup ? "warm-up" : "round " + (round - options.WarmupRounds + 1))}: {configuration.Name,-40} " +
                    $"wall {sample.Wall,6:F2} s  CPU {sample.Cpu,6:F2} s" + (server is null ? "" : $" (server {sample.ServerCpu:F2} s)") +
                    (sample.GeneratorSeconds is { } seconds ? $"  generator {seconds:F3} s" : ""));
            }

            Console.WriteLine($"// Load average: {LargeSolutionCscReport.LoadAverage()}");
        }

        return samples;
    }

    private static Task<CompilerRun> CompileAsync(
        DotNetSdk sdk, SyntheticCommandLine commandLine, CscConfiguration configuration, IEnumerable<string> extra, CancellationToken cancellationToken) =>
        CompilerRun.CscAsync(
            sdk,
            commandLine.Directory,
            ["/noconfig", "/nologo", .. extra, "@" + configuration.ResponseFile, .. configuration.Arguments],
            cancellationToken);
}

/// <summary>One way of compiling the solution: what is added to the shared response file.</summary>
/// <param name="Name">Its name in the tables.</param>
/// <param name="Arguments">csc arguments after the response file (<c>/analyzer:</c> and <c>/analyzerconfig:</c>).</param>
/// <param name="RunsAgentGen">Whether AgentGen's analyzers are among them.</param>
/// <param name="ResponseFile">The response file with the sources and options, in the solution's directory.</param>
/// <param name="Generator">The full name of the generator the compile runs, which <c>/reportanalyzer</c> must list; null for none.</param>
internal sealed record CscConfiguration(
    string Name,
    IReadOnlyList<string> Arguments,
    bool RunsAgentGen,
    string ResponseFile = SyntheticCommandLine.ResponseFileName,
    string? Generator = null);

/// <summary>A difference the table ends with: what configuration <paramref name="With"/> adds to <paramref name="Without"/>.</summary>
/// <param name="What">Its label.</param>
/// <param name="With">The configuration with the thing measured, by index.</param>
/// <param name="Without">The one without it, by index.</param>
internal sealed record CscShare(string What, int With, int Without);

/// <summary>One measured compile, in seconds.</summary>
/// <param name="Wall">From starting csc to its exit.</param>
/// <param name="Cpu">CPU time (user and system) of csc's process, plus the server's during the compile when there is one.</param>
/// <param name="ServerCpu">The server's share of <paramref name="Cpu"/>; 0 without a server.</param>
/// <param name="GeneratorSeconds">The generator's time as csc's <c>/reportanalyzer</c> gives it, where one runs.</param>
internal sealed record CscSample(double Wall, double Cpu, double ServerCpu, double? GeneratorSeconds = null);
