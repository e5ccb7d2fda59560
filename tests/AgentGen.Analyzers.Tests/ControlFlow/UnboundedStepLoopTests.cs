using System.Threading.Tasks;
using AgentGen.Analyzers.ControlFlow;
using Microsoft.CodeAnalysis.Testing;

namespace AgentGen.Analyzers.Tests.ControlFlow;

public sealed class UnboundedStepLoopTests
{
    /// <summary>An agent with the generated StepAsync and RunAsync stood in for.</summary>
    private static readonly string Agent = AgentSource.WithDeployTools($$"""
        [Agent]
        public sealed partial class DeployAgent
        {
        {{AgentSource.NextStep}}
            private Task<StepOutcome> Handle(ListGitTags step, CancellationToken cancellationToken) => Task.FromResult(StepOutcome.Continue("v1"));
            private StepOutcome Handle(DeployFrontend step) => StepOutcome.Continue("deployed");
            private StepOutcome Handle(Approved<DeployBackend> step) => StepOutcome.Continue("deployed");

            // Stand-ins for the generated loop.
            public Task<AgentThread> StepAsync(AgentThread thread, CancellationToken cancellationToken = default) => Task.FromResult(thread);
            public Task<AgentThread> RunAsync(AgentThread thread, CancellationToken cancellationToken = default) => Task.FromResult(thread);
        }

        """);

    [Fact]
    public Task Fires_on_loops_that_step_with_no_bound() => Verify<UnboundedStepLoopAnalyzer>.AnalyzerAsync(Agent + """
        public static class Driver
        {
            public static async Task<AgentThread> Forever(DeployAgent agent, AgentThread thread, CancellationToken cancellationToken)
            {
                {|#0:while|} (!cancellationToken.IsCancellationRequested)
                {
                    thread = await agent.StepAsync(thread, cancellationToken);
                }

                {|#1:for|} (int steps = 0; ; steps++)
                {
                    thread = await agent.StepAsync(thread, cancellationToken);
                    if (thread.Events.IsEmpty)
                    {
                        break;
                    }
                }

                {|#2:do|}
                {
                    IDeployStep next = await agent.DetermineNextStep(thread, cancellationToken);
                    if (next is DoneForNow)
                    {
                        continue;
                    }
                }
                while (true);

                return thread;
            }

            public static async Task Each(DeployAgent agent, System.Collections.Generic.IEnumerable<AgentThread> threads)
            {
                {|#3:foreach|} (AgentThread thread in threads)
                {
                    await agent.StepAsync(thread);
                }
            }
        }
        """,
        test => test.ExpectedDiagnostics.AddRange(
        [
            new DiagnosticResult(Descriptors.UnboundedStepLoop).WithLocation(0).WithArguments("DeployAgent.StepAsync"),
            new DiagnosticResult(Descriptors.UnboundedStepLoop).WithLocation(1).WithArguments("DeployAgent.StepAsync"),
            new DiagnosticResult(Descriptors.UnboundedStepLoop).WithLocation(2).WithArguments("DeployAgent.DetermineNextStep"),
            new DiagnosticResult(Descriptors.UnboundedStepLoop).WithLocation(3).WithArguments("DeployAgent.StepAsync"),
        ]));

    [Fact]
    public Task Does_not_fire_on_bounded_loops_or_on_RunAsync() => Verify<UnboundedStepLoopAnalyzer>.AnalyzerAsync(Agent + """
        public static class Driver
        {
            public static async Task<AgentThread> Bounded(DeployAgent agent, AgentThread thread, int limit, CancellationToken cancellationToken)
            {
                for (int steps = 0; steps < limit; steps++)
                {
                    thread = await agent.StepAsync(thread, cancellationToken);
                }

                while (thread.Status == ThreadStatus.Ready)
                {
                    thread = await agent.StepAsync(thread, cancellationToken);
                }

                int taken = 0;
                while (true)
                {
                    thread = await agent.StepAsync(thread, cancellationToken);
                    if (++taken is >= 20)
                    {
                        throw new InvalidOperationException("too many steps");
                    }
                }
            }

            public static async Task<AgentThread> OnStatus(DeployAgent agent, AgentThread thread)
            {
                do
                {
                    thread = await agent.StepAsync(thread);
                    switch (thread.Status)
                    {
                        case ThreadStatus.Ready:
                            break;
                        default:
                            return thread;
                    }
                }
                while (true);
            }

            public static async Task<AgentThread> Resume(DeployAgent agent, AgentThread thread)
            {
                // RunAsync is the generated bounded loop; looping over it until a person stops answering is fine.
                while (true)
                {
                    thread = await agent.RunAsync(thread);
                }
            }

            public static async Task Each(DeployAgent agent, AgentThread[] threads, System.Collections.Generic.List<AgentThread> more)
            {
                foreach (AgentThread thread in threads)
                {
                    await agent.StepAsync(thread);
                }

                foreach (AgentThread thread in more)
                {
                    await agent.StepAsync(thread);
                }
            }

            // A loop that only defines a lambda calling a step does not call it itself.
            public static void Later(DeployAgent agent, AgentThread thread)
            {
                while (true)
                {
                    Func<Task> step = () => agent.StepAsync(thread);
                }
            }
        }
        """,
        test => test.TestState.Sources.Add(("DeployAgent.g.cs", """
            // <auto-generated/>
            public static class GeneratedLoop
            {
                public static async System.Threading.Tasks.Task Run(DeployAgent agent, AgentGen.AgentThread thread)
                {
                    while (true)
                    {
                        thread = await agent.StepAsync(thread);
                    }
                }
            }
            """)));

    [Fact]
    public Task Does_not_fire_in_code_marked_GeneratedCode_in_a_person_s_file() => Verify<UnboundedStepLoopAnalyzer>.AnalyzerAsync(Agent + """
        public static class Driver
        {
            [System.CodeDom.Compiler.GeneratedCode("SomeTool", "1.0")]
            public static async Task<AgentThread> GeneratedMember(DeployAgent agent, AgentThread thread)
            {
                while (true)
                {
                    thread = await agent.StepAsync(thread);
                }
            }
        }

        [System.CodeDom.Compiler.GeneratedCode("SomeTool", "1.0")]
        public static class GeneratedType
        {
            public static async Task<AgentThread> Member(DeployAgent agent, AgentThread thread)
            {
                while (true)
                {
                    Func<Task<AgentThread>> next = () => agent.StepAsync(thread);
                    thread = await agent.StepAsync(thread);
                }
            }
        }

        public static class Written
        {
            public static async Task<AgentThread> ByAPerson(DeployAgent agent, AgentThread thread)
            {
                {|#0:while|} (true)
                {
                    thread = await agent.StepAsync(thread);
                }
            }
        }
        """,
        test => test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.UnboundedStepLoop).WithLocation(0).WithArguments("DeployAgent.StepAsync")));
}
