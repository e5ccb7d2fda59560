using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace AgentGen.Hosting.Running;

/// <summary>
/// Runs one agent's queued threads, <see cref="AgentHostOptions.MaxConcurrency"/> at a time, and at start queues the
/// ready threads the store holds. A run that fails is logged and dropped; the worker goes on with the next thread.
/// </summary>
/// <typeparam name="TAgent">The agent.</typeparam>
internal sealed class AgentWorker<TAgent>(AgentHost<TAgent> host) : BackgroundService
    where TAgent : class, IAgent
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LastRetryDelay = TimeSpan.FromMinutes(1);

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Log.WorkerStarted(host.Logger, host.Name, host.Options.MaxConcurrency);
        var tasks = new List<Task>(host.Options.MaxConcurrency + 1);
        for (int i = 0; i < host.Options.MaxConcurrency; i++)
        {
            tasks.Add(Task.Run(() => ConsumeAsync(stoppingToken), CancellationToken.None));
        }

        if (host.Options.ResumeOnStart)
        {
            tasks.Add(Task.Run(() => ResumeAsync(stoppingToken), CancellationToken.None));
        }

        await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    private async Task ConsumeAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (WorkItem item in host.Queue.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await RunOneAsync(item, stoppingToken).ConfigureAwait(false);
                }
                finally
                {
                    item.Complete();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The application stops: what is still queued is stored, and runs at the next start.
        }
    }

    private async Task RunOneAsync(WorkItem item, CancellationToken stoppingToken)
    {
        string threadId = item.ThreadId;
        try
        {
            if (await host.Store.LoadAsync(threadId, stoppingToken).ConfigureAwait(false) is not { } stored)
            {
                Log.NotFound(host.Logger, host.Name, threadId);
                return;
            }

            if (HasStartedCall(stored.Thread) && item.StartedVersion != stored.Version)
            {
                // Running now could run the handler a second time while its first run is still going in another worker.
                Log.Deferred(host.Logger, host.Name, threadId, stored.Version, host.Options.InterruptedCallGrace);
                _ = RecheckLaterAsync(threadId, stored.Version, stoppingToken);
                return;
            }

            StoredThread ran = await host.RunAsync(stored, stoppingToken).ConfigureAwait(false);
            Log.Ran(host.Logger, host.Name, threadId, ran.Thread.Status, ran.Version);
        }
        catch (ThreadConflictException conflict)
        {
            Log.Conflict(host.Logger, host.Name, threadId, conflict);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            Log.Stopped(host.Logger, host.Name, threadId);
        }
#pragma warning disable CA1031 // Errors never stop the worker: the thread stays as last saved, the next one runs.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.RunFailed(host.Logger, host.Name, threadId, exception);
        }
    }

    /// <summary>Whether the thread's last event is a handler's start: its run is still going somewhere, or died.</summary>
    private static bool HasStartedCall(AgentThread thread) =>
        thread.Events.Length > 0 && thread.Events[^1] is ToolStartedEvent && thread.Status == ThreadStatus.Ready;

    /// <summary>Queues the thread again after the grace period, remembering the version it had when first seen.</summary>
    private async Task RecheckLaterAsync(string threadId, long startedVersion, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(host.Options.InterruptedCallGrace, host.Time, stoppingToken).ConfigureAwait(false);
            await host.Queue.EnqueueAsync(threadId, stoppingToken, startedVersion).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The application stops; the next start sees the thread again.
        }
    }

    /// <summary>
    /// Queues every ready thread of the store, a batch at a time, waiting for each batch to run before listing the next.
    /// Each listing asks for the threads already seen plus one batch, so threads that stay ready (their run failed, or
    /// another worker has them) never hide the ones behind them. Retries while the store cannot be reached.
    /// </summary>
    private async Task ResumeAsync(CancellationToken stoppingToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        TimeSpan delay = FirstRetryDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                int limit = seen.Count + host.Options.ResumeBatchSize;
                IReadOnlyList<ThreadSummary> listed = await host.Store.ListAsync(ThreadStatus.Ready, limit, stoppingToken).ConfigureAwait(false);
                var runs = new List<Task>();
                foreach (ThreadSummary summary in listed)
                {
                    if (seen.Add(summary.Id))
                    {
                        runs.Add(await host.Queue.EnqueueAsync(summary.Id, stoppingToken).ConfigureAwait(false));
                    }
                }

                if (runs.Count > 0)
                {
                    Log.Resuming(host.Logger, host.Name, runs.Count);
                }

                await Task.WhenAll(runs).WaitAsync(stoppingToken).ConfigureAwait(false);
                if (listed.Count < limit)
                {
                    return;
                }

                delay = FirstRetryDelay;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A store that cannot be reached at start is retried, not fatal.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Log.ResumeFailed(host.Logger, host.Name, delay, exception);
                try
                {
                    await Task.Delay(delay, host.Time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                delay = delay * 2 > LastRetryDelay ? LastRetryDelay : delay * 2;
            }
        }
    }
}
