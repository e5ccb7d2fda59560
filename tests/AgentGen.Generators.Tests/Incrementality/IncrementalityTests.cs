using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AgentGen.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AgentGen.Generators.Tests.Incrementality;

/// <summary>
/// Edits that do not touch a tool must not make the generator redo its work, or every keystroke in a big
/// solution would re-emit every tool; an edit to one tool must re-emit that tool only.
/// </summary>
public sealed class IncrementalityTests
{
    private const string Tools = """
        using System.ComponentModel;
        using AgentGen;

        namespace Demo;

        /// <summary>List the newest git tags of the backend repository.</summary>
        [Tool]
        public sealed partial record ListGitTags([property: Description("How many tags")] int Limit = 10);

        /// <summary>Deploy one tag of the backend to an environment.</summary>
        [Tool, RequiresApproval]
        public sealed partial record DeployBackend(string Tag, Environment Environment);

        public enum Environment { Staging, Production }
        """;

    private const string Helper = """
        namespace Demo.Internal;

        internal static class Versions
        {
            public static int Latest() => 1;
        }
        """;

    private static readonly string[] ModelSteps = [TrackingNames.ToolModels, TrackingNames.SupportedToolModels];

    [Fact]
    public void Adding_an_unrelated_file_reuses_every_model_and_output()
    {
        GeneratorResult first = RunClean(Tools);

        GeneratorResult rerun = GeneratorHarness.Rerun(first, GeneratorHarness.AddSource(
            first.InputCompilation, "namespace Demo.Other;\n\npublic sealed class Unrelated { public int Value { get; set; } }\n"));

        AssertEverythingReused(first, rerun);
    }

    [Fact]
    public void Editing_a_method_body_in_another_file_reuses_every_model_and_output()
    {
        GeneratorResult first = RunClean(Tools, Helper);

        string edited = Helper.Replace("=> 1;", "=> 2 + 40;", StringComparison.Ordinal);
        GeneratorResult rerun = GeneratorHarness.Rerun(first, GeneratorHarness.ReplaceSource(
            first.InputCompilation, GeneratorHarness.SourcePath(1), edited));

        AssertEverythingReused(first, rerun);
    }

    [Fact]
    public void Appending_an_unrelated_type_to_the_tools_file_reuses_every_model_and_output()
    {
        GeneratorResult first = RunClean(Tools);

        string appended = Tools + "\n\ninternal sealed record Unrelated(string Name, int Count);\n";
        GeneratorResult rerun = GeneratorHarness.Rerun(first, GeneratorHarness.ReplaceSource(
            first.InputCompilation, GeneratorHarness.SourcePath(0), appended));

        AssertEverythingReused(first, rerun);
    }

