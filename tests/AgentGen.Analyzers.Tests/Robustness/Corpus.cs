namespace AgentGen.Analyzers.Tests.Robustness;

/// <summary>Source files the robustness tests cut into pieces: realistic agents, and code that breaks every rule.</summary>
internal static class Corpus
{
    /// <summary>A DeployBot-like agent with nothing wrong: prefixes of it are what a person types.</summary>
    public const string DeployAgent = """"
        using System;
        using System.ComponentModel;
        using System.Threading;
        using System.Threading.Tasks;
        using AgentGen;
        using Microsoft.Extensions.AI;

        namespace DeployBot;

        /// <summary>List the newest git tags.</summary>
        [Tool] public sealed partial record ListGitTags([property: Description("How many")] int Limit = 10) : IDeployStep;

        /// <summary>Deploy the backend.</summary>
        [Tool, RequiresApproval] public sealed partial record DeployBackend(string Tag, DeployEnvironment Environment) : IDeployStep;

        /// <summary>Ask the person.</summary>
        [Tool, HumanInput] public sealed partial record RequestMoreInformation(string Message) : IDeployStep;

        /// <summary>Finished.</summary>
        [Tool, Terminal] public sealed partial record DoneForNow(string Message) : IDeployStep;

        public enum DeployEnvironment { Staging, Production }

        [NextStep] public partial interface IDeployStep;

        public interface IGit { Task<string[]> ListTagsAsync(int limit, CancellationToken cancellationToken); }

        [Agent(MaxSteps = 12, MaxConsecutiveErrors = 3)]
        public sealed partial class DeployAgent(IChatClient model, IGit git)
        {
            [Step("""
                You are a careful deploy assistant. Tags: {{git_tags}}.
                {{thread}}
                """)]
            public partial Task<IDeployStep> DetermineNextStep(AgentThread thread, string[] gitTags, CancellationToken cancellationToken = default);

            private async Task<StepOutcome> Handle(ListGitTags step, CancellationToken cancellationToken)
            {
                try
                {
                    var tags = await git.ListTagsAsync(step.Limit, cancellationToken).ConfigureAwait(false);
                    return StepOutcome.Continue(string.Join(", ", tags));
                }
                catch (InvalidOperationException ex) when (ex.Message.Length > 0)
                {
                    return StepOutcome.Fail(ex);
                }
            }

            private StepOutcome Handle(Approved<DeployBackend> step) => StepOutcome.Continue($"deployed {step.Call.Tag}");
        }
        """";


    /// <summary>Tool and union declarations with a mistake for each shape rule.</summary>
    public const string ShapeMistakes = """
        using System;
        using System.Collections.Generic;
        using System.ComponentModel;
        using System.IO;
        using AgentGen;

        namespace DeployBot;

        public enum Environment { Staging, Production }

        /// <summary>The next step the deploy agent takes.</summary>
        [NextStep] public partial interface IDeployStep;

        /// <summary>List recent tags.</summary>
        /// <param name="Limit">How many tags.</param>
        [Tool] public sealed partial record ListGitTags(int Limit = 10) : IDeployStep;

        [Tool("deploy backend"), RequiresApproval]
        public sealed record DeployBackend([property: Description("The git tag")] string Tag, Environment Environment, string? Reason = null) : IDeployStep
        {
            public Dictionary<int, Target> Targets { get; init; } = new();
            public Stream? Artifact { get; set; }
        }

        public sealed record Target(string Host, Target? Next, object Options);

        public static class Nested
        {
            [Tool] public abstract partial record Generic<T>(T Value, int[,] Grid) : IDeployStep;
        }

        [Tool, Terminal, Description("Finish the run.")]
        public sealed partial class DoneForNow : IDeployStep
        {
            [Description("What to tell the person.")] public required string Message { get; set; }
        }

        /// <summary>List the frontend's tags, under the name of another tool.</summary>
        /// <param name="Limit">How many tags.</param>
        [Tool("list_git_tags")] public sealed partial record ListFrontendTags(int Limit = 10);
        """;

    /// <summary>One mistake (at least) for each control-flow, reducer, prompt and size rule, in code that otherwise compiles.</summary>
    public const string RuleGallery = """"
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using AgentGen;
        using Microsoft.Extensions.AI;

        namespace Gallery;

        /// <summary>Look something up.</summary>
        [Tool] public sealed partial record Lookup(string Query) : IOpsStep;

        /// <summary>Search the same way.</summary>
        [Tool("lookup")] public sealed partial record Search(string Query) : IOpsStep;

        /// <summary>Restart a service.</summary>
        [Tool, RequiresApproval] public sealed partial record Restart(string Service) : IOpsStep;

        /// <summary>Page the person on call.</summary>
        [Tool] public sealed partial record Page(string Who) : IOpsStep;

        /// <summary>Escalate the incident.</summary>
        [Tool] public sealed partial record Escalate(string Reason) : IOpsStep;

        /// <summary>Ask the person.</summary>
        [Tool, HumanInput] public sealed partial record Ask(string Question) : IOpsStep;

        /// <summary>Say the work is done.</summary>
        [Tool, Terminal] public sealed partial record Finish(string Summary) : IOpsStep;

        [NextStep] public partial interface IOpsStep;

        /// <summary>Record an audit entry.</summary>
        [Tool] public sealed partial record Audit(string Entry) : IAuditStep;

        [NextStep] public partial interface IAuditStep;

        [Agent(MaxSteps = 30)]
        public sealed partial class OpsAgent(IChatClient model)
        {
            private int _restarts;

            private IChatClient _summarizer = model;

            public string? LastQuery { get; set; }

            [Step("""
                Pick the next step with the runbook {{runbook}}.
                {{thread}}
                """)]
            public partial Task<IOpsStep> DetermineNextStep(AgentThread thread, string service, CancellationToken cancellationToken = default);

            [Step(PromptFile = "Prompts/summary.md")]
            public partial Task<string> Summarize(AgentThread thread, CancellationToken cancellationToken = default);

            private async Task<StepOutcome> Handle(Lookup step, CancellationToken cancellationToken)
            {
                string? answer = Console.ReadLine();
                _ = model.GetResponseAsync(step.Query, cancellationToken: cancellationToken);
                try
                {
                    await Task.Yield();
                }
                catch (InvalidOperationException)
                {
                }

                var options = new ChatOptions { Tools = [AIFunctionFactory.Create(() => "ok", "ok")] };
                return StepOutcome.Continue(answer ?? options.ToString() + _summarizer);
            }

            private StepOutcome Handle(Search step) => StepOutcome.Continue(step.Query);

            private StepOutcome Handle(Restart step) => StepOutcome.Continue("restarted " + ++_restarts);

            private string Handle(Escalate step) => step.Reason;

            private async void Notify() => await Task.Yield();

            // Stand-in for the generated StepAsync.
            public Task<AgentThread> StepAsync(AgentThread thread, CancellationToken cancellationToken = default) => Task.FromResult(thread);
        }

        public static class Driver
        {
            public static async Task Loop(OpsAgent agent, AgentThread thread)
            {
                while (true)
                {
                    thread = await agent.StepAsync(thread);
                }
            }

            public static string Describe(IOpsStep step) => step switch
            {
                Lookup => "lookup",
                _ => "other",
            };

            public static OpsAgent Build(IChatClient inner) => new(new ChatClientBuilder(inner).UseFunctionInvocation().Build());
        }
        """";
}
