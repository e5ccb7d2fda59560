using System;
using System.Linq;
using System.Reflection;

namespace AgentGen.Generators.Tests.Agents;

/// <summary>
/// What the generator writes for next-step unions and agents (step bodies, prompt renderers, dispatchers and
/// loops), compared with the reviewed files in <c>Agents/Snapshots</c>. Each test is named after its scenario in
/// <see cref="AgentScenarios"/>; see docs/snapshot-testing.md to accept a change.
/// </summary>
public sealed class AgentSnapshotTests
{
    [Fact]
    public void UnionAcrossNamespaces()
    {
        GeneratorResult result = Verify(AgentScenarios.UnionAcrossNamespaces, nameof(UnionAcrossNamespaces));

        // The union is emitted beside its own declaration, whatever namespaces its members live in.
        Assert.Contains("Demo.Support.ISupportStep.g.cs", result.GeneratedSources.Keys);
    }

    [Fact]
    public void DeployBotToolCalls() => Verify(AgentScenarios.DeployBotToolCalls, nameof(DeployBotToolCalls));

    [Fact]
    public void DeployBotJson() => Verify(AgentScenarios.DeployBotJson, nameof(DeployBotJson));

    [Fact]
    public void DeployBotJsonInPrompt() => Verify(AgentScenarios.DeployBotJsonInPrompt, nameof(DeployBotJsonInPrompt));

    [Fact]
    public void HandlerShapes() => Verify(AgentScenarios.HandlerShapes, nameof(HandlerShapes));

    [Fact]
    public void PrefetchedContext() => Verify(AgentScenarios.PrefetchedContext, nameof(PrefetchedContext));

    [Fact]
    public void NestedAgent()
    {
        GeneratorResult result = Verify(AgentScenarios.NestedAgent, nameof(NestedAgent));

        Assert.Contains("Demo.Bots.SupportAgent.g.cs", result.GeneratedSources.Keys);
    }

    [Fact]
    public void ToolResultStep() => Verify(AgentScenarios.ToolResultStep, nameof(ToolResultStep));

    [Fact]
    public void TextStep() => Verify(AgentScenarios.TextStep, nameof(TextStep));

    [Fact]
    public void CustomContextRenderer() => Verify(AgentScenarios.CustomContextRenderer, nameof(CustomContextRenderer));

    [Fact]
    public void ChatClientProperty() => Verify(AgentScenarios.ChatClientProperty, nameof(ChatClientProperty));

    [Fact]
    public void Limits() => Verify(AgentScenarios.Limits, nameof(Limits));

    [Fact]
    public void Every_scenario_has_a_snapshot_test() =>
        Assert.Equal(
            typeof(AgentScenarios).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(static f => f.IsLiteral)
                .Select(static f => f.Name)
                .Order(StringComparer.Ordinal),
            typeof(AgentSnapshotTests).GetMethods()
                .Where(static m => m.IsDefined(typeof(FactAttribute), inherit: false) && m.Name != nameof(Every_scenario_has_a_snapshot_test))
                .Select(static m => m.Name)
                .Order(StringComparer.Ordinal));

    /// <summary>
    /// Runs one scenario: it must build cleanly, and its agent and union files must match their verified snapshots.
    /// Tool files and the tool registry are the tool scenarios' to snapshot.
    /// </summary>
    private static GeneratorResult Verify(string source, string testName)
    {
        GeneratorResult result = GeneratorHarness.Run(source);

        GeneratorAssert.AssertCleanRun(result);
        Snapshot.MatchGenerated(result, testName, IsAgentOrUnion);
        return result;
    }

    internal static bool IsAgentOrUnion(string hintName, string text) =>
        !hintName.StartsWith("AgentGen.Generated.", StringComparison.Ordinal) &&
        !text.Contains(": global::AgentGen.ITool<", StringComparison.Ordinal);
}