    [Fact]
    public void Adding_a_property_to_one_tool_re_emits_that_tool_only()
    {
        GeneratorResult first = RunClean(Tools);

        string edited = Tools.Replace(
            "DeployBackend(string Tag, Environment Environment)",
            "DeployBackend(string Tag, Environment Environment, string? Reason = null)",
            StringComparison.Ordinal);
        Assert.NotEqual(Tools, edited);
        GeneratorResult rerun = GeneratorHarness.Rerun(first, GeneratorHarness.ReplaceSource(
            first.InputCompilation, GeneratorHarness.SourcePath(0), edited));
        GeneratorAssert.AssertCleanRun(rerun);

        string steps = IncrementalSteps.Describe(rerun);
        foreach (string step in ModelSteps)
        {
            ImmutableDictionary<string, IncrementalStepRunReason> reasons = ModelReasonsByTool(rerun, step);
            Assert.True(reasons.Count == 2, $"{step} should have one output per tool.\n{steps}");
            Assert.True(reasons["deploy_backend"] == IncrementalStepRunReason.Modified, $"{step}: the edited tool's model should be Modified.\n{steps}");
            Assert.True(IsReused(reasons["list_git_tags"]), $"{step}: the other tool's model should be Cached or Unchanged.\n{steps}");
        }

        ImmutableDictionary<string, IncrementalStepRunReason> outputs = OutputReasonsByTool(rerun);
        Assert.True(outputs.Count == 2, $"There should be one source output per tool.\n{steps}");
        Assert.True(outputs["deploy_backend"] == IncrementalStepRunReason.Modified, $"The edited tool's source output should be Modified.\n{steps}");
        Assert.True(IsReused(outputs["list_git_tags"]), $"The other tool's source output should be Cached or Unchanged.\n{steps}");

        Assert.Equal(first.Generated("Demo.ListGitTags.g.cs"), rerun.Generated("Demo.ListGitTags.g.cs"));
        Assert.NotEqual(first.Generated("Demo.DeployBackend.g.cs"), rerun.Generated("Demo.DeployBackend.g.cs"));
        Assert.Contains("\"reason\"", rerun.Generated("Demo.DeployBackend.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Marking_a_property_sensitive_re_emits_that_tool_only_and_leaves_its_json_as_it_was()
    {
        GeneratorResult first = RunClean(Tools);

        string edited = Tools.Replace("DeployBackend(string Tag,", "DeployBackend([property: Sensitive] string Tag,", StringComparison.Ordinal);
        Assert.NotEqual(Tools, edited);
        GeneratorResult rerun = GeneratorHarness.Rerun(first, GeneratorHarness.ReplaceSource(
            first.InputCompilation, GeneratorHarness.SourcePath(0), edited));
        GeneratorAssert.AssertCleanRun(rerun);

        string steps = IncrementalSteps.Describe(rerun);
        ImmutableDictionary<string, IncrementalStepRunReason> outputs = OutputReasonsByTool(rerun);
        Assert.True(outputs["deploy_backend"] == IncrementalStepRunReason.Modified, $"The edited tool's source output should be Modified.\n{steps}");
        Assert.True(IsReused(outputs["list_git_tags"]), $"The other tool's source output should be Cached or Unchanged.\n{steps}");

        string before = first.Generated("Demo.DeployBackend.g.cs"), after = rerun.Generated("Demo.DeployBackend.g.cs");
        Assert.Contains("writer.WriteProperty(\"tag\", value.Tag);", before, StringComparison.Ordinal);
        Assert.DoesNotContain("writer.WriteProperty(\"tag\", value.Tag);", after, StringComparison.Ordinal);
        Assert.Contains("writer.WritePropertyName(DeployBackend_TagName);", after, StringComparison.Ordinal);
    }

    private static GeneratorResult RunClean(string source, params string[] moreSources)
    {
        GeneratorResult result = GeneratorHarness.Run(source, moreSources);
        GeneratorAssert.AssertCleanRun(result);
        Assert.Equal(["AgentGen.Generated.ToolRegistry.g.cs", "Demo.DeployBackend.g.cs", "Demo.ListGitTags.g.cs"], result.GeneratedSources.Keys);
        return result;
    }

    /// <summary>Both model steps and the source outputs were reused for both tools, and the generated text is the same.</summary>
    private static void AssertEverythingReused(GeneratorResult first, GeneratorResult rerun)
    {
        GeneratorAssert.AssertCleanRun(rerun);
        IncrementalSteps.AssertAllCached(rerun, ModelSteps);

        // AssertAllCached passes on steps without outputs; make sure both tools went through each step.
        string steps = IncrementalSteps.Describe(rerun);
        foreach (string step in ModelSteps)
        {
            Assert.True(IncrementalSteps.Reasons(rerun, step).Length == 2, $"{step} should have one output per tool.\n{steps}");
        }

        Assert.True(OutputReasonsByTool(rerun).Count == 2, $"There should be one source output per tool.\n{steps}");
        Assert.Equal(first.GeneratedSources, rerun.GeneratedSources);
    }

    /// <summary>The reason of each output of a model step, by the tool name of the model it holds.</summary>
    private static ImmutableDictionary<string, IncrementalStepRunReason> ModelReasonsByTool(GeneratorResult result, string trackingName) =>
        result.TrackedSteps[trackingName]
            .SelectMany(static step => step.Outputs)
            .ToImmutableDictionary(static output => ((ToolModel)output.Value).ToolName, static output => output.Reason, StringComparer.Ordinal);

    /// <summary>The reason of each tool's source output, by the tool name of the model it was emitted from (the registry is left out).</summary>
    private static ImmutableDictionary<string, IncrementalStepRunReason> OutputReasonsByTool(GeneratorResult result)
    {
        var reasons = new Dictionary<string, IncrementalStepRunReason>(StringComparer.Ordinal);
        foreach (IncrementalGeneratorRunStep step in result.TrackedOutputSteps[IncrementalSteps.SourceOutput])
        {
            (IncrementalGeneratorRunStep source, int index) = Assert.Single(step.Inputs);
            if (source.Outputs[index].Value is ToolModel model)
            {
                reasons.Add(model.ToolName, Assert.Single(step.Outputs).Reason);
            }
        }

        return reasons.ToImmutableDictionary(StringComparer.Ordinal);
    }

    private static bool IsReused(IncrementalStepRunReason reason) =>
        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;
}
