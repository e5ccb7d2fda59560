using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AgentGen.Analyzers.Tests.LargeSolution;

/// <summary>
/// Writes one domain's union, its agent and the user code that drives the agent, all in the correct form: every
/// handled member has a handler returning an explicit <c>StepOutcome</c> (seven shapes: async and not, <c>Task</c>,
/// <c>ValueTask</c> or bare, static or not, catches that fail the step, rethrow or store the outcome), the approval
/// handler takes <c>Approved&lt;T&gt;</c>, prompts use every parameter, loops over steps are bounded and switches over
/// the union name every member.
/// </summary>
internal static class SyntheticAgents
{
    /// <summary>The union's file.</summary>
    public static string Union(SyntheticDomain domain) => $$"""
        using AgentGen;

        namespace {{domain.Namespace}};

        /// <summary>The next step of the {{domain.Lower}} agent: exactly one of its tools.</summary>
        [NextStep]
        public partial interface {{domain.Union}}{{(domain.Index % 2 == 1 ? " : ITool" : string.Empty)}};
        """;

    /// <summary>The agent's file.</summary>
    public static string Agent(SyntheticDomain domain, IReadOnlyList<SyntheticTool> tools)
    {
        bool prefetches = domain.Index % 3 == 0;
        bool summarizes = domain.Index % 3 == 1;
        var text = new StringBuilder();
        text.Append($$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using AgentGen;
            using Microsoft.Extensions.AI;

            namespace {{domain.Namespace}};

            /// <summary>Does {{domain.Lower}} work: the model picks the next step, this code runs it.</summary>
            [Agent(MaxSteps = {{8 + (domain.Index % 10)}}, MaxConsecutiveErrors = {{2 + (domain.Index % 3)}})]
            public sealed partial class {{domain.Agent}}(IChatClient model, {{domain.Service}} service)
            {
                private static readonly string[] s_emptyAnswers = ["none", "n/a", "unknown"];
                private readonly TimeProvider _clock = TimeProvider.System;

                [Step(
            """);
        text.Append("\n        \"\"\"\n");
        text.Append($"        You run {domain.Lower} work for the team.\n");
        text.Append("        Look at what happened so far and pick the single next step.\n");
        if (prefetches)
        {
            text.Append("        The account: {{account_name}}\n");
        }

        text.Append("\n        {{thread}}\n        \"\"\")]\n");
        text.Append($"    public partial Task<{domain.Union}> DetermineNextStep(AgentThread thread, ");
        text.Append(prefetches ? "string accountName, " : string.Empty);
        text.Append("CancellationToken cancellationToken = default);\n");
        if (summarizes)
        {
            text.Append("\n    [Step(\"Summarize the " + domain.Lower + " work so far in two sentences.\\n\\n{{thread}}\")]\n");
            text.Append("    public partial Task<string> Summarize(AgentThread thread, CancellationToken cancellationToken = default);\n");
        }

        if (prefetches)
        {
            text.Append("""

                    private async Task<string> LoadAccountNameAsync(AgentThread thread, CancellationToken cancellationToken)
                    {
                        IReadOnlyList<string> found = await service.FindAsync(thread.Id, 1, cancellationToken).ConfigureAwait(false);
                        return found.Count == 0 ? s_emptyAnswers[0] : found[0];
                    }

                """);
        }

        foreach (string handler in tools.Select(tool => Handler(domain, tool)).Where(h => h.Length > 0))
        {
            text.Append('\n').Append(handler);
        }

        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>User code that drives the agent: bounded loops over <c>StepAsync</c>, resumption, and exhaustive switches over the union.</summary>
    public static string Workflow(SyntheticDomain domain, IReadOnlyList<SyntheticTool> tools)
    {
        bool prefetches = domain.Index % 3 == 0;
        string describeArms = string.Join("\n", tools.Select(t =>
            $"        {t.TypeName} => {t.TypeName}.ToolName + \": \" + step.GetHashCode().ToString(CultureInfo.InvariantCulture),"));
        string personCases = string.Join("\n", tools
            .Where(t => t.Role is SyntheticToolRole.RequiresApproval or SyntheticToolRole.HumanInput)
            .Select(t => $"            case {t.TypeName}:"));
        string machineCases = string.Join("\n", tools
            .Where(t => t.Role is SyntheticToolRole.Handled or SyntheticToolRole.Terminal)
            .Select(t => $"            case {t.TypeName}:"));
        return $$"""
            using System;
            using System.Diagnostics;
            using System.Globalization;
            using System.Threading;
            using System.Threading.Tasks;
            using AgentGen;

            namespace {{domain.Namespace}};

            /// <summary>Runs the {{domain.Lower}} agent for the application: the loop is the application's, and bounded.</summary>
            public sealed class {{domain.Name}}Workflow({{domain.Agent}} agent)
            {
                public Task<AgentThread> StartAsync(string request, CancellationToken cancellationToken) =>
                    agent.RunAsync(AgentThread.Start(request), cancellationToken);

                public async Task<AgentThread> StepWhileReadyAsync(AgentThread thread, CancellationToken cancellationToken)
                {
                    for (int steps = 0; steps < {{domain.Agent}}.MaxSteps && thread.Status == ThreadStatus.Ready; steps++)
                    {
                        thread = await agent.StepAsync(thread, cancellationToken).ConfigureAwait(false);
                    }

                    return thread;
                }

                public async Task<AgentThread> StepAtMostAsync(AgentThread thread, int budget, CancellationToken cancellationToken)
                {
                    while (budget-- > 0 && thread.Status == ThreadStatus.Ready)
                    {
                        thread = await agent.StepAsync(thread, cancellationToken).ConfigureAwait(false);
                    }

                    return thread;
                }

                public async Task<string> PeekAsync(AgentThread thread, CancellationToken cancellationToken)
                {
                    {{domain.Union}} next = await agent.DetermineNextStep(thread, {{(prefetches ? "\"preview\", " : string.Empty)}}cancellationToken).ConfigureAwait(false);
                    if (NeedsPerson(next))
                    {
                        return "waits for a person: " + Describe(next);
                    }

                    StepOutcome outcome = await agent.DispatchAsync(next, new ToolCallContext(thread.Id, "preview", 1), cancellationToken).ConfigureAwait(false);
                    return outcome.Kind + " " + outcome.Text;
                }

                public Task<AgentThread> ResumeAsync(AgentThread thread, string? rejection, CancellationToken cancellationToken) =>
                    agent.RunAsync(rejection is null ? thread.Approve("approved by the workflow") : thread.Reject(rejection), cancellationToken);

                public static string Describe({{domain.Union}} step) => step switch
                {
            {{describeArms}}
                    _ => throw new ArgumentOutOfRangeException(nameof(step), step.ToolName, "Not a {{domain.Lower}} step."),
                };

                public static bool NeedsPerson({{domain.Union}} step)
                {
                    switch (step)
                    {
            {{personCases}}
                            return true;
            {{machineCases}}
                            return false;
                        default:
                            throw new UnreachableException("Unknown {{domain.Lower}} step " + step.ToolName);
                    }
                }
            }
            """;
    }

    private static string Handler(SyntheticDomain domain, SyntheticTool tool)
    {
        string type = tool.TypeName;
        string first = tool.Properties[0].Name;
        switch (tool.Role)
        {
            case SyntheticToolRole.RequiresApproval:
                return $$"""
                        private async Task<StepOutcome> Handle(Approved<{{type}}> step, CancellationToken cancellationToken)
                        {
                            await service.DeleteAsync(step.Call.Reference, cancellationToken).ConfigureAwait(false);
                            return StepOutcome.Continue($"deleted {step.Call.Reference} ({step.Comment ?? "no comment"})");
                        }

                    """;
            case SyntheticToolRole.HumanInput:
            case SyntheticToolRole.Terminal:
                // Left to the runtime: it pauses for a person or ends the run.
                return string.Empty;
        }

        return ((domain.Index + tool.Index) % 7) switch
        {
            0 => $$"""
                    private async Task<StepOutcome> Handle({{type}} step, CancellationToken cancellationToken)
                    {
                        IReadOnlyList<string> found = await service.FindAsync($"{step.{{first}}}", 5, cancellationToken).ConfigureAwait(false);
                        return found.Count == 0 ? StepOutcome.Continue("nothing found") : StepOutcome.Continue(string.Join(", ", found));
                    }

                """,
            1 => $$"""
                    private Task<StepOutcome> Handle({{type}} step, CancellationToken cancellationToken) =>
                        Task.FromResult(StepOutcome.Continue($"{{type}}: {step.{{first}}}"));

                """,
            2 => $$"""
                    private static StepOutcome Handle({{type}} step) => StepOutcome.Continue(step.ToString() ?? "{{type}}");

                """,
            3 => $$"""
                    private async ValueTask<StepOutcome> Handle({{type}} step, CancellationToken cancellationToken)
                    {
                        try
                        {
                            string id = await service.SaveAsync("{{type}}", new Dictionary<string, string> { ["{{first}}"] = $"{step.{{first}}}" }, cancellationToken).ConfigureAwait(false);
                            return StepOutcome.Continue("saved as " + id);
                        }
                        catch (InvalidOperationException exception)
                        {
                            return StepOutcome.Fail(exception);
                        }
                    }

                """,
            4 => $$"""
                    private async Task<StepOutcome> Handle({{type}} step, CancellationToken cancellationToken)
                    {
                        try
                        {
                            IReadOnlyList<string> found = await service.FindAsync("{{type}}", 20, cancellationToken).ConfigureAwait(false);
                            return StepOutcome.Continue(found.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " matches for " + step.{{first}});
                        }
                        catch (TimeoutException exception) when (!cancellationToken.IsCancellationRequested)
                        {
                            throw new InvalidOperationException("The {{domain.Lower}} service timed out; try again later.", exception);
                        }
                        finally
                        {
                            _ = _clock.GetUtcNow();
                        }
                    }

                """,
            5 => $$"""
                    private StepOutcome Handle({{type}} step, CancellationToken cancellationToken)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        if (_clock.GetUtcNow().Year < 2000)
                        {
                            return StepOutcome.Pause("the clock is wrong; a person should look before going on");
                        }

                        string text = $"{step.{{first}}}";
                        return text.Length switch
                        {
                            0 => StepOutcome.Fail("{{type}} needs a value"),
                            > 500 => StepOutcome.Done("too much to go on: " + text[..100]),
                            _ when s_emptyAnswers.Contains(text, StringComparer.OrdinalIgnoreCase) => StepOutcome.Continue("no answer"),
                            _ => StepOutcome.Continue(text),
                        };
                    }

                """,
            _ => $$"""
                    private async Task<StepOutcome> Handle({{type}} step, CancellationToken cancellationToken)
                    {
                        StepOutcome outcome;
                        try
                        {
                            IReadOnlyList<string> found = await service.FindAsync($"{step.{{first}}}", 3, cancellationToken).ConfigureAwait(false);
                            outcome = StepOutcome.Continue(found.FirstOrDefault() ?? "none");
                        }
                        catch (Exception exception) when (exception is not OperationCanceledException)
                        {
                            outcome = StepOutcome.Fail(exception);
                        }

                        return outcome;
                    }

                """,
        };
    }
}
