using Microsoft.CodeAnalysis;

namespace AgentGen.Analyzers;

/// <summary>Every diagnostic AgentGen reports: fixed IDs, one place.</summary>
/// <remarks>Each ID has a page at <c>docs/diagnostics/AGENxxxx.md</c> saying what is wrong, why (which factor), and how to fix it.</remarks>
internal static class Descriptors
{
    public const string ToolMustBePartialId = "AGEN0001";
    public const string UnsupportedToolDeclarationId = "AGEN0002";
    public const string UnsupportedPropertyTypeId = "AGEN0003";
    public const string DuplicateToolNameId = "AGEN0004";
    public const string InvalidToolNameId = "AGEN0005";
    public const string MissingDescriptionId = "AGEN0006";
    public const string UnionWithoutTerminalId = "AGEN0007";
    public const string DuplicateRegistryToolNameId = "AGEN0008";
    public const string UnhandledUnionMemberId = "AGEN0010";
    public const string HandlerMustReturnOutcomeId = "AGEN0011";
    public const string ApprovalHandlerTakesBareRecordId = "AGEN0012";
    public const string IncompleteUnionSwitchId = "AGEN0013";
    public const string UnboundedStepLoopId = "AGEN0014";
    public const string SwallowedExceptionId = "AGEN0015";
    public const string AutomaticToolInvocationId = "AGEN0016";
    public const string BlockingWaitForPersonId = "AGEN0017";
    public const string UnobservedTaskId = "AGEN0018";
    public const string MutableAgentStateId = "AGEN0020";
    public const string MissingPromptFileId = "AGEN0032";
    public const string TooManyToolsId = "AGEN0040";
    public const string TooManyStepsId = "AGEN0041";
    public const string UnknownPlaceholderId = "AGEN0030";
    public const string UnusedStepParameterId = "AGEN0031";

    private const string HelpRoot = "docs/diagnostics/";
    private const string Shape = "AgentGen.ToolShape";
    private const string ControlFlow = "AgentGen.ControlFlow";
    private const string Reducer = "AgentGen.Reducer";
    private const string Prompts = "AgentGen.Prompts";
    private const string Size = "AgentGen.Size";

