namespace AgentGen.Generators.Tests.Agents;

/// <summary>
/// The user code of every next-step union and agent snapshot scenario; <see cref="AgentSnapshotTests"/> snapshots
/// what each one generates. The small-agent scenarios share <see cref="SupportTools"/>.
/// </summary>
internal static class AgentScenarios
{
    /// <summary>A union of three tools declared in two namespaces; the union lives in a third.</summary>
    public const string UnionAcrossNamespaces = """
        using AgentGen;

        namespace Demo.Tickets
        {
            /// <summary>Look a ticket up by its number.</summary>
            /// <param name="Number">The ticket number, for example 4711.</param>
            [Tool]
            public sealed partial record LookupTicket(int Number) : Demo.Support.ISupportStep;

            /// <summary>Close a ticket.</summary>
            /// <param name="Number">The ticket number.</param>
            /// <param name="Resolution">Why it is closed.</param>
            [Tool, RequiresApproval]
            public sealed partial record CloseTicket(int Number, string Resolution) : Demo.Support.ISupportStep;
        }

        namespace Demo.Chat
        {
            /// <summary>Write a reply to the customer.</summary>
            /// <param name="Text">The reply.</param>
            [Tool, Terminal]
            public sealed partial record ReplyToCustomer(string Text) : Demo.Support.ISupportStep;
        }

        namespace Demo.Support
        {
            /// <summary>The next step of a support conversation.</summary>
            [NextStep]
            public partial interface ISupportStep;
        }
        """;

    /// <summary>The guide's deploy bot: async handlers, one approval-gated tool, a human-input tool and a terminal tool.</summary>
    public const string DeployBotToolCalls = DeployBotTools + """

        [Agent(MaxSteps = 12, MaxConsecutiveErrors = 3)]
        public sealed partial class DeployAgent(IChatClient model, IGit git, IDeployer deployer)
        {
            [Step(Prompt)]
            public partial Task<IDeployStep> DetermineNextStep(AgentThread thread, CancellationToken cancellationToken = default);
        """ + DeployBotBody;

    /// <summary><see cref="DeployBotToolCalls"/> asking for one JSON object through the response format.</summary>
    public const string DeployBotJson = DeployBotTools + """

        [Agent(MaxSteps = 12, MaxConsecutiveErrors = 3, Protocol = StepProtocol.Json)]
        public sealed partial class DeployAgent(IChatClient model, IGit git, IDeployer deployer)
        {
            [Step(Prompt)]
            public partial Task<IDeployStep> DetermineNextStep(AgentThread thread, CancellationToken cancellationToken = default);
        """ + DeployBotBody;

    /// <summary><see cref="DeployBotToolCalls"/> writing the output format into the prompt.</summary>
    public const string DeployBotJsonInPrompt = DeployBotTools + """

        [Agent(MaxSteps = 12, MaxConsecutiveErrors = 3, Protocol = StepProtocol.JsonInPrompt)]
        public sealed partial class DeployAgent(IChatClient model, IGit git, IDeployer deployer)
        {
            [Step(Prompt)]
            public partial Task<IDeployStep> DetermineNextStep(AgentThread thread, CancellationToken cancellationToken = default);
        """ + DeployBotBody;

    /// <summary>Every handler shape: synchronous, <c>Task</c> and <c>ValueTask</c>, each with and without a token.</summary>
    public const string HandlerShapes = """
        using System.Threading;
        using System.Threading.Tasks;
        using AgentGen;
        using Microsoft.Extensions.AI;

        namespace Demo;

        /// <summary>Read a file.</summary>
        [Tool] public sealed partial record ReadFile(string Path) : IFileStep;

        /// <summary>Count the lines of a file.</summary>
        [Tool] public sealed partial record CountLines(string Path) : IFileStep;

        /// <summary>Search the files for a text.</summary>
        [Tool] public sealed partial record SearchFiles(string Text) : IFileStep;

        /// <summary>Fetch a file from the remote.</summary>
        [Tool] public sealed partial record FetchFile(string Url) : IFileStep;

        /// <summary>Remember a note for later.</summary>
        [Tool] public sealed partial record TakeNote(string Note) : IFileStep;

        /// <summary>Say that the work is finished.</summary>
        [Tool, Terminal] public sealed partial record Finish(string Summary) : IFileStep;

        /// <summary>The next step of a file agent.</summary>
        [NextStep] public partial interface IFileStep;

        [Agent(MaxSteps = 8)]
        public sealed partial class FileAgent(IChatClient chat)
        {
            [Step("Work with the files.\n\n{{thread}}")]
            public partial Task<IFileStep> NextStep(AgentThread thread, CancellationToken cancellationToken);

            private StepOutcome Handle(ReadFile step) => StepOutcome.Continue("contents of " + step.Path);

            private StepOutcome Handle(CountLines step, CancellationToken cancellationToken) =>
                cancellationToken.IsCancellationRequested ? StepOutcome.Fail("cancelled") : StepOutcome.Continue("42");

            private ValueTask<StepOutcome> Handle(SearchFiles step) => new(StepOutcome.Continue("no match for " + step.Text));

            private async ValueTask<StepOutcome> Handle(FetchFile step, CancellationToken cancellationToken)
            {
                await Task.Delay(1, cancellationToken).ConfigureAwait(false);
                return StepOutcome.Continue("fetched " + step.Url);
            }

            private Task<StepOutcome> Handle(TakeNote step) => Task.FromResult(StepOutcome.Continue("noted"));
        }
        """;

