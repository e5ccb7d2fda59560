using System.Threading.Tasks;
using AgentGen.Analyzers.CodeFixes.ControlFlow;
using AgentGen.Analyzers.ControlFlow;

namespace AgentGen.Analyzers.Tests.ControlFlow;

public sealed class UnhandledUnionMemberTests
{
    [Fact]
    public Task Fires_once_per_member_without_a_handler() => Verify<AgentHandlerAnalyzer>.AnalyzerAsync(AgentSource.WithDeployTools($$"""
        [Agent]
        public sealed partial class {|AGEN0010:{|AGEN0010:{|AGEN0010:DeployAgent|}|}|}
        {
        {{AgentSource.NextStep}}
        }
        """));

    [Fact]
    public Task Fires_when_an_approval_tool_has_no_Approved_handler() => Verify<AgentHandlerAnalyzer>.AnalyzerAsync(AgentSource.WithDeployTools($$"""
        [Agent]
        public sealed partial class {|AGEN0010:DeployAgent|}
        {
        {{AgentSource.NextStep}}
            private Task<StepOutcome> Handle(ListGitTags step, CancellationToken cancellationToken) => Task.FromResult(StepOutcome.Continue("v1"));
            private StepOutcome Handle(DeployFrontend step) => StepOutcome.Continue("deployed");
        }
        """));

    [Fact]
    public Task Fires_when_a_plain_tool_is_handled_only_as_Approved() => Verify<AgentHandlerAnalyzer>.AnalyzerAsync(AgentSource.WithDeployTools($$"""
        [Agent]
        public sealed partial class {|AGEN0010:DeployAgent|}
        {
        {{AgentSource.NextStep}}
            private Task<StepOutcome> Handle(ListGitTags step, CancellationToken cancellationToken) => Task.FromResult(StepOutcome.Continue("v1"));
            private Task<StepOutcome> Handle(Approved<DeployFrontend> step, CancellationToken cancellationToken) => Task.FromResult(StepOutcome.Continue("deployed"));
            private Task<StepOutcome> Handle(Approved<DeployBackend> step, CancellationToken cancellationToken) => Task.FromResult(StepOutcome.Continue("deployed"));
        }
        """));

    [Fact]
    public Task Does_not_fire_when_every_member_is_handled_or_left_to_the_runtime() => Verify<AgentHandlerAnalyzer>.AnalyzerAsync(AgentSource.WithDeployTools($$"""
        [Agent]
        public sealed partial class DeployAgent
        {
        {{AgentSource.NextStep}}
            private Task<StepOutcome> Handle(ListGitTags step, CancellationToken cancellationToken) => Task.FromResult(StepOutcome.Continue("v1"));
            private static ValueTask<StepOutcome> Handle(DeployFrontend step) => new(StepOutcome.Continue("deployed"));
            private StepOutcome Handle(Approved<DeployBackend> step, CancellationToken cancellationToken) => StepOutcome.Continue("deployed " + step.Call.Tag);
        }

        public sealed class NotAnAgent
        {
            public Task<IDeployStep> DetermineNextStep() => throw new NotImplementedException();
        }
        """));

    [Fact]
    public Task Fix_adds_a_stub_that_fails_explicitly_for_each_missing_member() => Verify<AgentHandlerAnalyzer>.CodeFixAsync<AddHandlerCodeFix>(
        AgentSource.WithDeployTools($$"""
        [Agent]
        public sealed partial class {|AGEN0010:{|AGEN0010:DeployAgent|}|}
        {
        {{AgentSource.NextStep}}
            private Task<StepOutcome> Handle(ListGitTags step, CancellationToken cancellationToken) => Task.FromResult(StepOutcome.Continue("v1"));
        }
        """),
        AgentSource.WithDeployTools($$"""
        [Agent]
        public sealed partial class DeployAgent
        {
        {{AgentSource.NextStep}}
            private Task<StepOutcome> Handle(ListGitTags step, CancellationToken cancellationToken) => Task.FromResult(StepOutcome.Continue("v1"));

            private Task<StepOutcome> Handle(Approved<DeployBackend> step, CancellationToken cancellationToken) => Task.FromResult(StepOutcome.Fail("DeployBackend is not handled yet"));

            private Task<StepOutcome> Handle(DeployFrontend step, CancellationToken cancellationToken) => Task.FromResult(StepOutcome.Fail("DeployFrontend is not handled yet"));
        }
        """));
}
