using System.Threading.Tasks;
using AgentGen.Analyzers.CodeFixes.Reducer;
using AgentGen.Analyzers.Reducer;
using AgentGen.Analyzers.Tests.ControlFlow;
using Microsoft.CodeAnalysis.Testing;

namespace AgentGen.Analyzers.Tests.Reducer;

public sealed class MutableAgentStateTests
{
    private const string Handlers = """
            private StepOutcome Handle(ListGitTags step) => StepOutcome.Continue("v1");
            private StepOutcome Handle(DeployFrontend step) => StepOutcome.Continue("deployed");
            private StepOutcome Handle(Approved<DeployBackend> step) => StepOutcome.Continue("deployed");
        """;

    private static DiagnosticResult Field(int location, string name) =>
        new DiagnosticResult(Descriptors.MutableAgentState).WithLocation(location).WithArguments("Field", name, "DeployAgent", "make the field readonly");

    private static DiagnosticResult Property(int location, string name) =>
        new DiagnosticResult(Descriptors.MutableAgentState).WithLocation(location).WithArguments("Property", name, "DeployAgent", "remove the setter (or make it init)");

    [Fact]
    public Task Fires_on_fields_and_settable_properties_of_an_agent() => Verify<MutableAgentStateAnalyzer>.AnalyzerAsync(AgentSource.WithDeployTools($$"""
        [Agent]
        public sealed partial class DeployAgent
        {
        {{AgentSource.NextStep}}
        {{Handlers}}
            private int {|#0:_deploys|}, {|#1:_failures|};
            private static string? {|#2:s_lastTag|};
            public string? {|#3:LastTag|} { get; set; }
            public int {|#4:Deploys|} { get; private set; }
        }
        """),
        test => test.ExpectedDiagnostics.AddRange([Field(0, "_deploys"), Field(1, "_failures"), Field(2, "s_lastTag"), Property(3, "LastTag"), Property(4, "Deploys")]));

    [Fact]
    public Task Does_not_fire_on_injected_services_constants_or_other_classes() => Verify<MutableAgentStateAnalyzer>.AnalyzerAsync(AgentSource.WithDeployTools($$"""
        [Agent]
        public sealed partial class DeployAgent(IServiceProvider services, string environment)
        {
        {{AgentSource.NextStep}}
        {{Handlers}}
            private const int Retries = 3;
            private static readonly string[] s_environments = ["staging", "production"];
            private readonly IServiceProvider _services = services;
            public string Environment { get; } = environment;
            public string? Region { get; init; }
            public string Describe => $"{environment} with {services}";
        }

        public sealed class Counter
        {
            private int _count;
            public int Count { get => _count; set => _count = value; }
        }
        """));

    [Fact]
    public Task Fix_makes_fields_readonly_only_when_constructors_alone_assign_them() => Verify<MutableAgentStateAnalyzer>.CodeFixAsync<MakeFieldReadOnlyCodeFix>(
        AgentSource.WithDeployTools($$"""
        [Agent]
        public sealed partial class DeployAgent
        {
            private IServiceProvider {|AGEN0020:_services|};
            private string {|AGEN0020:_environment|} = "staging", {|AGEN0020:_region|};
            private int {|AGEN0020:_deploys|};
            internal static int {|AGEN0020:s_created|};

            public DeployAgent(IServiceProvider services, string region)
            {
                _services = services;
                this._region = region;
                s_created++;
            }

        {{AgentSource.NextStep}}
            private StepOutcome Handle(ListGitTags step) => StepOutcome.Continue(_environment + _region + _services);
            private StepOutcome Handle(DeployFrontend step) => StepOutcome.Continue("deployed " + ++_deploys);
            private StepOutcome Handle(Approved<DeployBackend> step) => StepOutcome.Continue("deployed");
        }
        """),
        AgentSource.WithDeployTools($$"""
        [Agent]
        public sealed partial class DeployAgent
        {
            private readonly IServiceProvider _services;
            private readonly string _environment = "staging", _region;
            private int {|AGEN0020:_deploys|};
            internal static int {|AGEN0020:s_created|};

            public DeployAgent(IServiceProvider services, string region)
            {
                _services = services;
                this._region = region;
                s_created++;
            }

        {{AgentSource.NextStep}}
            private StepOutcome Handle(ListGitTags step) => StepOutcome.Continue(_environment + _region + _services);
            private StepOutcome Handle(DeployFrontend step) => StepOutcome.Continue("deployed " + ++_deploys);
            private StepOutcome Handle(Approved<DeployBackend> step) => StepOutcome.Continue("deployed");
        }
        """));
}