    /// <summary>Factor 13: <c>{{git_tags}}</c> is filled from <c>gitTags</c>, which <c>StepAsync</c> loads first.</summary>
    public const string PrefetchedContext = """"
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using AgentGen;
        using Microsoft.Extensions.AI;

        namespace Demo;

        /// <summary>Deploy one tag.</summary>
        [Tool] public sealed partial record Deploy(string Tag) : IReleaseStep;

        /// <summary>Say that the work is finished.</summary>
        [Tool, Terminal] public sealed partial record Done(string Message) : IReleaseStep;

        /// <summary>The next step of a release.</summary>
        [NextStep] public partial interface IReleaseStep;

        public interface IGit
        {
            Task<IReadOnlyList<string>> ListTagsAsync(CancellationToken cancellationToken);
        }

        [Agent(MaxSteps = 5)]
        public sealed partial class ReleaseAgent(IChatClient model, IGit git)
        {
            [Step("""
                Release the newest tag. The tags, newest first:
                {{git_tags}}

                {{thread}}
                """)]
            public partial Task<IReleaseStep> DetermineNextStep(AgentThread thread, IReadOnlyList<string> gitTags, CancellationToken cancellationToken = default);

            private Task<IReadOnlyList<string>> LoadGitTagsAsync(AgentThread thread, CancellationToken cancellationToken) =>
                git.ListTagsAsync(cancellationToken);

            private Task<StepOutcome> Handle(Deploy step, CancellationToken cancellationToken) =>
                Task.FromResult(StepOutcome.Continue("deployed " + step.Tag));
        }
        """";

    /// <summary>An agent nested in a static partial class.</summary>
    public const string NestedAgent = SupportTools + """

        public static partial class Bots
        {
            [Agent]
            public sealed partial class SupportAgent(IChatClient model)
            {
                [Step("Help the customer.\n\n{{thread}}")]
                public partial Task<ISupportStep> NextStep(AgentThread thread, CancellationToken cancellationToken = default);

                private Task<StepOutcome> Handle(LookupOrder step, CancellationToken cancellationToken) =>
                    Task.FromResult(StepOutcome.Continue("order " + step.Number + " shipped"));
            }
        }
        """;

    /// <summary>A step whose answer is one tool record rather than a union: no dispatcher, no loop.</summary>
    public const string ToolResultStep = """
        using System.Threading;
        using System.Threading.Tasks;
        using AgentGen;
        using Microsoft.Extensions.AI;

        namespace Demo;

        /// <summary>A summary of a conversation.</summary>
        /// <param name="Title">One line.</param>
        /// <param name="Sentiment">How the customer feels.</param>
        [Tool]
        public sealed partial record Summary(string Title, Sentiment Sentiment);

        public enum Sentiment { Happy, Neutral, Angry }

        [Agent]
        public sealed partial class Summarizer(IChatClient model)
        {
            [Step("Summarize the conversation.\n\n{{thread}}")]
            public partial Task<Summary> Summarize(AgentThread thread, CancellationToken cancellationToken);

            [Step("Summarize the conversation.\n\n{{thread}}", Protocol = StepProtocol.Json)]
            public partial ValueTask<Summary> SummarizeAsJson(AgentThread thread, CancellationToken cancellationToken);
        }
        """;

    /// <summary>Steps returning plain text, with data parameters, with and without a cancellation token.</summary>
    public const string TextStep = """
        using System.Threading;
        using System.Threading.Tasks;
        using AgentGen;
        using Microsoft.Extensions.AI;

        namespace Demo;

        [Agent]
        public sealed partial class Translator(IChatClient model)
        {
            [Step("Translate into {{target_language}}:\n\n{{text}}")]
            public partial Task<string> Translate(string text, string targetLanguage, CancellationToken cancellationToken);

            [Step("Say hello in {{count}} languages.")]
            internal partial ValueTask<string> Greet(int count);
        }
        """;

