using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AgentGen.Generators.Tests;

public sealed class GeneratorHarnessTests
{
    private const string OneTool = """
        using AgentGen;

        namespace Demo;

        /// <summary>Say that the work is finished.</summary>
        [Tool] public sealed partial record DoneForNow(string Message);
        """;

    [Fact]
    public void The_compilation_sees_the_runtime_Microsoft_Extensions_AI_and_data_annotations()
    {
        var compilation = GeneratorHarness.CreateCompilation(["""
            using System.ComponentModel.DataAnnotations;

            public sealed class Uses
            {
                public AgentGen.ToolAttribute? Tool { get; set; }
                public Microsoft.Extensions.AI.AIFunctionDeclaration? Declaration { get; set; }
                [Range(1, 10)] public int Limit { get; set; }
            }
            """]);

        Assert.Empty(compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(static d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void AssertCleanRun_reports_compilation_errors_with_their_file_and_line()
    {
        var result = GeneratorHarness.Run("class C\n{\n    int M() => \"x\";\n}\n");

        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => GeneratorAssert.AssertCleanRun(result));

        Assert.Contains("Source0.cs(3,16): error CS0029", failure.Message, StringComparison.Ordinal);
        Assert.Contains("3: int M() => \"x\";", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tool_is_generated_under_its_hint_name_and_an_unchanged_rerun_is_cached()
    {
        var result = GeneratorHarness.Run(OneTool);
        GeneratorAssert.AssertCleanRun(result);
        Assert.Contains("DoneForNow", result.Generated("Demo.DoneForNow.g.cs"), StringComparison.Ordinal);

        var rerun = GeneratorHarness.Rerun(result, GeneratorHarness.AddSource(result.InputCompilation, "class Unrelated;"));

        IncrementalSteps.AssertAllCached(rerun, TrackingNames.ToolModels);
        Assert.Equal(result.GeneratedSources, rerun.GeneratedSources);
    }

    [Fact]
    public void A_misspelt_tracking_name_fails_instead_of_passing_vacuously()
    {
        var result = GeneratorHarness.Run(OneTool);

        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => IncrementalSteps.AssertAllCached(result, "NoSuchStep"));

        Assert.Contains("No step tracked as 'NoSuchStep' ran.", failure.Message, StringComparison.Ordinal);
    }
}
