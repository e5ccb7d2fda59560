using System.Threading.Tasks;
using AgentGen.Analyzers.ControlFlow;
using Microsoft.CodeAnalysis.Testing;

namespace AgentGen.Analyzers.Tests.ControlFlow;

public sealed class AutomaticToolInvocationTests
{
    private static readonly string Agent = AgentWith("""
            public IChatClient Model => model;
        """);

    /// <summary>A deploy agent holding a chat client, with <paramref name="members"/> besides its step and handlers.</summary>
    private static string AgentWith(string members) => "using Microsoft.Extensions.AI;\n" + AgentSource.WithDeployTools($$"""
        [Agent]
        public sealed partial class DeployAgent(IChatClient model)
        {
        {{AgentSource.NextStep}}
            private Task<StepOutcome> Handle(ListGitTags step, CancellationToken cancellationToken) => Task.FromResult(StepOutcome.Continue("v1"));
            private StepOutcome Handle(DeployFrontend step) => StepOutcome.Continue("deployed");
            private StepOutcome Handle(Approved<DeployBackend> step) => StepOutcome.Continue("deployed");

        {{members}}
        }

        """);

    private static DiagnosticResult Expected(int location, string what) =>
        new DiagnosticResult(Descriptors.AutomaticToolInvocation).WithLocation(location).WithArguments(what, "DeployAgent");

    [Fact]
    public Task Fires_on_function_invocation_in_front_of_an_agent() => Verify<AutomaticToolInvocationAnalyzer>.AnalyzerAsync(Agent + """
        public static class Setup
        {
            public static DeployAgent Build(IChatClient inner)
            {
                IChatClient client = new ChatClientBuilder(inner).{|#0:UseFunctionInvocation|}().Build();
                return new DeployAgent(client);
            }

            public static DeployAgent Wrapped(IChatClient inner) => new DeployAgent(new {|#1:FunctionInvokingChatClient|}(inner));

            public static DeployAgent Static(IChatClient inner) =>
                new(FunctionInvokingChatClientBuilderExtensions.{|#2:UseFunctionInvocation|}(inner.AsBuilder()).Build());
        }
        """,
        test => test.ExpectedDiagnostics.AddRange([Expected(0, "'UseFunctionInvocation'"), Expected(1, "'FunctionInvokingChatClient'"), Expected(2, "'UseFunctionInvocation'")]));

    // The rule looks at the syntax before binding: a client whose type is written elsewhere (target-typed 'new', a
    // class derived from FunctionInvokingChatClient) must still be found.
    [Fact]
    public Task Fires_on_a_target_typed_or_derived_invoking_client() => Verify<AutomaticToolInvocationAnalyzer>.AnalyzerAsync(Agent + """
        public sealed class LoggingInvoker(IChatClient inner) : FunctionInvokingChatClient(inner);

        public static class Setup
        {
            public static DeployAgent TargetTyped(IChatClient inner)
            {
                FunctionInvokingChatClient client = {|#0:new(inner)|};
                return new DeployAgent(client);
            }

            public static DeployAgent Derived(IChatClient inner) => new DeployAgent(new {|#1:LoggingInvoker|}(inner));

            // Not next to an agent: nothing to report.
            public static IChatClient Alone(IChatClient inner) => new LoggingInvoker(inner);
        }
        """,
        test => test.ExpectedDiagnostics.AddRange([Expected(0, "'FunctionInvokingChatClient'"), Expected(1, "'LoggingInvoker'")]));

    [Fact]
    public Task Fires_on_invocable_functions_made_inside_an_agent() => Verify<AutomaticToolInvocationAnalyzer>.AnalyzerAsync(AgentWith("""
            private readonly ChatOptions _options = new() { Tools = [{|#0:AIFunctionFactory.Create|}(() => "v1.4.2", "latest_tag")] };

            public Task<ChatResponse> Ask(string question) =>
                model.GetResponseAsync(question, new ChatOptions { Tools = [{|#1:AIFunctionFactory.Create|}((string tag) => "deployed " + tag, "deploy")] });
        """),
        test => test.ExpectedDiagnostics.AddRange([Expected(0, "'AIFunctionFactory.Create'"), Expected(1, "'AIFunctionFactory.Create'")]));

    [Fact]
    public Task Fires_in_every_kind_of_agent_member_body() => Verify<AutomaticToolInvocationAnalyzer>.AnalyzerAsync(AgentWith("""
            private AIFunction Latest => {|#0:AIFunctionFactory.Create|}(() => "v1.4.2", "latest_tag");

            private AIFunction Deploy
            {
                get { return {|#1:AIFunctionFactory.Create|}((string tag) => "deployed " + tag, "deploy"); }
            }

            private AIFunction Rollback { get; } = {|#2:AIFunctionFactory.Create|}(() => "rolled back", "rollback");

            private static AIFunction Local()
            {
                return Make();
                static AIFunction Make() => {|#3:AIFunctionFactory.Create|}(() => "ok", "ok");
            }
        """),
        test => test.ExpectedDiagnostics.AddRange(
            [Expected(0, "'AIFunctionFactory.Create'"), Expected(1, "'AIFunctionFactory.Create'"), Expected(2, "'AIFunctionFactory.Create'"), Expected(3, "'AIFunctionFactory.Create'")]));

    [Fact]
    public Task Does_not_fire_on_plain_clients_or_away_from_agents() => Verify<AutomaticToolInvocationAnalyzer>.AnalyzerAsync(Agent + """
        public static class Setup
        {
            // The agent's own client only sends the union's declarations: nothing is invoked automatically.
            public static DeployAgent Build(IChatClient inner) => new DeployAgent(new ChatClientBuilder(inner).Build());

            // A chat client with automatic invocation that no agent uses is not this rule's business.
            public static IChatClient Assistant(IChatClient inner) =>
                new ChatClientBuilder(inner).UseFunctionInvocation().Build(new EmptyServices());

            public static AIFunction Tool() => AIFunctionFactory.Create(() => "v1", "latest_tag");
        }

        public sealed class EmptyServices : IServiceProvider
        {
            public object? GetService(Type serviceType) => null;
        }
        """);
}
