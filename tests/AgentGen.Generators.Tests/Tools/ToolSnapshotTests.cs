using System;
using System.Linq;

namespace AgentGen.Generators.Tests.Tools;

/// <summary>
/// What the generator writes for each kind of tool, compared with the reviewed files in <c>Tools/Snapshots</c>.
/// Each test is named after its scenario in <see cref="ToolScenarios"/>; see docs/snapshot-testing.md to accept a change.
/// </summary>
public sealed class ToolSnapshotTests
{
    [Fact]
    public void Primitives() => Verify(ToolScenarios.Primitives, nameof(Primitives));

    [Fact]
    public void Enums() => Verify(ToolScenarios.Enums, nameof(Enums));

    [Fact]
    public void Nullability() => Verify(ToolScenarios.Nullability, nameof(Nullability));

    [Fact]
    public void Sensitive() => Verify(ToolScenarios.Sensitive, nameof(Sensitive));

    [Fact]
    public void Collections() => Verify(ToolScenarios.Collections, nameof(Collections));

    [Fact]
    public void Dictionaries() => Verify(ToolScenarios.Dictionaries, nameof(Dictionaries));

    [Fact]
    public void NestedObjects() => Verify(ToolScenarios.NestedObjects, nameof(NestedObjects));

    [Fact]
    public void SameNameInTwoNamespaces() => Verify(ToolScenarios.SameNameInTwoNamespaces, nameof(SameNameInTwoNamespaces));

    [Fact]
    public void WellKnownTypes() => Verify(ToolScenarios.WellKnownTypes, nameof(WellKnownTypes));

    [Fact]
    public void Defaults() => Verify(ToolScenarios.Defaults, nameof(Defaults));

    [Fact]
    public void ConvertedDefaults() => Verify(ToolScenarios.ConvertedDefaults, nameof(ConvertedDefaults));

    [Fact]
    public void Descriptions() => Verify(ToolScenarios.Descriptions, nameof(Descriptions));

    [Fact]
    public void NameOverrides() => Verify(ToolScenarios.NameOverrides, nameof(NameOverrides));

    [Fact]
    public void Constraints() => Verify(ToolScenarios.Constraints, nameof(Constraints));

    [Fact]
    public void GlobalNamespace() => Verify(ToolScenarios.GlobalNamespace, nameof(GlobalNamespace));

    [Fact]
    public void ContainingTypes() => Verify(ToolScenarios.ContainingTypes, nameof(ContainingTypes));

    [Fact]
    public void InitAndRequiredProperties() => Verify(ToolScenarios.InitAndRequiredProperties, nameof(InitAndRequiredProperties));

    [Fact]
    public void ClassTool() => Verify(ToolScenarios.ClassTool, nameof(ClassTool));

    [Fact]
    public void Markers() => Verify(ToolScenarios.Markers, nameof(Markers));

    [Fact]
    public void Every_scenario_has_a_snapshot_test() =>
        Assert.Equal(
            ToolScenarios.All.Keys,
            typeof(ToolSnapshotTests).GetMethods()
                .Where(static m => m.IsDefined(typeof(FactAttribute), inherit: false) && m.Name != nameof(Every_scenario_has_a_snapshot_test))
                .Select(static m => m.Name)
                .Order(StringComparer.Ordinal));

    /// <summary>Runs one scenario: it must build cleanly, and every generated file must match its verified snapshot.</summary>
    private static void Verify(string source, string testName)
    {
        GeneratorResult result = GeneratorHarness.Run(source);

        GeneratorAssert.AssertCleanRun(result);
        Snapshot.MatchGenerated(result, testName);
    }
}
