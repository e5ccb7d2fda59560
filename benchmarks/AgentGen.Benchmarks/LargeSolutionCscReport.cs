using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using AgentGen.Analyzers.Tests.LargeSolution;

namespace AgentGen.Benchmarks;

/// <summary>
/// Refuses a run that would make the numbers meaningless: a compile that failed or printed any diagnostic (an AgentGen
/// false positive, an analyzer that could not load or threw, a compiler warning), an assembly that differs from the
/// other configurations' (so they did not compile the same thing), or a <c>/reportanalyzer</c> report without every
/// AgentGen analyzer in it (so they did not run).
/// </summary>
/// <param name="commandLine">The solution on disk.</param>
/// <param name="agentGenAnalyzers">The full names of AgentGen's analyzers, which <c>/reportanalyzer</c> must list where they run.</param>
/// <param name="sameAssemblyForAll">
/// Whether every configuration must write the same assembly. Where generators run, the generated files come after the
/// others, so the assembly differs from configuration to configuration: each must then write the same one every time.
/// </param>
internal sealed class LargeSolutionCscCheck(SyntheticCommandLine commandLine, IReadOnlyList<string> agentGenAnalyzers, bool sameAssemblyForAll = true)
{
    private readonly Dictionary<string, (string Assembly, string Configuration)> _assemblies = new(StringComparer.Ordinal);

    /// <summary>Throws unless the run compiled with no diagnostic and wrote the same assembly as every run before it.</summary>
    /// <exception cref="InvalidOperationException">It did not.</exception>
    public void AssertClean(CscConfiguration configuration, CompilerRun run)
    {
        if (run.ExitCode != 0 || run.Diagnostics.Count > 0)
        {
            int agentGen = run.Diagnostics.Count(d => d.Contains(": warning AGEN", StringComparison.Ordinal) || d.Contains(": error AGEN", StringComparison.Ordinal));
            throw new InvalidOperationException(
                $"{configuration.Name}: csc exited with {run.ExitCode} and printed {run.Diagnostics.Count} diagnostics ({agentGen} of AgentGen); " +
                $"every configuration must compile with none. Rerun by hand in {commandLine.Directory}: dotnet exec csc.dll /noconfig " +
                $"@{configuration.ResponseFile} {string.Join(' ', configuration.Arguments)}\n{run.Excerpt()}");
        }

        string assembly = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(commandLine.Output)));
        string key = sameAssemblyForAll ? string.Empty : configuration.Name;
        if (!_assemblies.TryGetValue(key, out (string Assembly, string Configuration) first))
        {
            _assemblies[key] = (assembly, configuration.Name);
        }
        else if (assembly != first.Assembly)
        {
            throw new InvalidOperationException(
                $"{configuration.Name} wrote another assembly than {first.Configuration} (SHA-256 {assembly} against {first.Assembly}): " +
                "the compiles did not compile the same sources with the same options, so comparing their times means nothing.");
        }
    }

    /// <summary>
    /// Throws unless the run is clean and its <c>/reportanalyzer</c> report names every AgentGen analyzer (where they run)
    /// and the generator (where one runs).
    /// </summary>
    /// <exception cref="InvalidOperationException">It is not, or an analyzer or the generator is missing from the report.</exception>
    public void AssertReportShows(CscConfiguration configuration, CompilerRun run)
    {
        AssertClean(configuration, run);
        IEnumerable<string> expected = [.. configuration.RunsAgentGen ? agentGenAnalyzers : [], .. configuration.Generator is { } generator ? [generator] : Array.Empty<string>()];
        string[] missing = [.. expected.Where(name => !run.Output.Contains(name, StringComparison.Ordinal))];
        if (missing.Length > 0)
        {
            throw new InvalidOperationException(
                $"{configuration.Name}: csc's /reportanalyzer does not list {string.Join(", ", missing)}, so it did not run: " +
                $"check the /analyzer: path and what the assembly depends on.\n{run.Excerpt()}");
        }
    }
}

