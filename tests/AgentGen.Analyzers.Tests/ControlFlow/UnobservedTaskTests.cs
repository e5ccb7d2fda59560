using System.Threading.Tasks;
using AgentGen.Analyzers.ControlFlow;
using Microsoft.CodeAnalysis.Testing;

namespace AgentGen.Analyzers.Tests.ControlFlow;

public sealed class UnobservedTaskTests
{
    private const string Notifier = """

        public interface INotifier
        {
            Task SendAsync(string message, CancellationToken cancellationToken = default);
            ValueTask<int> CountAsync();
        }
        """;

    private static DiagnosticResult Expected(int location, string what, string owner) =>
        new DiagnosticResult(Descriptors.UnobservedTask).WithLocation(location).WithArguments(what, owner);

    [Fact]
    public Task Fires_on_async_void_and_dropped_tasks() => Verify<UnobservedTaskAnalyzer>.AnalyzerAsync(AgentSource.WithDeployTools($$"""
        [Agent]
        public sealed partial class DeployAgent(INotifier notifier)
        {
        {{AgentSource.NextStep}}
            private StepOutcome Handle(ListGitTags step)
            {
                {|#0:notifier.SendAsync("listing tags")|};
                _ = {|#1:notifier.CountAsync()|};
                {|#2:Task.Run(() => notifier.SendAsync("in the background"))|};
                return StepOutcome.Continue("v1");
            }

            private async Task<StepOutcome> Handle(DeployFrontend step, CancellationToken cancellationToken)
            {
                Action later = {|#3:async|} () => await notifier.SendAsync("later", cancellationToken);
                later();
                Notify();
                return StepOutcome.Continue("deployed");

                async void {|#4:Notify|}() => await notifier.SendAsync("deployed", cancellationToken);
            }

            private StepOutcome Handle(Approved<DeployBackend> step) => StepOutcome.Continue("deployed");

            private async void {|#5:Audit|}(string message) => await notifier.SendAsync(message);
        }
        """ + Notifier),
        test => test.ExpectedDiagnostics.AddRange(
        [
            Expected(0, "The task 'SendAsync' returns is never awaited", "Handle(ListGitTags)"),
            Expected(1, "The task 'CountAsync' returns is never awaited", "Handle(ListGitTags)"),
            Expected(2, "The task 'Run' returns is never awaited", "Handle(ListGitTags)"),
            Expected(3, "An async void lambda, so nobody can await it", "Handle(DeployFrontend)"),
            Expected(4, "'Notify' is async void, so nobody can await it", "Handle(DeployFrontend)"),
            Expected(5, "'Audit' is async void, so nobody can await it", "DeployAgent"),
        ]));

    [Fact]
    public Task Does_not_fire_on_awaited_or_returned_tasks_or_outside_agents() => Verify<UnobservedTaskAnalyzer>.AnalyzerAsync(AgentSource.WithDeployTools($$"""
        [Agent]
        public sealed partial class DeployAgent(INotifier notifier)
        {
        {{AgentSource.NextStep}}
            private async Task<StepOutcome> Handle(ListGitTags step, CancellationToken cancellationToken)
            {
                await notifier.SendAsync("listing tags", cancellationToken);
                Task first = notifier.SendAsync("one"), second = notifier.SendAsync("two");
                await Task.WhenAll(first, second);
                int count = await notifier.CountAsync();
                return StepOutcome.Continue(count.ToString());
            }

            private Task<StepOutcome> Handle(DeployFrontend step) =>
                notifier.SendAsync("deploying").ContinueWith(_ => StepOutcome.Continue("deployed"));

            private StepOutcome Handle(Approved<DeployBackend> step) => StepOutcome.Continue("deployed");

            // Not a handler: a helper's own business (and not async void).
            private void Log(string message) => _ = notifier.SendAsync(message);
        }

        public sealed class Elsewhere(INotifier notifier)
        {
            public async void OnClick() => await notifier.SendAsync("clicked");
        }
        """ + Notifier));
}
