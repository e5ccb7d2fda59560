using System.Threading;
using System.Threading.Tasks;
using AgentGen;
using Microsoft.Extensions.AI;

namespace AgentGen.Tests.Lenient;

// A four-tool union asked for over the JSON protocol: the shape the lenient corpus is written against.

/// <summary>Why a refund is given.</summary>
public enum RefundReason
{
    /// <summary>The item arrived damaged.</summary>
    Damaged,

    /// <summary>The item arrived late.</summary>
    Late,

    /// <summary>The wrong item was sent.</summary>
    WrongItem,
}

/// <summary>Look up an order.</summary>
/// <param name="OrderId">The order's id.</param>
[Tool] public sealed partial record LookupOrder(string OrderId) : ISupportStep;

/// <summary>Refund part or all of an order.</summary>
/// <param name="OrderId">The order's id.</param>
/// <param name="Amount">The amount to refund.</param>
/// <param name="Reason">Why.</param>
/// <param name="Note">A note for the customer.</param>
[Tool] public sealed partial record RefundOrder(string OrderId, decimal Amount, RefundReason Reason, string? Note = null) : ISupportStep;

/// <summary>Ask the customer a question.</summary>
/// <param name="Question">The question.</param>
[Tool] public sealed partial record AskCustomer(string Question) : ISupportStep;

/// <summary>Close the support case.</summary>
/// <param name="Summary">What was done.</param>
/// <param name="Resolved">Whether the problem was solved.</param>
[Tool, Terminal] public sealed partial record CloseCase(string Summary, bool Resolved = true) : ISupportStep;

/// <summary>The next step of a support conversation.</summary>
[NextStep] public partial interface ISupportStep;

[Agent(MaxSteps = 6, Protocol = StepProtocol.Json)]
public sealed partial class SupportAgent(IChatClient model)
{
    [Step("Help the customer.\n\n{{thread}}")]
    public partial Task<ISupportStep> NextStep(AgentThread thread, CancellationToken cancellationToken = default);

    private StepOutcome Handle(LookupOrder step) => StepOutcome.Continue($"order {step.OrderId}: shipped");

    private StepOutcome Handle(RefundOrder step) => StepOutcome.Continue($"refunded {step.Amount} on {step.OrderId}");

    private StepOutcome Handle(AskCustomer step) => StepOutcome.Continue("asked: " + step.Question);
}
