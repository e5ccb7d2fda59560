using System;
using System.Linq;
using AgentGen.Generators.Tests.Tools;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AgentGen.Generators.Tests.Robustness;

/// <summary>
/// Generated code needs C# 11 (raw and UTF-8 string literals, static abstract interface members). A project on an
/// older language version gets nothing generated, rather than errors in files it cannot see or fix.
/// </summary>
public sealed class LanguageVersionTests
{
    [Fact]
    public void With_CSharp_10_nothing_is_generated_and_the_project_still_compiles()
    {
        GeneratorResult result = Run(LanguageVersion.CSharp10);

        Assert.Empty(result.GeneratedSources);
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationErrors);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp11)]
    [InlineData(LanguageVersion.CSharp12)]
    [InlineData(LanguageVersion.Latest)]
    public void From_CSharp_11_on_every_tool_is_generated_and_compiles(LanguageVersion version)
    {
        GeneratorResult result = Run(version);

        GeneratorAssert.AssertCleanRun(result);
        Assert.Equal(
            ["AgentGen.Generated.ToolRegistry.g.cs", "Demo.DeployBackend.g.cs", "Demo.DoneForNow.g.cs", "Demo.ListGitTags.g.cs", "Demo.RequestMoreInformation.g.cs"],
            result.GeneratedSources.Keys);
    }

    [Fact]
    public void Raising_the_language_version_generates_the_tools_from_the_models_already_parsed()
    {
        GeneratorResult csharp10 = Run(LanguageVersion.CSharp10);
        Assert.Empty(csharp10.GeneratedSources);

        // What the IDE does when the user edits <LangVersion>: new parse options for the driver and every file.
        CSharpParseOptions latest = GeneratorHarness.DefaultParseOptions;
        Compilation raised = csharp10.InputCompilation.RemoveAllSyntaxTrees().AddSyntaxTrees(
            csharp10.InputCompilation.SyntaxTrees.Select(tree => tree.WithRootAndOptions(tree.GetRoot(TestContext.Current.CancellationToken), latest)));
        GeneratorResult rerun = GeneratorHarness.Rerun(csharp10 with { Driver = csharp10.Driver.WithUpdatedParseOptions(latest) }, raised);

        GeneratorAssert.AssertCleanRun(rerun);
        Assert.Equal(5, rerun.GeneratedSources.Count); // four tools and the registry
        string steps = IncrementalSteps.Describe(rerun);
        Assert.True(
            IncrementalSteps.Reasons(rerun, TrackingNames.ToolModels) is { Length: 4 } reasons
                && reasons.All(static r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged),
            $"The tool models do not depend on the language version and should be reused.\n{steps}");
    }

    private static GeneratorResult Run(LanguageVersion version) =>
        GeneratorHarness.Run(
            [ToolScenarios.Markers],
            parseOptions: GeneratorHarness.DefaultParseOptions.WithLanguageVersion(version));
}