/// <summary>Prints what the csc benchmark measured, as Markdown tables to paste into benchmarks/README.md.</summary>
internal static class LargeSolutionCscReport
{
    /// <summary>The 1, 5 and 15 minute load averages (Linux), or "unknown".</summary>
    public static string LoadAverage()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path) ? string.Join(", ", File.ReadAllText(path).Split(' ').Take(3)) : "unknown";
    }

    /// <summary>
    /// Prints csc's <c>/reportanalyzer</c> output of one configuration: the totals, every assembly's time, and the time
    /// of each AgentGen analyzer and of each generator (the other assemblies' analyzers are counted, not listed).
    /// </summary>
    public static void PrintAnalyzerReport(CscConfiguration configuration, CompilerRun run)
    {
        Console.WriteLine($"// csc /reportanalyzer, {configuration.Name} (one unmeasured compile):");
        bool listed = false;
        bool generators = false;
        int left = 0;
        foreach (string line in run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            string trimmed = line.Trim();
            generators |= trimmed.StartsWith("Total generator execution time", StringComparison.Ordinal);
            bool assembly = trimmed.Contains(", Version=", StringComparison.Ordinal);
            bool member = !assembly && trimmed.Length > 0 && (char.IsDigit(trimmed[0]) || trimmed[0] == '<');
            if (assembly)
            {
                listed = generators || trimmed.Contains("AgentGen", StringComparison.Ordinal);
            }

            if (member && !listed)
            {
                left++;
                continue;
            }

            Console.WriteLine("//   " + line.TrimEnd());
        }

        if (left > 0)
        {
            Console.WriteLine($"//   ({left} lines of other assemblies' analyzers left out)");
        }
    }

    /// <summary>
    /// Prints each configuration's median wall and CPU time and their change from the first configuration, each round's
    /// CPU time, and the differences <paramref name="shares"/> name (what AgentGen adds to the configuration without it).
    /// </summary>
    public static void PrintTable(
        string title, IReadOnlyList<CscConfiguration> configurations, Dictionary<string, List<CscSample>> samples, bool server, IReadOnlyList<CscShare> shares)
    {
        double baseWall = Median(samples[configurations[0].Name], s => s.Wall);
        double baseCpu = Median(samples[configurations[0].Name], s => s.Cpu);
        Console.WriteLine();
        Console.WriteLine($"// {title}; load average now {LoadAverage()}:");
        Console.WriteLine();
        bool generators = samples.Values.Any(list => list.Any(s => s.GeneratorSeconds is not null));
        Console.WriteLine("| configuration | wall | vs (a) | CPU | vs (a) |" + (server ? " of which server |" : "") + (generators ? " generator (csc's report) |" : "") + " CPU of each round |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |" + (server ? " ---: |" : "") + (generators ? " ---: |" : "") + " --- |");
        foreach (CscConfiguration configuration in configurations)
        {
            List<CscSample> measured = samples[configuration.Name];
            double wall = Median(measured, s => s.Wall);
            double cpu = Median(measured, s => s.Cpu);
            string rounds = string.Join(" ", measured.Select(s => s.Cpu.ToString("F2", CultureInfo.InvariantCulture)));
            Console.WriteLine(FormattableString.Invariant(
                $"| {configuration.Name} | {wall:F2} s | {Percent(wall, baseWall)} | {cpu:F2} s | {Percent(cpu, baseCpu)} |") +
                (server ? FormattableString.Invariant($" {Median(measured, s => s.ServerCpu):F2} s |") : "") +
                (generators ? (measured.All(s => s.GeneratorSeconds is not null) ? FormattableString.Invariant($" {Median(measured, s => s.GeneratorSeconds!.Value):F3} s |") : " |") : "") +
                $" {rounds} |");
        }

        Console.WriteLine();
        foreach (CscShare share in shares)
        {
            PrintShare(share.What, configurations, samples, share.With, share.Without, baseWall, baseCpu);
        }
    }

    private static void PrintShare(
        string what, IReadOnlyList<CscConfiguration> configurations, Dictionary<string, List<CscSample>> samples, int with, int without, double baseWall, double baseCpu)
    {
        if (configurations.Count <= Math.Max(with, without))
        {
            return;
        }

        List<CscSample> a = samples[configurations[with].Name];
        List<CscSample> b = samples[configurations[without].Name];
        double wallWithout = Median(b, s => s.Wall);
        double cpuWithout = Median(b, s => s.Cpu);
        double wall = Median(a, s => s.Wall) - wallWithout;
        double cpu = Median(a, s => s.Cpu) - cpuWithout;
        Console.WriteLine(FormattableString.Invariant(
            $"// {what}: wall {wall:+0.00;-0.00} s ({wall / baseWall * 100:+0.0;-0.0}% of (a), {wall / wallWithout * 100:+0.0;-0.0}% over {configurations[without].Name[..3]}), ") +
            FormattableString.Invariant($"CPU {cpu:+0.00;-0.00} s ({cpu / baseCpu * 100:+0.0;-0.0}% of (a), {cpu / cpuWithout * 100:+0.0;-0.0}% over {configurations[without].Name[..3]})"));
    }

    /// <summary>The generator's time in a <c>/reportanalyzer</c> report: the seconds on the line that ends with its full name.</summary>
    /// <exception cref="InvalidOperationException">The report has no such line.</exception>
    public static double GeneratorSeconds(CscConfiguration configuration, CompilerRun run, string generator)
    {
        foreach (string line in run.Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.EndsWith(" " + generator, StringComparison.Ordinal))
            {
                string seconds = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                return seconds.StartsWith('<') ? 0 : double.Parse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"{configuration.Name}: csc's /reportanalyzer gives no time for {generator}.\n{run.Excerpt()}");
    }

    private static string Percent(double value, double baseline) =>
        (value / baseline - 1).ToString("+0.0%;-0.0%;0.0%", CultureInfo.InvariantCulture);

    private static double Median(List<CscSample> samples, Func<CscSample, double> value)
    {
        double[] sorted = [.. samples.Select(value).Order()];
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
