using System;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using AgentGen;
using Microsoft.Extensions.AI;

namespace AgentGen.CrashHost;

/// <summary>Send money to an account.</summary>
/// <param name="Account">The receiving account.</param>
/// <param name="Cents">The amount, in cents.</param>
[Tool] public sealed partial record SendTransfer(string Account, int Cents) : ITransferStep;

/// <summary>Say that the work is finished.</summary>
/// <param name="Message">What was done.</param>
[Tool, Terminal] public sealed partial record TransferDone(string Message) : ITransferStep;

/// <summary>The next step of a transfer.</summary>
[NextStep] public partial interface ITransferStep;

/// <summary>
/// An agent whose transfer handler writes each request, with its idempotency key and attempt, to a log file, and can
/// hang forever inside the first attempt so that the process can be killed there.
/// </summary>
[Agent(MaxSteps = 4)]
public sealed partial class TransferAgent(IChatClient model, string requestLog, bool hangInFirstAttempt)
{
    [Step("Move the money as asked.\n\n{{thread}}")]
    public partial Task<ITransferStep> NextStep(AgentThread thread, CancellationToken cancellationToken = default);

    private async Task<StepOutcome> Handle(SendTransfer step, ToolCallContext call, CancellationToken cancellationToken)
    {
        string line = string.Create(CultureInfo.InvariantCulture, $"{call.CallId} {call.Attempt} {step.Account} {step.Cents}\n");
        await File.AppendAllTextAsync(requestLog, line, cancellationToken).ConfigureAwait(false);
        if (hangInFirstAttempt && call.Attempt == 1)
        {
            // The provider has the request; the process dies before the result is saved.
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }

        return StepOutcome.Continue($"sent {step.Cents} to {step.Account} under key {call.IdempotencyKey}{(call.IsRetry ? " (retry)" : string.Empty)}");
    }
}
