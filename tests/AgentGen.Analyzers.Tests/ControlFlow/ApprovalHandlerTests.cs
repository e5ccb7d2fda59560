using System.Threading.Tasks;
using AgentGen.Analyzers.CodeFixes.ControlFlow;
using AgentGen.Analyzers.ControlFlow;

namespace AgentGen.Analyzers.Tests.ControlFlow;

public sealed class ApprovalHandlerTests
{
    private const string Handled = """
            private Task<StepOutcome> Handle(ListGitTags step, CancellationToken cancellationToken) => Task.FromResult(StepOutcome.Continue("v1"));
            private Task<StepOutcome> Handle(DeployFrontend step, CancellationToken cancellationToken) => Task.FromResult(StepOutcome.Continue("deployed"));
        """;

    [Fact]
    public Task Fires_on_a_handler_that_takes_the_bare_record() => Verify<AgentHandlerAnalyzer>.AnalyzerAsync(AgentSource.WithDeployTools($$"""
        [Agent]
        public sealed partial class DeployAgent
        {
        {{AgentSource.NextStep}}
        {{Handled}}
            private StepOutcome Handle({|AGEN0012:DeployBackend|} step) => StepOutcome.Continue("deployed " + step.Tag);
        }
        """));

    [Fact]
    public Task Does_not_fire_on_a_handler_that_takes_Approved() => Verify<AgentHandlerAnalyzer>.AnalyzerAsync(AgentSource.WithDeployTools($$"""
        [Agent]
        public sealed partial class DeployAgent
        {
        {{AgentSource.NextStep}}
        {{Handled}}
            private StepOutcome Handle(Approved<DeployBackend> step) => StepOutcome.Continue("deployed " + step.Call.Tag);
        }
        """));

    [Fact]
    public Task Fix_takes_Approved_and_reads_the_call_in_every_handler() => Verify<AgentHandlerAnalyzer>.CodeFixAsync<ApprovedParameterCodeFix>(
        AgentSource.WithDeployTools($$"""
        [Tool, RequiresApproval] public sealed partial record DropDatabase(string Name) : IDeployStep { public string ToolName => "drop_database"; public void WriteJson(System.Text.Json.Utf8JsonWriter writer) { } }

        [Agent]
        public sealed partial class DeployAgent
        {
        {{AgentSource.NextStep}}
        {{Handled}}
            private async Task<StepOutcome> Handle({|AGEN0012:DeployBackend|} deploy, CancellationToken cancellationToken)
            {
                await Task.Delay(1, cancellationToken);
                string tag = deploy.Tag;
                return StepOutcome.Continue($"deployed {deploy.Tag} ({tag}) for {Describe(deploy)}");
            }

            private static StepOutcome Handle({|AGEN0012:DropDatabase|} step) => StepOutcome.Done("dropped " + step?.Name);

            private static string Describe(DeployBackend deploy) => deploy.ToolName;
        }
        """),
        AgentSource.WithDeployTools($$"""
        [Tool, RequiresApproval] public sealed partial record DropDatabase(string Name) : IDeployStep { public string ToolName => "drop_database"; public void WriteJson(System.Text.Json.Utf8JsonWriter writer) { } }

        [Agent]
        public sealed partial class DeployAgent
        {
        {{AgentSource.NextStep}}
        {{Handled}}
            private async Task<StepOutcome> Handle(Approved<DeployBackend> deploy, CancellationToken cancellationToken)
            {
                await Task.Delay(1, cancellationToken);
                string tag = deploy.Call.Tag;
                return StepOutcome.Continue($"deployed {deploy.Call.Tag} ({tag}) for {Describe(deploy.Call)}");
            }

            private static StepOutcome Handle(Approved<DropDatabase> step) => StepOutcome.Done("dropped " + step.Call?.Name);

            private static string Describe(DeployBackend deploy) => deploy.ToolName;
        }
        """));
}
