using System.Threading;
using System.Threading.Tasks;
using AgentGen;
using Microsoft.Extensions.AI;

namespace AgentGen.Tests.Agents;

// One tool per handler shape: synchronous, Task and ValueTask, each with and without a cancellation token.
// Each result says which handler ran and whether it received the caller's token.

/// <summary>Handled synchronously, without a token.</summary>
[Tool] public sealed partial record SyncPlain(int N) : IShapeStep;

/// <summary>Handled synchronously, with a token.</summary>
[Tool] public sealed partial record SyncWithToken(int N) : IShapeStep;

/// <summary>Handled by a Task, without a token.</summary>
[Tool] public sealed partial record TaskPlain(int N) : IShapeStep;

/// <summary>Handled by a Task, with a token.</summary>
[Tool] public sealed partial record TaskWithToken(int N) : IShapeStep;

/// <summary>Handled by a ValueTask, without a token.</summary>
[Tool] public sealed partial record ValueTaskPlain(int N) : IShapeStep;

/// <summary>Handled by a ValueTask, with a token.</summary>
[Tool] public sealed partial record ValueTaskWithToken(int N) : IShapeStep;

/// <summary>The work is finished.</summary>
[Tool, Terminal] public sealed partial record ShapesDone(string Message) : IShapeStep;

/// <summary>The next step of the handler-shapes agent.</summary>
[NextStep] public partial interface IShapeStep;

[Agent(MaxSteps = 10)]
public sealed partial class ShapesAgent(IChatClient model)
{
    [Step("Pick the next handler to try.\n\n{{thread}}")]
    public partial Task<IShapeStep> NextStep(AgentThread thread, CancellationToken cancellationToken = default);

    private StepOutcome Handle(SyncPlain step) => StepOutcome.Continue($"sync {step.N}");

    private StepOutcome Handle(SyncWithToken step, CancellationToken cancellationToken) =>
        StepOutcome.Continue($"sync+token {step.N} cancelable={cancellationToken.CanBeCanceled}");

    private async Task<StepOutcome> Handle(TaskPlain step)
    {
        await Task.Yield();
        return StepOutcome.Continue($"task {step.N}");
    }

    private async Task<StepOutcome> Handle(TaskWithToken step, CancellationToken cancellationToken)
    {
        await Task.Delay(1, cancellationToken).ConfigureAwait(false);
        return StepOutcome.Continue($"task+token {step.N} cancelable={cancellationToken.CanBeCanceled}");
    }

    private ValueTask<StepOutcome> Handle(ValueTaskPlain step) => ValueTask.FromResult(StepOutcome.Continue($"valuetask {step.N}"));

    private async ValueTask<StepOutcome> Handle(ValueTaskWithToken step, CancellationToken cancellationToken)
    {
        await Task.Yield();
        return StepOutcome.Continue($"valuetask+token {step.N} cancelable={cancellationToken.CanBeCanceled}");
    }
}

// Not compiled, because it breaks the generated code (reported to the lead): a *static* handler is not found.
// The parser skips static methods before it looks for handlers, so the dispatcher falls back to
// `await Handle(step, cancellationToken)` and the build fails in generated code with CS1501
// ("No overload for method 'Handle' takes 2 arguments"), or CS1503 when another Handle takes a token.
// Static handlers are what CA1822 suggests for handlers that use no injected service.
//
// [Agent(MaxSteps = 10)]
// public sealed partial class StaticShapesAgent(IChatClient model)
// {
//     [Step("Pick the next handler to try.\n\n{{thread}}")]
//     public partial Task<IShapeStep> NextStep(AgentThread thread, CancellationToken cancellationToken = default);
//
//     private static StepOutcome Handle(SyncPlain step) => StepOutcome.Continue($"sync {step.N}");
//     ... (one static handler per member)
// }