    /// <summary>The thread is rendered through the agent's own <c>IContextRenderer</c> field.</summary>
    public const string CustomContextRenderer = SupportTools + """

        public sealed class ChatLogRenderer : IContextRenderer
        {
            public string Render(AgentThread thread) => thread.Events.Length + " events";
        }

        [Agent]
        public sealed partial class SupportAgent(IChatClient model)
        {
            private readonly IContextRenderer _renderer = new ChatLogRenderer();

            [Step("Help the customer.\n\n{{thread}}")]
            public partial Task<ISupportStep> NextStep(AgentThread thread, CancellationToken cancellationToken = default);

            private Task<StepOutcome> Handle(LookupOrder step, CancellationToken cancellationToken) =>
                Task.FromResult(StepOutcome.Continue(_renderer.GetType().Name));
        }
        """;

    /// <summary>The chat client is a required property, not a primary-constructor parameter.</summary>
    public const string ChatClientProperty = SupportTools + """

        [Agent]
        public sealed partial class SupportAgent
        {
            public required IChatClient Model { get; init; }

            [Step("Help the customer.\n\n{{thread}}")]
            public partial Task<ISupportStep> NextStep(AgentThread thread, CancellationToken cancellationToken = default);

            private Task<StepOutcome> Handle(LookupOrder step, CancellationToken cancellationToken) =>
                Task.FromResult(StepOutcome.Continue("shipped"));
        }
        """;

    /// <summary>The loop limits are the attribute's, not the defaults.</summary>
    public const string Limits = SupportTools + """

        [Agent(MaxSteps = 25, MaxConsecutiveErrors = 5)]
        public sealed partial class SupportAgent(IChatClient model)
        {
            [Step("Help the customer.\n\n{{thread}}")]
            public partial Task<ISupportStep> NextStep(AgentThread thread, CancellationToken cancellationToken = default);

            private Task<StepOutcome> Handle(LookupOrder step, CancellationToken cancellationToken) =>
                Task.FromResult(StepOutcome.Continue("shipped"));
        }
        """;

    /// <summary>Three small tools and their union, shared by the scenarios about one aspect of an agent.</summary>
    private const string SupportTools = """
        using System.Threading;
        using System.Threading.Tasks;
        using AgentGen;
        using Microsoft.Extensions.AI;

        namespace Demo;

        /// <summary>Look an order up.</summary>
        [Tool] public sealed partial record LookupOrder(int Number) : ISupportStep;

        /// <summary>Ask the customer a question.</summary>
        [Tool, HumanInput] public sealed partial record AskCustomer(string Question) : ISupportStep;

        /// <summary>Answer the customer and finish.</summary>
        [Tool, Terminal] public sealed partial record Answer(string Text) : ISupportStep;

        /// <summary>The next step of a support conversation.</summary>
        [NextStep] public partial interface ISupportStep;

        """;

    private const string DeployBotTools = """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using AgentGen;
        using Microsoft.Extensions.AI;

        namespace DeployBot;

        /// <summary>List the newest git tags of the backend repository.</summary>
        /// <param name="Limit">How many tags, newest first.</param>
        [Tool]
        public sealed partial record ListGitTags(int Limit = 10) : IDeployStep;

        /// <summary>Deploy one tag of the backend to an environment. A person approves it first.</summary>
        /// <param name="Tag">The git tag to deploy, for example v1.4.2.</param>
        /// <param name="Environment">Where to deploy it.</param>
        [Tool, RequiresApproval]
        public sealed partial record DeployBackend(string Tag, DeployEnvironment Environment) : IDeployStep;

        /// <summary>Ask the person for something you need to go on.</summary>
        /// <param name="Message">The question.</param>
        [Tool, HumanInput]
        public sealed partial record RequestMoreInformation(string Message) : IDeployStep;

        /// <summary>Say that the work is finished.</summary>
        /// <param name="Message">What was done, for the person.</param>
        [Tool, Terminal]
        public sealed partial record DoneForNow(string Message) : IDeployStep;

        public enum DeployEnvironment { Staging, Production }

        /// <summary>The next step of a deploy conversation.</summary>
        [NextStep]
        public partial interface IDeployStep;

        public interface IGit
        {
            Task<IReadOnlyList<string>> ListTagsAsync(int limit, CancellationToken cancellationToken);
        }

        public interface IDeployer
        {
            Task<string> DeployAsync(string tag, DeployEnvironment environment, CancellationToken cancellationToken);
        }

        """;

    private const string DeployBotBody = """


            private const string Prompt = "You are a careful deploy assistant.\nPick the single next step.\n\n{{thread}}";

            private async Task<StepOutcome> Handle(ListGitTags step, CancellationToken cancellationToken)
            {
                IReadOnlyList<string> tags = await git.ListTagsAsync(step.Limit, cancellationToken).ConfigureAwait(false);
                return StepOutcome.Continue(string.Join(", ", tags));
            }

            private async Task<StepOutcome> Handle(Approved<DeployBackend> step, CancellationToken cancellationToken)
            {
                string id = await deployer.DeployAsync(step.Call.Tag, step.Call.Environment, cancellationToken).ConfigureAwait(false);
                return StepOutcome.Continue("deployed " + step.Call.Tag + " as " + id);
            }
        }
        """;
}
