using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace AgentGen.Analyzers.Tests.LargeSolution;

/// <summary>
/// The synthetic solution as the csc benchmark compiles it: written to disk with its generated files and a response
/// file, compiled by the SDK's own csc with AgentGen's analyzers loaded from their assembly, as a build loads them. A
/// tenth of the issue's size, so it takes seconds.
/// </summary>
public sealed class CommandLineCompileTests
{
    private static string AgentGenAnalyzers => SyntheticCompilation.AgentGenAnalyzers()[0].GetType().Assembly.Location;

    [Fact]
    public Task The_written_solution_compiles_with_csc_and_AgentGen_analyzers_with_no_diagnostic() =>
        InScratchDirectoryAsync(async (sdk, directory, cancellationToken) =>
        {
            SyntheticSolution solution = SyntheticSolution.Create(SyntheticShape.Small);
            SyntheticCommandLine written = SyntheticCommandLine.Write(solution, directory, References(sdk), sdk.TargetFramework, cancellationToken);
            Assert.Equal(solution.Files.Count, written.SourceFiles);
            Assert.Equal(solution.Shape.Tools + (2 * solution.Shape.Agents) + 1, written.GeneratedFiles);

            CompilerRun run = await CompilerRun.CscAsync(
                sdk, written.Directory, ["/noconfig", "@" + SyntheticCommandLine.ResponseFileName, "/analyzer:" + AgentGenAnalyzers, "/reportanalyzer"], cancellationToken);

            Assert.True(run.ExitCode == 0, run.Excerpt());
            Assert.True(run.Diagnostics.Count == 0, run.Excerpt());
            Assert.True(File.Exists(written.Output));

            // csc timed every AgentGen analyzer, so each one ran on the compile.
            Assert.All(SyntheticCompilation.AgentGenAnalyzers(), analyzer => Assert.Contains(analyzer.GetType().FullName!, run.Output, StringComparison.Ordinal));
        });

    // The check above (and the benchmark's) reads csc's text output: a tool with no description (an info rule, which csc
    // prints only because the written configuration raises it to a warning) must show up in it.
    [Fact]
    public Task A_defect_compiled_by_csc_is_a_diagnostic_line_of_its_output() =>
        InScratchDirectoryAsync(async (sdk, directory, cancellationToken) =>
        {
            await File.WriteAllTextAsync(
                Path.Combine(directory, "Probe.cs"), "namespace Canary;\n\n[AgentGen.Tool]\npublic sealed partial record Probe(string Target);\n", cancellationToken);
            await File.WriteAllTextAsync(
                Path.Combine(directory, "build.globalconfig"), SyntheticCommandLine.GlobalConfig(directory, sdk.TargetFramework), cancellationToken);

            CompilerRun run = await CompilerRun.CscAsync(
                sdk,
                directory,
                ["/noconfig", "/nologo", "/target:library", "/out:Probe.dll", "/nullable:enable", .. References(sdk).Select(r => "/reference:" + r), "/analyzer:" + AgentGenAnalyzers, "/analyzerconfig:build.globalconfig", "Probe.cs"],
                cancellationToken);

            Assert.True(run.ExitCode == 0, run.Excerpt());
            // The record and its property, as the in-process analysis reports them.
            string[] found = [.. run.Diagnostics.Where(d => d.Contains(": warning " + Descriptors.MissingDescriptionId + ":", StringComparison.Ordinal))];
            Assert.Equal(2, found.Length);
            Assert.All(found, d => Assert.StartsWith("Probe.cs(4,", d, StringComparison.Ordinal));
        });

    [Theory]
    [InlineData("src/A.cs(3,5): warning AGEN0013: The switch over 'IStep' does not handle 'Done'", true)]
    [InlineData("/tmp/x/src/A.cs(3,5): error CS0103: The name 'x' does not exist in the current context", true)]
    [InlineData("warning CS8032: An instance of analyzer X cannot be created from a.dll", true)]
    [InlineData("error CS0006: Metadata file 'b.dll' could not be found", true)]
    [InlineData("info CA1822: Member 'M' does not access instance data", true)]
    [InlineData("Total analyzer execution time: 1.941 seconds.", false)]
    [InlineData("0.566   29      AgentGen.Analyzers.ToolShape.ToolRegistryAnalyzer (AGEN0008)", false)]
    [InlineData("NOTE: Elapsed time may be less than analyzer execution time because analyzers can run concurrently.", false)]
    public void A_line_of_csc_output_is_a_diagnostic_only_when_it_has_a_severity_and_an_ID(string line, bool expected) =>
        Assert.Equal(expected, CompilerRun.IsDiagnostic(line));

    private static List<string> References(DotNetSdk sdk) =>
        [.. sdk.ReferenceAssemblies(), typeof(ToolAttribute).Assembly.Location, typeof(Microsoft.Extensions.AI.AIFunctionDeclaration).Assembly.Location];

    /// <summary>Runs <paramref name="test"/> with the SDK and a new scratch directory, deleted afterwards.</summary>
    private static async Task InScratchDirectoryAsync(Func<DotNetSdk, string, CancellationToken, Task> test)
    {
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        DotNetSdk sdk = await DotNetSdk.LocateAsync(AppContext.BaseDirectory, cancellationToken);
        string directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "agentgen-csc-test-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            await test(sdk, directory, cancellationToken);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
