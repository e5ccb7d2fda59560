using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AgentGen;
using Microsoft.Extensions.AI;

namespace AgentGen.Tests.Agents;

// An agent whose handlers take the call's context: what a handler passes on as an idempotency key.

/// <summary>Charge the customer's card.</summary>
/// <param name="Cents">The amount, in cents.</param>
[Tool] public sealed partial record ChargeCard(int Cents) : IPaymentStep;

/// <summary>Refund the customer; a person approves it first.</summary>
/// <param name="Cents">The amount, in cents.</param>
[Tool, RequiresApproval] public sealed partial record RefundCard(int Cents) : IPaymentStep;

/// <summary>Say that the work is finished.</summary>
/// <param name="Message">What was done.</param>
[Tool, Terminal] public sealed partial record PaymentDone(string Message) : IPaymentStep;

/// <summary>The next step of a payment conversation.</summary>
[NextStep] public partial interface IPaymentStep;

/// <summary>A fake payment provider that sees every request with its idempotency key, and can stop the process mid-request.</summary>
public sealed class PaymentGateway
{
    private readonly List<(string Operation, string Key, int Attempt)> _requests = [];
    private readonly object _gate = new();

    /// <summary>Gets the requests, in order: operation, idempotency key (thread id / call id) and attempt.</summary>
    public IReadOnlyList<(string Operation, string Key, int Attempt)> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Gets or sets what happens inside the next request, after it is recorded: the "process" stopping, for example.</summary>
    public Action? During { get; set; }

    public string Send(string operation, ToolCallContext call)
    {
        lock (_gate)
        {
            _requests.Add((operation, call.IdempotencyKey, call.Attempt));
        }

        Action? during = During;
        During = null;
        during?.Invoke();
        return $"{operation} accepted under key {call.IdempotencyKey}{(call.IsRetry ? " (retry)" : string.Empty)}";
    }
}

[Agent(MaxSteps = 6)]
public sealed partial class PaymentAgent(IChatClient model, PaymentGateway gateway)
{
    [Step("Handle the customer's payment.\n\n{{thread}}")]
    public partial Task<IPaymentStep> NextStep(AgentThread thread, CancellationToken cancellationToken = default);

    private StepOutcome Handle(ChargeCard step, ToolCallContext call) =>
        StepOutcome.Continue(gateway.Send($"charge {step.Cents}", call));

    private Task<StepOutcome> Handle(Approved<RefundCard> step, ToolCallContext call, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(StepOutcome.Continue(gateway.Send($"refund {step.Call.Cents}", call)));
    }
}
