using System.Threading.Tasks;
using AgentGen.Analyzers.CodeFixes.ControlFlow;
using AgentGen.Analyzers.ControlFlow;

namespace AgentGen.Analyzers.Tests.ControlFlow;

public sealed class SwallowedExceptionTests
{
    private const string Rest = """
            private StepOutcome Handle(Approved<DeployBackend> step) => StepOutcome.Continue("deployed");
        """;

    [Fact]
    public Task Fires_on_catches_that_neither_rethrow_nor_return_an_outcome() => Verify<SwallowedExceptionAnalyzer>.AnalyzerAsync(AgentSource.WithDeployTools($$"""
        [Agent]
        public sealed partial class DeployAgent
        {
        {{AgentSource.NextStep}}
        {{Rest}}
            private async Task<StepOutcome> Handle(ListGitTags step, CancellationToken cancellationToken)
            {
                string tags = "none";
                try
                {
                    await Task.Delay(1, cancellationToken);
                    tags = "v1";
                }
                {|AGEN0015:catch (InvalidOperationException ex)|}
                {
                    Console.WriteLine(ex.Message);
                }
                {|AGEN0015:catch|}
                {
                    Func<int> later = () => throw new InvalidOperationException();
                }

                return StepOutcome.Continue(tags);
            }

            private StepOutcome Handle(DeployFrontend step)
            {
                try { return StepOutcome.Continue(step.Tag.Trim()); }
                {|AGEN0015:catch (NullReferenceException)|} { }
                return StepOutcome.Continue("deployed");
            }
        }
        """));

    [Fact]
    public Task Does_not_fire_when_the_error_reaches_the_thread_or_outside_agents() => Verify<SwallowedExceptionAnalyzer>.AnalyzerAsync(AgentSource.WithDeployTools($$"""
        [Agent]
        public sealed partial class DeployAgent
        {
        {{AgentSource.NextStep}}
        {{Rest}}
            private async Task<StepOutcome> Handle(ListGitTags step, CancellationToken cancellationToken)
            {
                try { await Task.Delay(1, cancellationToken); }
                catch (OperationCanceledException) { throw; }
                catch (InvalidOperationException ex) { return StepOutcome.Fail(ex); }
                catch (TimeoutException ex) { throw new InvalidOperationException("git timed out", ex); }
                return StepOutcome.Continue("v1");
            }

            private StepOutcome Handle(DeployFrontend step)
            {
                StepOutcome outcome;
                try { outcome = StepOutcome.Continue(step.Tag.Trim()); }
                catch (Exception ex) { outcome = StepOutcome.Fail(ex); }
                return outcome;
            }

            // Not a handler: helpers may swallow what they like.
            private static int Parse(string text)
            {
                try { return int.Parse(text); }
                catch (FormatException) { return 0; }
            }
        }

        public sealed class NotAnAgent
        {
            public StepOutcome Handle(ListGitTags step)
            {
                try { return StepOutcome.Continue("v1"); }
                catch { }
                return StepOutcome.Continue("none");
            }
        }
        """));

    [Fact]
    public Task Fix_returns_the_failure_in_every_handler_shape() => Verify<SwallowedExceptionAnalyzer>.CodeFixAsync<ReturnFailureCodeFix>(
        AgentSource.WithDeployTools($$"""
        [Agent]
        public sealed partial class DeployAgent
        {
        {{AgentSource.NextStep}}
        {{Rest}}
            private async Task<StepOutcome> Handle(ListGitTags step, CancellationToken cancellationToken)
            {
                try
                {
                    await Task.Delay(1, cancellationToken);
                }
                {|AGEN0015:catch (InvalidOperationException error)|}
                {
                    Console.WriteLine(error.Message);
                }
                {|AGEN0015:catch|}
                {
                }

                return StepOutcome.Continue("v1");
            }

            private Task<StepOutcome> Handle(DeployFrontend step, CancellationToken cancellationToken)
            {
                try
                {
                    return Task.FromResult(StepOutcome.Continue(step.Tag.Trim()));
                }
                {|AGEN0015:catch (NullReferenceException)|}
                {
                }

                return Task.FromResult(StepOutcome.Continue("deployed"));
            }
        }
        """),
        AgentSource.WithDeployTools($$"""
        [Agent]
        public sealed partial class DeployAgent
        {
        {{AgentSource.NextStep}}
        {{Rest}}
            private async Task<StepOutcome> Handle(ListGitTags step, CancellationToken cancellationToken)
            {
                try
                {
                    await Task.Delay(1, cancellationToken);
                }
                catch (InvalidOperationException error)
                {
                    return StepOutcome.Fail(error);
                }
                catch (Exception ex)
                {
                    return StepOutcome.Fail(ex);
                }

                return StepOutcome.Continue("v1");
            }

            private Task<StepOutcome> Handle(DeployFrontend step, CancellationToken cancellationToken)
            {
                try
                {
                    return Task.FromResult(StepOutcome.Continue(step.Tag.Trim()));
                }
                catch (NullReferenceException ex)
                {
                    return Task.FromResult(StepOutcome.Fail(ex));
                }

                return Task.FromResult(StepOutcome.Continue("deployed"));
            }
        }
        """));
}
