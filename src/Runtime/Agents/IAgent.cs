using System.Threading;
using System.Threading.Tasks;

namespace AgentGen;

/// <summary>
/// An agent the runtime can drive: the generator implements it for every <see cref="AgentAttribute"/> class whose step
/// returns a <see cref="NextStepAttribute"/> union. <see cref="AgentRunner"/> and the hosting package use it to run
/// threads from a store.
/// </summary>
public interface IAgent
{
    /// <summary>Gets the agent's name, for logs and telemetry: its class name.</summary>
    string Name { get; }

    /// <summary>Gets the most steps one run takes before the thread stops, resumable, at its step limit.</summary>
    int MaxSteps { get; }

    /// <summary>One reduction: runs the pending call, or asks the model and runs its choice, and returns the new thread.</summary>
    /// <param name="thread">The thread; it is not changed.</param>
    /// <param name="checkpoint">Saves the thread before a handler runs; <see langword="null"/> keeps it in memory only.</param>
    /// <param name="cancellationToken">Cancels the model call and the handler.</param>
    /// <returns>The new thread.</returns>
    Task<AgentThread> StepAsync(AgentThread thread, IThreadCheckpoint? checkpoint, CancellationToken cancellationToken);
}
