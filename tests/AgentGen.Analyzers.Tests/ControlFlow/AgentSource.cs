namespace AgentGen.Analyzers.Tests.ControlFlow;

/// <summary>
/// Test sources for agent rules. The analyzer tests do not run the generator, so each source carries, in place of
/// the generated parts, what the compiler needs: the tools' <c>ITool</c> members and the steps' bodies.
/// </summary>
internal static class AgentSource
{
    /// <summary>A deploy union like the sample's: two handled tools, one needing approval, one asking a person, one ending the work.</summary>
    public const string DeployTools = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using AgentGen;

        [Tool] public sealed partial record ListGitTags(int Limit = 10) : IDeployStep;
        [Tool] public sealed partial record DeployFrontend(string Tag) : IDeployStep;
        [Tool, RequiresApproval] public sealed partial record DeployBackend(string Tag) : IDeployStep;
        [Tool, HumanInput] public sealed partial record RequestMoreInformation(string Message) : IDeployStep;
        [Tool, Terminal] public sealed partial record DoneForNow(string Message) : IDeployStep;

        [NextStep] public partial interface IDeployStep : ITool;

        // Stand-ins for the generated parts.
        public sealed partial record ListGitTags { public string ToolName => "list_git_tags"; public void WriteJson(System.Text.Json.Utf8JsonWriter writer) { } }
        public sealed partial record DeployFrontend { public string ToolName => "deploy_frontend"; public void WriteJson(System.Text.Json.Utf8JsonWriter writer) { } }
        public sealed partial record DeployBackend { public string ToolName => "deploy_backend"; public void WriteJson(System.Text.Json.Utf8JsonWriter writer) { } }
        public sealed partial record RequestMoreInformation { public string ToolName => "request_more_information"; public void WriteJson(System.Text.Json.Utf8JsonWriter writer) { } }
        public sealed partial record DoneForNow { public string ToolName => "done_for_now"; public void WriteJson(System.Text.Json.Utf8JsonWriter writer) { } }

        """;

    /// <summary>The agent's next-step step, with the body the generator would write.</summary>
    public const string NextStep = """
            [Step("Pick the next step. {{thread}}")]
            public partial Task<IDeployStep> DetermineNextStep(AgentThread thread, CancellationToken cancellationToken = default);
            public partial Task<IDeployStep> DetermineNextStep(AgentThread thread, CancellationToken cancellationToken) => throw new NotImplementedException();
        """;

    /// <summary>The deploy tools followed by <paramref name="agent"/>.</summary>
    public static string WithDeployTools(string agent) => DeployTools + agent;
}