    public static readonly DiagnosticDescriptor ToolMustBePartial = Create(
        ToolMustBePartialId, "Tool and next-step types must be partial",
        "'{0}' must be partial so AgentGen can generate its schema and serialization{1}", Shape, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedToolDeclaration = Create(
        UnsupportedToolDeclarationId, "Tool type has a shape AgentGen cannot generate for",
        "'{0}' cannot be a {1}: {2}", Shape, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedPropertyType = Create(
        UnsupportedPropertyTypeId, "Tool property type has no JSON schema mapping",
        "Property '{0}' of '{1}' has type '{2}', which has no JSON schema mapping; use a string, number, bool, enum, collection, string-keyed dictionary or plain record", Shape, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateToolName = Create(
        DuplicateToolNameId, "Two tools of one union have the same name",
        "'{0}' and '{1}' are both named '{2}' in '{3}'; the model could not tell them apart", Shape, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidToolName = Create(
        InvalidToolNameId, "Tool name is not a valid function name",
        "Tool name '{0}' is rejected by model providers: use 1 to 64 letters, digits, '_' or '-'", Shape, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MissingDescription = Create(
        MissingDescriptionId, "Tool or tool property has no description",
        "{0} '{1}' has no description; the model sees only its name", Shape, DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor UnionWithoutTerminal = Create(
        UnionWithoutTerminalId, "Next-step union has no [Terminal] member",
        "'{0}' has no [Terminal] member, so a run ends only when a handler stops it or at its step limit", Shape, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateRegistryToolName = Create(
        DuplicateRegistryToolNameId, "Two tools of one assembly have the same name",
        "'{0}' and '{1}' are both tools named '{2}' in this assembly, whose tool registry (which loads saved threads) keeps one tool per name; rename one with [Tool(\"another_name\")]", Shape, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnhandledUnionMember = Create(
        UnhandledUnionMemberId, "Agent does not handle a next step",
        "'{0}' does not handle '{1}': add a Handle method returning an explicit StepOutcome", ControlFlow, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor HandlerMustReturnOutcome = Create(
        HandlerMustReturnOutcomeId, "Handler must return a StepOutcome",
        "Handler '{0}' returns '{1}'; return StepOutcome (or a Task or ValueTask of it) so whether the loop goes on is explicit", ControlFlow, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ApprovalHandlerTakesBareRecord = Create(
        ApprovalHandlerTakesBareRecordId, "Handler of a [RequiresApproval] tool must take Approved<T>",
        "'{0}' requires approval, so its handler must take Approved<{0}>; a bare '{0}' could run without a person's approval", ControlFlow, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor IncompleteUnionSwitch = Create(
        IncompleteUnionSwitchId, "Switch over a next-step union does not handle every member",
        "This switch over '{0}' does not handle {1}{2}; give each member its own arm so a new member cannot pass unnoticed", ControlFlow, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnboundedStepLoop = Create(
        UnboundedStepLoopId, "Loop over agent steps has no bound",
        "This loop calls '{0}' with no bound; compare a step counter with a limit or stop on the thread's Status, or call RunAsync, the generated bounded loop", ControlFlow, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SwallowedException = Create(
        SwallowedExceptionId, "Handler or step swallows an exception",
        "This catch in '{0}' swallows the exception; rethrow it or return StepOutcome.Fail so the error reaches the thread", ControlFlow, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor AutomaticToolInvocation = Create(
        AutomaticToolInvocationId, "Automatic tool invocation hides an agent's control flow",
        "{0} lets the chat client of '{1}' run tools itself, outside the agent's control flow; declare them as [Tool] records of its next-step union and run them in handlers", ControlFlow, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor BlockingWaitForPerson = Create(
        BlockingWaitForPersonId, "Handler or step blocks waiting for a person",
        "{0} in '{1}' blocks the run waiting for a person; ask with a [HumanInput] tool, which pauses the thread until Respond resumes it", ControlFlow, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnobservedTask = Create(
        UnobservedTaskId, "Agent work that nobody awaits",
        "{0} in '{1}'; await the work, so the step's outcome waits for it and its failure reaches the thread", ControlFlow, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MutableAgentState = Create(
        MutableAgentStateId, "Agent holds mutable state",
        "{0} '{1}' is mutable state in agent '{2}'; keep state in the thread StepAsync returns, and {3}", Reducer, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MissingPromptFile = Create(
        MissingPromptFileId, "Prompt file is not among the AdditionalFiles",
        "The prompt file '{0}' of '{1}' is not among the AdditionalFiles; add <AdditionalFiles Include=\"{0}\" /> to the project", Prompts, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor TooManyTools = Create(
        TooManyToolsId, "Agent offers the model too many tools",
        "Agent '{0}' offers the model {1} tools in '{2}', more than {3}; split it into smaller agents that each own a few steps (the limit is agentgen.max_tools_per_agent)", Size, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor TooManySteps = Create(
        TooManyStepsId, "Agent allows too many steps per run",
        "Agent '{0}' allows {1} steps per run, more than {2}; lower MaxSteps or split the work into smaller agents (the limit is agentgen.max_steps)", Size, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnknownPlaceholder = Create(
        UnknownPlaceholderId, "Prompt placeholder matches no step parameter",
        "Placeholder '{{{{{0}}}}}' in the prompt of '{1}' matches no parameter", Prompts, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnusedStepParameter = Create(
        UnusedStepParameterId, "Step parameter is not used by its prompt",
        "Parameter '{0}' of '{1}' is never used by its prompt; add '{{{{{2}}}}}' to the prompt or remove the parameter", Prompts, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpRoot + id + ".md");
}
