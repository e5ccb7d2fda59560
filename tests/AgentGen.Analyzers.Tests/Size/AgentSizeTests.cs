using System.Linq;
using System.Threading.Tasks;
using AgentGen.Analyzers.Size;
using Microsoft.CodeAnalysis.Testing;

namespace AgentGen.Analyzers.Tests.Size;

public sealed class AgentSizeTests
{
    /// <summary>A union of <paramref name="count"/> tools and an agent over it, declared with <paramref name="agentAttribute"/>.</summary>
    private static string AgentWithTools(int count, string agentAttribute, string agentName = "OpsAgent") =>
        $$$"""
        using System.Threading;
        using System.Threading.Tasks;
        using AgentGen;

        [NextStep] public partial interface IOpsStep : ITool;

        {{{string.Join("\n", Enumerable.Range(1, count).Select(i =>
            $$"""[Tool] public sealed partial record Tool{{i}}(string Value) : IOpsStep { public string ToolName => "tool_{{i}}"; public void WriteJson(System.Text.Json.Utf8JsonWriter writer) { } }"""))}}}

        {{{agentAttribute}}}
        public sealed partial class {{{agentName}}}
        {
            [Step("Pick the next step. {{thread}}")]
            public partial Task<IOpsStep> DetermineNextStep(AgentThread thread, CancellationToken cancellationToken = default);
            public partial Task<IOpsStep> DetermineNextStep(AgentThread thread, CancellationToken cancellationToken) => throw new System.NotImplementedException();
        }
        """;

    [Fact]
    public Task Fires_above_the_default_limits() => Verify<AgentSizeAnalyzer>.AnalyzerAsync(
        AgentWithTools(16, "[Agent({|#1:MaxSteps = 26|})]", "{|#0:OpsAgent|}"),
        test => test.ExpectedDiagnostics.AddRange(
        [
            new DiagnosticResult(Descriptors.TooManyTools).WithLocation(0).WithArguments("OpsAgent", 16, "IOpsStep", 15),
            new DiagnosticResult(Descriptors.TooManySteps).WithLocation(1).WithArguments("OpsAgent", 26, 25),
        ]));

    [Fact]
    public Task Does_not_fire_at_the_default_limits() => Verify<AgentSizeAnalyzer>.AnalyzerAsync(
        AgentWithTools(15, "[Agent(MaxSteps = 25, MaxConsecutiveErrors = 3)]"));

    [Fact]
    public Task Fires_above_limits_set_in_a_globalconfig() => Verify<AgentSizeAnalyzer>.AnalyzerAsync(
        AgentWithTools(5, "[{|#1:Agent|}]", "{|#0:OpsAgent|}"),
        test =>
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", """
                is_global = true
                agentgen.max_tools_per_agent = 4
                agentgen.max_steps = 8
                """));

            // [Agent] without MaxSteps allows 10 steps.
            test.ExpectedDiagnostics.AddRange(
            [
                new DiagnosticResult(Descriptors.TooManyTools).WithLocation(0).WithArguments("OpsAgent", 5, "IOpsStep", 4),
                new DiagnosticResult(Descriptors.TooManySteps).WithLocation(1).WithArguments("OpsAgent", 10, 8),
            ]);
        });

    [Fact]
    public Task Does_not_fire_under_limits_raised_in_an_editorconfig() => Verify<AgentSizeAnalyzer>.AnalyzerAsync(
        AgentWithTools(16, "[Agent(MaxSteps = 40)]"),
        test => test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            agentgen.max_tools_per_agent = 16
            agentgen.max_steps = 40
            """)));
}
