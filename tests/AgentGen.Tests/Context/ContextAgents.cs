using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

// Two small agents over one union: one supplies its own error formatter, one asks for JSON answers.
namespace AgentGen.Tests.Context;

/// <summary>Look something up.</summary>
/// <param name="Query">What to look up.</param>
[Tool("context_lookup")]
public sealed partial record ContextLookup(string Query) : IContextStep;

/// <summary>Say that the work is finished.</summary>
/// <param name="Message">What was done.</param>
[Tool("context_finish"), Terminal]
public sealed partial record ContextFinish(string Message) : IContextStep;

/// <summary>The next step of the context test agents.</summary>
[NextStep] public partial interface IContextStep;

/// <summary>Shows errors to the model as one line each.</summary>
public sealed class OneLineErrors : ErrorFormatter
{
    public override string FormatToolError(ToolErrorEvent error) => $"{error.ToolName} failed ({error.ErrorType}): {error.Message}";

    public override string FormatParseError(ParseErrorEvent error) => "unreadable answer: " + error.Message;
}

[Agent(MaxSteps = 4)]
public sealed partial class ContextErrorsAgent(IChatClient model)
{
    private readonly IContextRenderer _context = new XmlContextRenderer { ErrorFormatter = new OneLineErrors() };

    [Step("Do the work.\n\n{{thread}}")]
    public partial Task<IContextStep> NextStep(AgentThread thread, CancellationToken cancellationToken = default);

    private StepOutcome Handle(ContextLookup step) =>
        step.Query == "fail" ? throw new System.TimeoutException("the index did not answer") : StepOutcome.Continue("found " + step.Query);
}

[Agent(MaxSteps = 4, Protocol = StepProtocol.Json)]
public sealed partial class ContextJsonAgent(IChatClient model)
{
    [Step("Do the work.\n\n{{thread}}")]
    public partial Task<IContextStep> NextStep(AgentThread thread, CancellationToken cancellationToken = default);

    private StepOutcome Handle(ContextLookup step) => StepOutcome.Continue("found " + step.Query);
}
