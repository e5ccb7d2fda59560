using System.Threading.Tasks;
using AgentGen.Analyzers.ControlFlow;
using Microsoft.CodeAnalysis.Testing;

namespace AgentGen.Analyzers.Tests.ControlFlow;

public sealed class BlockingWaitTests
{
    private static DiagnosticResult Expected(int location, string what, string handler) =>
        new DiagnosticResult(Descriptors.BlockingWaitForPerson).WithLocation(location).WithArguments(what, handler);

    [Fact]
    public Task Fires_on_handlers_that_wait_for_a_person() => Verify<BlockingWaitAnalyzer>.AnalyzerAsync(AgentSource.WithDeployTools($$"""
        [Agent]
        public sealed partial class DeployAgent
        {
        {{AgentSource.NextStep}}
            private readonly SemaphoreSlim _approval = new(0);
            private readonly ManualResetEventSlim _answered = new();
            private readonly ManualResetEvent _signal = new(false);
            private readonly TaskCompletionSource<string> _answer = new();

            private async Task<StepOutcome> Handle(ListGitTags step, CancellationToken cancellationToken)
            {
                Console.WriteLine("Which tag?");
                string? tag = {|#0:Console.ReadLine()|};
                while (!File.Exists("approved.txt"))
                {
                    await {|#1:Task.Delay(1000, cancellationToken)|};
                }

                return StepOutcome.Continue(tag ?? "none");
            }

            private async Task<StepOutcome> Handle(DeployFrontend step, CancellationToken cancellationToken)
            {
                await {|#2:_approval.WaitAsync(cancellationToken)|};
                {|#3:_answered.Wait(cancellationToken)|};
                {|#4:_signal.WaitOne()|};
                string answer = await {|#5:_answer.Task|};
                return StepOutcome.Continue(answer);
            }

            private StepOutcome Handle(Approved<DeployBackend> step)
            {
                Func<ConsoleKeyInfo> ask = () => {|#6:Console.ReadKey()|};
                return StepOutcome.Continue(ask().KeyChar.ToString());
            }
        }
        """).Replace("using System;", "using System;\nusing System.IO;"),
        test => test.ExpectedDiagnostics.AddRange(
        [
            Expected(0, "Console.ReadLine", "Handle(ListGitTags)"),
            Expected(1, "Task.Delay in a loop (polling)", "Handle(ListGitTags)"),
            Expected(2, "SemaphoreSlim.WaitAsync", "Handle(DeployFrontend)"),
            Expected(3, "ManualResetEventSlim.Wait", "Handle(DeployFrontend)"),
            Expected(4, "ManualResetEvent.WaitOne", "Handle(DeployFrontend)"),
            Expected(5, "TaskCompletionSource.Task", "Handle(DeployFrontend)"),
            Expected(6, "Console.ReadKey", "Handle(Approved<DeployBackend>)"),
        ]));

    [Fact]
    public Task Does_not_fire_on_a_pause_or_outside_handlers_and_steps() => Verify<BlockingWaitAnalyzer>.AnalyzerAsync(AgentSource.WithDeployTools($$"""
        [Agent]
        public sealed partial class DeployAgent
        {
        {{AgentSource.NextStep}}
            private async Task<StepOutcome> Handle(ListGitTags step, CancellationToken cancellationToken)
            {
                // A single back-off is not polling for a person.
                await Task.Delay(10, cancellationToken);
                return StepOutcome.Continue("v1");
            }

            // Asking a person is a [HumanInput] tool (RequestMoreInformation): the thread pauses; nothing waits.
            private StepOutcome Handle(DeployFrontend step) => StepOutcome.Continue("deployed");
            private StepOutcome Handle(Approved<DeployBackend> step) => StepOutcome.Continue("deployed");

            // Not a handler: a helper may read the console (the console app around the agent does).
            private static string? Ask() => Console.ReadLine();
        }

        public static class ConsoleApp
        {
            public static async Task<AgentThread> Answer(AgentThread thread)
            {
                while (thread.Status == ThreadStatus.AwaitingHuman)
                {
                    thread = thread.Respond(Console.ReadLine() ?? "no answer");
                    await Task.Delay(10);
                }

                return thread;
            }
        }
        """));
}
