using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

// The agent the hosting tests serve: one approval tool whose handler counts its runs, a question for a person, and an end.
namespace AgentGen.Hosting.Tests;

/// <summary>Refund an order; a person approves it first.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="Cents">The amount, in cents.</param>
[Tool, RequiresApproval]
public sealed partial record IssueRefund(string OrderId, int Cents) : IRefundStep;

/// <summary>Ask the customer something.</summary>
/// <param name="Question">The question.</param>
[Tool, HumanInput]
public sealed partial record AskCustomer(string Question) : IRefundStep;

/// <summary>Say that the work is finished.</summary>
/// <param name="Message">What was done.</param>
[Tool, Terminal]
public sealed partial record RefundDone(string Message) : IRefundStep;

/// <summary>The next step of a refund conversation.</summary>
[NextStep]
public partial interface IRefundStep;

[Agent(MaxSteps = 6)]
public sealed partial class RefundAgent(IChatClient model, RefundLedger ledger)
{
    [Step("Handle the customer's refund.\n\n{{thread}}")]
    public partial Task<IRefundStep> NextStep(AgentThread thread, CancellationToken cancellationToken = default);

    private StepOutcome Handle(Approved<IssueRefund> step, ToolCallContext call) =>
        StepOutcome.Continue(ledger.Refund(step.Call.OrderId, step.Call.Cents, call));
}

/// <summary>
/// The payment side: counts every run of the refund handler by order and call id (a call id is unique only inside its
/// thread; each test thread refunds its own order), with the attempt the handler was told.
/// </summary>
public sealed class RefundLedger
{
    private readonly ConcurrentQueue<(string OrderId, string CallId, int Attempt)> runs = new();

    /// <summary>Gets every handler run, in order.</summary>
    public IReadOnlyList<(string OrderId, string CallId, int Attempt)> Runs => [.. runs];

    /// <summary>Gets how many times the handler ran for a call.</summary>
    public int RunsOf(string orderId, string callId) => runs.Count(run => run.OrderId == orderId && run.CallId == callId);

    /// <summary>Records a refund, as a payment provider would under the call id as idempotency key.</summary>
    public string Refund(string orderId, int cents, ToolCallContext call)
    {
        runs.Enqueue((orderId, call.CallId, call.Attempt));
        return $"refunded {cents} on {orderId}{(call.IsRetry ? " (retry)" : string.Empty)}";
    }
}
