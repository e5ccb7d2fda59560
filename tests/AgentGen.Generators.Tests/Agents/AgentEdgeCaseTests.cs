using Microsoft.CodeAnalysis;

namespace AgentGen.Generators.Tests.Agents;

/// <summary>
/// Ordinary agents whose generated code once did not build cleanly: synchronous-only dispatchers, step
/// parameters named like generated locals, internal steps and nullable chat clients.
/// </summary>
public sealed class AgentEdgeCaseTests
{
    private const string Union = """
        using System.Threading;
        using System.Threading.Tasks;
        using AgentGen;
        using Microsoft.Extensions.AI;

        namespace Demo;

        /// <summary>Look an order up.</summary>
        [Tool] public sealed partial record LookupOrder(int Number) : ISupportStep;

        /// <summary>Answer the customer and finish.</summary>
        [Tool, Terminal] public sealed partial record Answer(string Text) : ISupportStep;

        /// <summary>The next step of a support conversation.</summary>
        [NextStep] public partial interface ISupportStep;

        """;

    [Fact]
    public void Only_synchronous_handlers_build_without_warnings() => AssertBuildsCleanly(Union + """
        [Agent]
        public sealed partial class SupportAgent(IChatClient model)
        {
            [Step("Help.\n\n{{thread}}")]
            public partial Task<ISupportStep> NextStep(AgentThread thread, CancellationToken cancellationToken);

            private StepOutcome Handle(LookupOrder step) => StepOutcome.Continue("shipped");
        }
        """);

    [Fact]
    public void A_step_parameter_named_prompt_builds() => AssertBuildsCleanly(Union + """
        [Agent]
        public sealed partial class PromptDoctor(IChatClient model)
        {
            [Step("Improve this prompt:\n{{prompt}}")]
            public partial Task<string> Improve(string prompt, CancellationToken cancellationToken);
        }
        """);

    [Fact]
    public void A_step_parameter_named_response_builds() => AssertBuildsCleanly(Union + """
        [Agent]
        public sealed partial class Grader(IChatClient model)
        {
            [Step("Grade this answer:\n{{response}}")]
            public partial Task<string> Grade(string response, CancellationToken cancellationToken);
        }
        """);

    [Fact]
    public void An_internal_step_with_an_internal_parameter_type_builds() => AssertBuildsCleanly(Union + """
        internal sealed record Customer(string Name);

        [Agent]
        public sealed partial class Greeter(IChatClient model)
        {
            [Step("Greet {{customer}}.")]
            internal partial Task<string> Greet(Customer customer, CancellationToken cancellationToken);
        }
        """);

    [Fact]
    public void A_nullable_chat_client_property_builds_without_warnings() => AssertBuildsCleanly(Union + """
        [Agent]
        public sealed partial class SupportAgent
        {
            public IChatClient? Model { get; set; }

            [Step("Help.\n\n{{thread}}")]
            public partial Task<string> Summarize(AgentThread thread, CancellationToken cancellationToken);
        }
        """);

    [Fact]
    public void A_member_with_no_handler_is_one_error_that_says_what_to_write_and_nothing_else()
    {
        GeneratorResult result = GeneratorHarness.Run(Union + """
            [Agent]
            public sealed partial class SupportAgent(IChatClient model)
            {
                [Step("Help.\n\n{{thread}}")]
                public partial Task<ISupportStep> NextStep(AgentThread thread, CancellationToken cancellationToken);
            }
            """);

        Diagnostic error = Assert.Single(result.CompilationErrors);
        Assert.Equal("CS1029", error.Id);
        Assert.Contains("SupportAgent has no handler for LookupOrder: add 'Task<StepOutcome> Handle(LookupOrder step, CancellationToken cancellationToken)'", error.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_approval_member_with_no_approved_handler_is_one_error_that_says_what_to_write()
    {
        GeneratorResult result = GeneratorHarness.Run(Union.Replace("[Tool] public sealed partial record LookupOrder", "[Tool, RequiresApproval] public sealed partial record LookupOrder", System.StringComparison.Ordinal) + """
            [Agent]
            public sealed partial class SupportAgent(IChatClient model)
            {
                [Step("Help.\n\n{{thread}}")]
                public partial Task<ISupportStep> NextStep(AgentThread thread, CancellationToken cancellationToken);
            }
            """);

        Diagnostic error = Assert.Single(result.CompilationErrors);
        Assert.Equal("CS1029", error.Id);
        Assert.Contains("Handle(Approved<LookupOrder> step, CancellationToken cancellationToken)", error.GetMessage(), System.StringComparison.Ordinal);
    }

    private static void AssertBuildsCleanly(string source) =>
        GeneratorAssert.AssertCleanRun(GeneratorHarness.Run(source));
}
