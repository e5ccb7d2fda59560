using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace AgentGen.Hosting.Running;

/// <summary>
/// The ids of the threads waiting for a worker, in a bounded channel. An id already waiting is not queued twice: the
/// waiting entry loads the thread when a worker takes it, so it sees every change made meanwhile. An id whose run has
/// begun can be queued again (the thread may have been answered since it was loaded).
/// </summary>
internal sealed class WorkQueue
{
    private readonly Channel<WorkItem> channel;
    private readonly ConcurrentDictionary<string, byte> waiting = new(System.StringComparer.Ordinal);

    public WorkQueue(int capacity)
    {
        channel = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleWriter = false,
            SingleReader = false,
        });
    }

    /// <summary>Queues a thread, waiting for room when the queue is full.</summary>
    /// <param name="threadId">The thread's id.</param>
    /// <param name="cancellationToken">Stops waiting for room; the thread then stays unqueued.</param>
    /// <param name="startedVersion">The version at which the thread was seen with a started call, when this is the re-check of it.</param>
    /// <returns>A task that completes when the run that takes this entry ends; at once when the id was already waiting.</returns>
    public async ValueTask<Task> EnqueueAsync(string threadId, CancellationToken cancellationToken, long? startedVersion = null)
    {
        if (!waiting.TryAdd(threadId, 0))
        {
            return Task.CompletedTask;
        }

        var item = new WorkItem(threadId, startedVersion);
        try
        {
            await channel.Writer.WriteAsync(item, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            waiting.TryRemove(threadId, out _);
            throw;
        }

        return item.Completion;
    }

    /// <summary>Takes the queued entries, one at a time, as workers ask for them.</summary>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The entries; each is no longer "waiting" once returned.</returns>
    public async IAsyncEnumerable<WorkItem> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (WorkItem item in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            waiting.TryRemove(item.ThreadId, out _);
            yield return item;
        }
    }
}

/// <summary>One queued run: the thread's id, and a task that completes when the run ends, however it ends.</summary>
/// <param name="ThreadId">The thread's id.</param>
/// <param name="StartedVersion">
/// When the entry re-checks a thread whose last event was a started call: the version it had then. If the thread is
/// still at that version, the run that started the call made no progress for a whole grace period and is presumed dead.
/// </param>
internal sealed record WorkItem(string ThreadId, long? StartedVersion)
{
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Gets a task that completes when the run ends.</summary>
    public Task Completion => done.Task;

    /// <summary>Marks the run ended.</summary>
    public void Complete() => done.TrySetResult();
}
