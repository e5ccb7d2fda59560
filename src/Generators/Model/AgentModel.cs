using AgentGen.Generators.Helpers;

namespace AgentGen.Generators.Model;

/// <summary>An <c>[Agent]</c> class as declared, before its union's members are known.</summary>
/// <remarks>Like every model, it holds no symbols, syntax or compilation; see <see cref="ToolModel"/>.</remarks>
/// <param name="Declaration">Where it is declared.</param>
/// <param name="ChatClient">The expression that reaches the agent's <c>IChatClient</c>, or null when it has none.</param>
/// <param name="ContextRenderer">The expression that reaches its <c>IContextRenderer</c>, or null for the default.</param>
/// <param name="MaxSteps">The step limit of one run.</param>
/// <param name="MaxConsecutiveErrors">How many errors in a row escalate.</param>
/// <param name="Steps">The <c>[Step]</c> partial methods.</param>
/// <param name="Handlers">The <c>Handle</c> methods.</param>
internal sealed record AgentDeclarationModel(
    TypeDeclarationModel Declaration,
    string? ChatClient,
    string? ContextRenderer,
    int MaxSteps,
    int MaxConsecutiveErrors,
    EquatableArray<StepModel> Steps,
    EquatableArray<HandlerModel> Handlers);

/// <summary>An agent with the tools of the union its next-step step returns.</summary>
internal sealed record AgentModel(AgentDeclarationModel Agent, EquatableArray<ToolModel> UnionMembers);

/// <summary>One <c>[Step]</c> partial method.</summary>
/// <param name="Name">The method name.</param>
/// <param name="Modifiers">Its modifiers as declared, e.g. <c>public</c>.</param>
/// <param name="ResultType">The awaited result type, <c>global::</c>-qualified.</param>
/// <param name="ResultKind">What the result is.</param>
/// <param name="IsValueTask">Whether it returns <c>ValueTask&lt;T&gt;</c> rather than <c>Task&lt;T&gt;</c>.</param>
/// <param name="Parameters">The parameters.</param>
/// <param name="Prompt">The prompt template split into literal text and placeholders.</param>
/// <param name="Protocol">0 tool calls, 1 JSON response format, 2 JSON in the prompt.</param>
/// <param name="PromptFile">The prompt file the template comes from, when there is one; a missing file leaves <paramref name="Prompt"/> empty.</param>
internal sealed record StepModel(
    string Name,
    string Modifiers,
    string ResultType,
    StepResultKind ResultKind,
    bool IsValueTask,
    EquatableArray<StepParameterModel> Parameters,
    EquatableArray<PromptSegment> Prompt,
    int Protocol,
    string? PromptFile = null);

/// <summary>What a step returns.</summary>
internal enum StepResultKind
{
    /// <summary>A <c>[NextStep]</c> union.</summary>
    Union = 0,

    /// <summary>One <c>[Tool]</c> record.</summary>
    Tool = 1,

    /// <summary>Plain text.</summary>
    Text = 2,
}

/// <summary>A step parameter.</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Type">Its type, <c>global::</c>-qualified with nullable annotations.</param>
/// <param name="Role">What it is for.</param>
internal sealed record StepParameterModel(string Name, string Type, StepParameterRole Role);

/// <summary>What a step parameter is for.</summary>
internal enum StepParameterRole
{
    /// <summary>The thread, rendered through the context renderer.</summary>
    Thread = 0,

    /// <summary>The cancellation token.</summary>
    CancellationToken = 1,

    /// <summary>Pre-fetched data for the prompt (factor 13).</summary>
    Data = 2,
}

/// <summary>A piece of a prompt template: literal text, or a placeholder naming a parameter.</summary>
/// <param name="Text">The literal text, or the parameter's name.</param>
/// <param name="IsPlaceholder">Whether it names a parameter.</param>
internal sealed record PromptSegment(string Text, bool IsPlaceholder);

/// <summary>A user-written <c>Handle</c> method.</summary>
/// <param name="ToolType">The tool it handles, <c>global::</c>-qualified.</param>
/// <param name="TakesApproved">Whether it takes <c>Approved&lt;T&gt;</c>.</param>
/// <param name="Shape">How it returns its outcome.</param>
/// <param name="TakesCallContext">Whether it takes the call's <c>ToolCallContext</c> (its id and attempt).</param>
/// <param name="TakesCancellationToken">Whether it takes a cancellation token.</param>
internal sealed record HandlerModel(string ToolType, bool TakesApproved, HandlerShape Shape, bool TakesCallContext, bool TakesCancellationToken);

/// <summary>How a handler returns its <c>StepOutcome</c>.</summary>
internal enum HandlerShape
{
    Synchronous = 0,
    Task = 1,
    ValueTask = 2,
}

/// <summary>A prompt file passed as AdditionalFiles: its path with forward slashes, and its text.</summary>
internal sealed record PromptFileModel(string Path, string Text);
