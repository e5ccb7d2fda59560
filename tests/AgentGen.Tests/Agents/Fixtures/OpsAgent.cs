using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AgentGen;
using Microsoft.Extensions.AI;

namespace AgentGen.Tests.Agents;

// An operations agent whose tools cover every outcome: each handler decides one thing.

/// <summary>Check the disk of a host.</summary>
[Tool] public sealed partial record CheckDisk(string Host) : IOpsStep;

/// <summary>Wait until someone resumes the work.</summary>
[Tool] public sealed partial record HoldOn(string Reason) : IOpsStep;

/// <summary>Finish the job from a handler.</summary>
[Tool] public sealed partial record FinishJob(string Summary) : IOpsStep;

/// <summary>Give up on the job.</summary>
[Tool] public sealed partial record GiveUp(string Reason) : IOpsStep;

/// <summary>A tool whose handler throws its message, repeated.</summary>
[Tool] public sealed partial record Explode(string Message, int Repeat = 1) : IOpsStep;

/// <summary>A tool whose handler times out on its own (an HTTP client timeout), without the caller cancelling.</summary>
[Tool] public sealed partial record CallSlowService(string Url) : IOpsStep;

/// <summary>A tool whose handler waits until it is cancelled.</summary>
[Tool] public sealed partial record WaitForever(string Why) : IOpsStep;

/// <summary>A tool whose handler (wrongly) returns null.</summary>
[Tool] public sealed partial record Forgetful(string Note) : IOpsStep;

/// <summary>A tool whose handler returns a record as its result.</summary>
[Tool] public sealed partial record MeasureDisk(string Host) : IOpsStep;

/// <summary>A disk measurement, used as a handler's result.</summary>
[Tool] public sealed partial record DiskReport(string Host, int UsedPercent, [property: Sensitive] string? ReadToken = null);

/// <summary>Ask the operator a question.</summary>
[Tool, HumanInput] public sealed partial record AskOperator(string Question) : IOpsStep;

/// <summary>Restart a production service; a person approves it first.</summary>
[Tool, RequiresApproval] public sealed partial record RestartProduction(string Service) : IOpsStep;

/// <summary>Report that the work is finished.</summary>
[Tool, Terminal] public sealed partial record ReportDone(string Message) : IOpsStep;

/// <summary>The next step of an operations conversation.</summary>
[NextStep] public partial interface IOpsStep;

/// <summary>What the operations agent's handlers did, kept outside the agent (which holds no state).</summary>
public sealed class OpsProbe
{
    private int _approvedRestarts;

    public int ApprovedRestarts => Volatile.Read(ref _approvedRestarts);

    public TaskCompletionSource WaitStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void RecordApprovedRestart() => Interlocked.Increment(ref _approvedRestarts);
}

[Agent(MaxSteps = 10, MaxConsecutiveErrors = 3)]
public sealed partial class OpsAgent(IChatClient model, OpsProbe probe)
{
    [Step("""
        You are an operations assistant.
        Pick the single next step.

        {{thread}}
        """)]
    public partial Task<IOpsStep> NextStep(AgentThread thread, CancellationToken cancellationToken = default);

    private StepOutcome Handle(CheckDisk step) => StepOutcome.Continue($"{step.Host}: 87% used");

    private StepOutcome Handle(HoldOn step) => StepOutcome.Pause(step.Reason);

    private StepOutcome Handle(FinishJob step) => StepOutcome.Done(step.Summary);

    private StepOutcome Handle(GiveUp step) => StepOutcome.Fail(step.Reason);

    private StepOutcome Handle(Explode step) =>
        throw new InvalidOperationException(string.Concat(Enumerable.Repeat(step.Message, step.Repeat)));

    private Task<StepOutcome> Handle(CallSlowService step, CancellationToken cancellationToken) =>
        throw new TaskCanceledException($"The request to {step.Url} was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.");

    private async Task<StepOutcome> Handle(WaitForever step, CancellationToken cancellationToken)
    {
        probe.WaitStarted.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        return StepOutcome.Continue("waited for " + step.Why);
    }

    private StepOutcome Handle(Forgetful step) => null!;

    private StepOutcome Handle(MeasureDisk step) => StepOutcome.Continue(new DiskReport(step.Host, 87, "rt-7f3a-secret"));

    private Task<StepOutcome> Handle(Approved<RestartProduction> step, CancellationToken cancellationToken)
    {
        probe.RecordApprovedRestart();
        return Task.FromResult(StepOutcome.Continue($"restarted {step.Call.Service}"));
    }
}
