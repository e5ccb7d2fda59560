using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using AgentGen.Agents;

namespace AgentGen;

/// <summary>
/// Runs threads kept in an <see cref="IThreadStore"/> (factor 6: launch, pause, resume): loads a thread, takes steps,
/// and saves after every step and before every handler, so another process can resume it wherever this one stopped.
/// Two workers that loaded the same version cannot both run a handler: the second save fails with
/// <see cref="ThreadConflictException"/> before its handler runs.
/// </summary>
/// <remarks>
/// A thread whose last event is <see cref="ToolStartedEvent"/> has a handler that started and recorded no result: either
/// its process died (then running the thread again retries the call, as it should) or the handler is still running in
/// another worker. This runner cannot tell the two apart from the thread alone, so resume such a thread only when the
/// other worker is known to be gone: after a restart, or once the thread has stayed unchanged longer than a handler can
/// run (the hosting package's <c>InterruptedCallGrace</c> does this).
/// </remarks>
public sealed class AgentRunner
{
    private readonly IThreadStore store;

    /// <summary>Initializes a runner over a store.</summary>
    /// <param name="store">Where threads are kept.</param>
    public AgentRunner(IThreadStore store)
    {
        this.store = store ?? throw new ArgumentNullException(nameof(store));
    }

    /// <summary>Starts a thread from a message, stores it, and runs it until it pauses, ends or reaches the step limit.</summary>
    /// <param name="agent">The agent.</param>
    /// <param name="message">What the thread is about.</param>
    /// <param name="source">Where the message came from: <c>user</c>, <c>trigger</c>, <c>webhook</c>...</param>
    /// <param name="cancellationToken">Cancels the run; what was saved stays saved.</param>
    /// <returns>The stored thread after the run.</returns>
    public async Task<StoredThread> StartAsync(IAgent agent, string message, string source = "user", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        StoredThread created = await store.CreateAsync(AgentThread.Start(message, source), cancellationToken).ConfigureAwait(false);
        return await RunLoadedAsync(agent, created, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Loads a thread and runs it, when it can take a step, until it pauses, ends or reaches the step limit.</summary>
    /// <param name="agent">The agent.</param>
    /// <param name="threadId">The thread's id.</param>
    /// <param name="cancellationToken">Cancels the run; what was saved stays saved.</param>
    /// <returns>The stored thread after the run; unchanged when it was waiting for a person or finished.</returns>
    /// <exception cref="ThreadNotFoundException">No thread has that id.</exception>
    /// <exception cref="ThreadConflictException">Another worker saved the thread meanwhile; this run stopped before running anything more.</exception>
    public async Task<StoredThread> RunAsync(IAgent agent, string threadId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        StoredThread stored = await LoadAsync(threadId, cancellationToken).ConfigureAwait(false);
        return await RunLoadedAsync(agent, stored, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a thread already loaded from the store, when it can take a step, until it pauses, ends or reaches the step limit.</summary>
    /// <param name="agent">The agent.</param>
    /// <param name="stored">The thread and the version it was loaded at.</param>
    /// <param name="cancellationToken">Cancels the run; what was saved stays saved.</param>
    /// <returns>The stored thread after the run.</returns>
    /// <exception cref="ThreadConflictException">Another worker saved the thread meanwhile; this run stopped before running anything more.</exception>
    public async Task<StoredThread> RunLoadedAsync(IAgent agent, StoredThread stored, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Thread.Status is not (ThreadStatus.Ready or ThreadStatus.StepLimitReached))
        {
            return stored;
        }

        var checkpoint = new StoreCheckpoint(store, stored);
        AgentThread thread = stored.Thread;
        using Activity? activity = AgentTelemetry.StartRun(agent.Name, thread);
        for (int steps = 0; steps < agent.MaxSteps; steps++)
        {
            thread = await agent.StepAsync(thread, checkpoint, cancellationToken).ConfigureAwait(false);
            await checkpoint.SaveAsync(thread, cancellationToken).ConfigureAwait(false);
            if (thread.Status != ThreadStatus.Ready)
            {
                AgentTelemetry.EndRun(activity, thread);
                return checkpoint.Saved;
            }
        }

        await checkpoint.SaveAsync(AgentSteps.RecordStepLimit(thread, agent.MaxSteps), cancellationToken).ConfigureAwait(false);
        AgentTelemetry.EndRun(activity, checkpoint.Saved.Thread);
        return checkpoint.Saved;
    }

    /// <summary>
    /// Changes a stored thread, for example with <see cref="AgentThread.Approve"/>, <see cref="AgentThread.Reject"/> or
    /// <see cref="AgentThread.Respond"/>, and saves it at the version it was loaded at. Run it afterwards to go on.
    /// </summary>
    /// <param name="threadId">The thread's id.</param>
    /// <param name="change">The change; it throws <see cref="InvalidOperationException"/> when the thread is not waiting for it.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stored thread after the change.</returns>
    /// <exception cref="ThreadNotFoundException">No thread has that id.</exception>
    /// <exception cref="InvalidOperationException">The change does not apply to the thread as stored; nothing was saved.</exception>
    /// <exception cref="ThreadConflictException">Another worker saved the thread meanwhile; nothing was saved.</exception>
    public async Task<StoredThread> UpdateAsync(string threadId, Func<AgentThread, AgentThread> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        StoredThread stored = await LoadAsync(threadId, cancellationToken).ConfigureAwait(false);
        AgentThread changed = change(stored.Thread);
        if (changed.Id != stored.Thread.Id)
        {
            throw new InvalidOperationException($"The change returned thread {changed.Id}, not {stored.Thread.Id}: return the changed thread itself.");
        }

        return await store.SaveAsync(changed, stored.Version, cancellationToken).ConfigureAwait(false);
    }

    private async Task<StoredThread> LoadAsync(string threadId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(threadId);
        return await store.LoadAsync(threadId, cancellationToken).ConfigureAwait(false) ?? throw new ThreadNotFoundException(threadId);
    }

    /// <summary>Saves each new thread over the version saved last.</summary>
    private sealed class StoreCheckpoint(IThreadStore store, StoredThread start) : IThreadCheckpoint
    {
        public StoredThread Saved { get; private set; } = start;

        public async Task SaveAsync(AgentThread thread, CancellationToken cancellationToken)
        {
            if (ReferenceEquals(thread, Saved.Thread))
            {
                return;
            }

            Saved = await store.SaveAsync(thread, Saved.Version, cancellationToken).ConfigureAwait(false);
        }
    }
}
