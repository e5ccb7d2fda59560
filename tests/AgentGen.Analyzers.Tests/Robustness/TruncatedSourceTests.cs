using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace AgentGen.Analyzers.Tests.Robustness;

/// <summary>
/// Analyzers and code fixes run on every keystroke: on half-typed code they must report or offer nothing rather than
/// throw (an AD0001 warning in the user's build, a failed light bulb in the IDE). Every analyzer and every code fix of
/// the two assemblies runs on the corpus cut at many offsets.
/// </summary>
public sealed class TruncatedSourceTests
{
    /// <summary>A low tool limit so the size rule has something to say about the corpus's small agents.</summary>
    private static readonly RunOptions Options = new(GlobalOptions: new Dictionary<string, string>(StringComparer.Ordinal) { ["agentgen.max_tools_per_agent"] = "3" });

    /// <summary>How many cuts each file gets, at evenly spread offsets (the complete file is always one of them).</summary>
    private const int CutsPerFile = 60;

    public static TheoryData<string> Corpora => new() { nameof(Corpus.DeployAgent), nameof(Corpus.ShapeMistakes), nameof(Corpus.RuleGallery), "DeployBot sample" };

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task No_analyzer_or_code_fix_throws_on_a_cut_file(string corpus)
    {
        (string Path, string Text)[] files = Files(corpus);
        var failures = new List<string>();
        var fixedIds = new HashSet<string>(StringComparer.Ordinal);
        int runs = 0;
        for (int i = 0; i < files.Length; i++)
        {
            foreach (int length in Cuts(files[i].Text.Length))
            {
                var cut = files.ToArray();
                cut[i] = (files[i].Path, files[i].Text.Substring(0, length));
                AnalysisRun run = await AnalyzerRunner.RunAsync(cut, TestContext.Current.CancellationToken, Options);
                string where = $"{Path.GetFileName(files[i].Path)} cut at {length}";
                failures.AddRange(run.Failures.Select(f => $"{where}: {f}"));
                failures.AddRange(run.Diagnostics.Where(d => d.Id == "AD0001").Select(d => $"{where}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
                failures.AddRange((await CodeFixRunner.RunAsync(run, fixedIds, TestContext.Current.CancellationToken)).Select(f => $"{where}: {f}"));
                runs++;
            }
        }

        Assert.Empty(failures);
        Assert.True(runs >= CutsPerFile, $"only {runs} cuts were analyzed");
    }

    [Fact]
    public async Task The_corpus_reaches_every_rule_and_every_fix()
    {
        // Without this, the test above could pass by never reaching a rule or a fix.
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var fixedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (string corpus in Corpora)
        {
            AnalysisRun run = await AnalyzerRunner.RunAsync(Files(corpus), TestContext.Current.CancellationToken, Options);
            Assert.Empty(run.Failures);
            reported.UnionWith(run.Diagnostics.Select(d => d.Id));
            Assert.Empty(await CodeFixRunner.RunAsync(run, fixedIds, TestContext.Current.CancellationToken));
        }

        var every = AnalyzerRunner.AllAnalyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(every.Except(reported).OrderBy(id => id, StringComparer.Ordinal));
        var fixable = CodeFixRunner.AllCodeFixes.SelectMany(f => f.FixableDiagnosticIds).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(fixable.Except(fixedIds).OrderBy(id => id, StringComparer.Ordinal));
    }

    private static (string Path, string Text)[] Files(string corpus) => corpus switch
    {
        nameof(Corpus.DeployAgent) => [("DeployAgent.cs", Corpus.DeployAgent)],
        nameof(Corpus.ShapeMistakes) => [("Tools.cs", Corpus.ShapeMistakes)],
        nameof(Corpus.RuleGallery) => [("Gallery.cs", Corpus.RuleGallery)],
        _ => Directory.GetFiles(Path.Combine(AnalyzerRunner.RepositoryRoot(), "samples", "DeployBot"), "*.cs")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (p, File.ReadAllText(p)))
            .ToArray(),
    };

    /// <summary>Offsets spread over the file, not on a round stride, ending with the whole file.</summary>
    private static IEnumerable<int> Cuts(int length)
    {
        int stride = Math.Max(7, length / CutsPerFile) | 1;
        for (int cut = 0; cut < length; cut += stride)
        {
            yield return cut;
        }

        yield return length;
    }
}
