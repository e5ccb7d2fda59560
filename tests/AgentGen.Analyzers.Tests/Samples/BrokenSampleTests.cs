using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace AgentGen.Analyzers.Tests.Samples;

/// <summary>
/// The samples are the guide's model agents: built as their projects build them (the generator runs, its output is
/// analyzed too), they get no AgentGen diagnostic. A copy of DeployBot with one deliberate mistake per rule gets
/// exactly the diagnostics that mistake must cause, where it must cause them.
/// </summary>
public sealed class BrokenSampleTests
{
    // A sample that compiles another sample's agent in (a linked <Compile Include="..\...">, like DeployHost serving
    // DeployBot's agent over HTTP) is checked through that sample; its own files are host code for other frameworks.
    public static TheoryData<string> Samples => new(Directory.GetDirectories(Path.Combine(AnalyzerRunner.RepositoryRoot(), "samples"))
        .Where(d => Directory.GetFiles(d, "*.cs").Length > 0)
        .Where(d => !Directory.GetFiles(d, "*.csproj").Any(p => File.ReadAllText(p).Contains("<Compile Include=\"..", StringComparison.Ordinal)))
        .Select(Path.GetFileName)
        .OrderBy(n => n, StringComparer.Ordinal)!);

    public static TheoryData<string> Rules => new(SampleBreakages.All.Select(b => b.Rule));

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_sample_compiles_with_no_AgentGen_warning_or_error(string sample)
    {
        AnalysisRun run = await RunAsync(Sources(sample), globalOptions: null);

        Assert.Empty(run.Failures);
        Assert.Empty(run.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(Describe));

        // The analyzers saw what the compiler sees: the generated agent and tools, with nothing unresolved.
        Assert.Empty(run.Compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).Select(Describe));
        Assert.Contains(run.Compilation.SyntaxTrees, t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_sample_has_no_AgentGen_diagnostic_at_all(string sample)
    {
        // Suggestions included: the samples document every tool and property.
        AnalysisRun run = await RunAsync(Sources(sample), globalOptions: null);

        Assert.Empty(run.Diagnostics.Select(Describe));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public Task A_deliberate_mistake_is_reported_where_it_is(string rule) =>
        AssertReportedWhereTheyAre([SampleBreakages.All.Single(b => b.Rule == rule)]);

    /// <summary>
    /// The rules that share one walk per file (AGEN0013, AGEN0014, AGEN0016) and one that looks at the agent's members
    /// (AGEN0015), broken in one copy and analyzed together: each still reports its own mistake, and only that.
    /// </summary>
    [Fact]
    public Task Mistakes_for_rules_that_share_a_walk_are_each_reported_where_they_are() =>
        AssertReportedWhereTheyAre([.. SampleBreakages.All.Where(b => b.Rule is "AGEN0013" or "AGEN0014" or "AGEN0015" or "AGEN0016")]);

    private static async Task AssertReportedWhereTheyAre(Breakage[] breakages)
    {
        (string Path, string Text)[] sources = Sources("DeployBot");
        foreach (Breakage breakage in breakages)
        {
            int index = Array.FindIndex(sources, s => Path.GetFileName(s.Path) == breakage.File);
            string broken = breakage.Apply(sources[index].Text);
            Assert.True(breakage.GlobalOptions is not null || broken != sources[index].Text, $"the {breakage.Rule} breakage changed nothing");
            sources[index] = (sources[index].Path, broken);
        }

        AnalysisRun run = await RunAsync(sources, breakages.Length == 1 ? breakages[0].GlobalOptions : null);

        Assert.Empty(run.Failures);
        var missing = new List<string>();
        var actual = run.Diagnostics.ToList();
        foreach (ExpectedDiagnostic expected in breakages.SelectMany(b => b.Expected))
        {
            string text = sources.Single(s => Path.GetFileName(s.Path) == expected.File).Text;
            int anchor = text.IndexOf(expected.Anchor, StringComparison.Ordinal);
            Assert.True(anchor >= 0 && text.IndexOf(expected.Anchor, anchor + 1, StringComparison.Ordinal) < 0, $"'{expected.Anchor}' is not in {expected.File} exactly once");
            int start = anchor + (expected.Text is null ? 0 : expected.Anchor.IndexOf(expected.Text, StringComparison.Ordinal));
            Diagnostic? match = actual.FirstOrDefault(d =>
                d.Id == expected.Id && Path.GetFileName(d.Location.SourceTree?.FilePath) == expected.File && d.Location.SourceSpan.Start == start &&
                (expected.Text is null || d.Location.SourceSpan.Length == expected.Text.Length));
            if (match is null)
            {
                missing.Add($"{expected.Id} in {expected.File} at '{expected.Text ?? expected.Anchor}'");
            }
            else
            {
                actual.Remove(match);
            }
        }

        Assert.True(missing.Count == 0 && actual.Count == 0,
            $"missing: [{string.Join("; ", missing)}]; unexpected: [{string.Join("; ", actual.Select(Describe))}]");
    }

    [Fact]
    public void Every_rule_has_a_deliberate_mistake()
    {
        var rules = AnalyzerRunner.AllAnalyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(rules.Except(SampleBreakages.All.Select(b => b.Rule)).OrderBy(id => id, StringComparer.Ordinal));
    }

    private static Task<AnalysisRun> RunAsync((string Path, string Text)[] sources, IReadOnlyDictionary<string, string>? globalOptions) =>
        AnalyzerRunner.RunAsync(sources, TestContext.Current.CancellationToken, new RunOptions(GlobalOptions: globalOptions, RunGenerator: true, OutputKind: OutputKind.ConsoleApplication));

    /// <summary>The sample's C# files, with LF line endings whatever the checkout did.</summary>
    private static (string Path, string Text)[] Sources(string sample) =>
        Directory.GetFiles(Path.Combine(AnalyzerRunner.RepositoryRoot(), "samples", sample), "*.cs")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (p, File.ReadAllText(p).Replace("\r\n", "\n", StringComparison.Ordinal)))
            .ToArray();

    private static string Describe(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        return $"{diagnostic.Id} {Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): " +
            diagnostic.GetMessage(CultureInfo.InvariantCulture);
    }
}
