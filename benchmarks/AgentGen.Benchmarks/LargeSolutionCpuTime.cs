using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using AgentGen.Analyzers.Tests.LargeSolution;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace AgentGen.Benchmarks;

/// <summary>
/// Figures printed beside the large-solution benchmarks: the process's CPU time per configuration (all threads; on a
/// shared machine, wall time is mostly the other processes' work, CPU time is this one's), and each analyzer's own
/// time as Roslyn's analyzer telemetry counts it.
/// </summary>
internal static class LargeSolutionCpuTime
{
    /// <summary>
    /// Runs every configuration once per round, in turn (forward, then backward, so a drift in the machine's load weighs
    /// on all alike), after <paramref name="warmupRounds"/> unmeasured rounds (the JIT's background work would count
    /// otherwise), each from a collected heap (the garbage a configuration leaves would count on the next one), and prints each one's median CPU time and its change from the first.
    /// </summary>
    public static async Task PrintAsync(int warmupRounds, int rounds, params (string Name, Func<Task<int>> Run)[] configurations)
    {
        var times = configurations.ToDictionary(c => c.Name, _ => new List<double>(), StringComparer.Ordinal);
        for (int round = 0; round < warmupRounds + rounds; round++)
        {
            IEnumerable<(string Name, Func<Task<int>> Run)> order = round % 2 == 0 ? configurations : Enumerable.Reverse(configurations);
            foreach ((string name, Func<Task<int>> run) in order)
            {
                // The previous configuration's garbage is collected here, not on the next one's time.
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                TimeSpan before = Process.GetCurrentProcess().TotalProcessorTime;
                await run().ConfigureAwait(false);
                TimeSpan spent = Process.GetCurrentProcess().TotalProcessorTime - before;
                if (round >= warmupRounds)
                {
                    times[name].Add(spent.TotalSeconds);
                }
            }
        }

        double baseline = Median(times[configurations[0].Name]);
        Console.WriteLine($"// CPU time of the process, median of {rounds} rounds (each round's time in brackets):");
        foreach ((string name, _) in configurations)
        {
            double median = Median(times[name]);
            string each = string.Join(" ", times[name].Select(t => t.ToString("F3", CultureInfo.InvariantCulture)));
            Console.WriteLine(FormattableString.Invariant($"//   {name,-20} {median,7:F3} s  {(median / baseline - 1) * 100,6:+0.0;-0.0;0.0}%  [{each}]"));
        }
    }

    /// <summary>
    /// Prints how long each analyzer's actions took in one analysis of <paramref name="compilation"/>, as Roslyn's
    /// telemetry counts it. The time includes what an action makes the compiler bind lazily for the first time.
    /// </summary>
    public static async Task PrintAnalyzerTimesAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true);
        CompilationWithAnalyzers analysis = compilation.WithAnalyzers(analyzers, options);

        // Telemetry is kept by the state-tracking analysis (GetAnalyzerDiagnosticsAsync), not by GetAllDiagnosticsAsync.
        ImmutableArray<Diagnostic> diagnostics = await analysis.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        Console.WriteLine(FormattableString.Invariant($"// Analyzer telemetry, one analysis ({diagnostics.Length} diagnostics):"));
        foreach (DiagnosticAnalyzer analyzer in analyzers)
        {
            AnalyzerTelemetryInfo telemetry = await analysis.GetAnalyzerTelemetryInfoAsync(analyzer, default).ConfigureAwait(false);
            Console.WriteLine(FormattableString.Invariant($"//   {analyzer.GetType().Name,-28} {telemetry.ExecutionTime.TotalMilliseconds,6:F0} ms in its actions"));
        }
    }

    private static double Median(List<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
