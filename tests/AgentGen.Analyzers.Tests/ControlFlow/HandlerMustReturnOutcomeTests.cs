using System.Threading.Tasks;
using AgentGen.Analyzers.ControlFlow;

namespace AgentGen.Analyzers.Tests.ControlFlow;

public sealed class HandlerMustReturnOutcomeTests
{
    [Fact]
    public Task Fires_on_handlers_that_do_not_say_whether_the_loop_goes_on() => Verify<AgentHandlerAnalyzer>.AnalyzerAsync(AgentSource.WithDeployTools($$"""
        [Agent]
        public sealed partial class DeployAgent
        {
        {{AgentSource.NextStep}}
            private {|AGEN0011:Task<string>|} Handle(ListGitTags step, CancellationToken cancellationToken) => Task.FromResult("v1");
            private {|AGEN0011:Task|} Handle(DeployFrontend step) => Task.CompletedTask;
            private {|AGEN0011:void|} Handle(Approved<DeployBackend> step) { }
        }
        """));

    [Fact]
    public Task Does_not_fire_on_outcome_returning_handlers_or_on_other_Handle_methods() => Verify<AgentHandlerAnalyzer>.AnalyzerAsync(AgentSource.WithDeployTools($$"""
        [Agent]
        public sealed partial class DeployAgent
        {
        {{AgentSource.NextStep}}
            private async Task<StepOutcome> Handle(ListGitTags step, CancellationToken cancellationToken)
            {
                await Task.Yield();
                return StepOutcome.Continue("v1");
            }

            private StepOutcome Handle(DeployFrontend step) => StepOutcome.Continue("deployed");
            private ValueTask<StepOutcome> Handle(Approved<DeployBackend> step, CancellationToken cancellationToken) => new(StepOutcome.Continue("deployed"));

            // Not a member of the union: an ordinary overload.
            private void Handle(string message) { }
        }
        """));
}
