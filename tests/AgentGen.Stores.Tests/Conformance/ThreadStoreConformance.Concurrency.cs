using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace AgentGen.Stores.Tests;

// Many workers, one thread: the version check decides, and nothing a winner saved is lost.
public abstract partial class ThreadStoreConformance
{
    private const int Workers = 8;

    [Fact]
    public async Task Of_concurrent_saves_at_the_same_version_exactly_one_wins_and_the_others_conflict()
    {
        IThreadStore[] workers = await OpenWorkersAsync(Workers);
        AgentThread thread = SampleThreads.AwaitingApproval();
        await workers[0].CreateAsync(thread, Ct);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<StoredThread>[] saves = workers
            .Select((worker, i) => Task.Run(
                async () =>
                {
                    await start.Task;
                    return await worker.SaveAsync(thread.Approve("worker " + i.ToString(CultureInfo.InvariantCulture)), 1, Ct);
                },
                Ct))
            .ToArray();

        start.SetResult();
        await Task.WhenAll(saves).ContinueWith(_ => { }, Ct, TaskContinuationOptions.None, TaskScheduler.Default);

        StoredThread winner = Assert.Single(saves.Where(save => save.IsCompletedSuccessfully).Select(save => save.Result));
        Assert.Equal(2, winner.Version);
        foreach (Task<StoredThread> loser in saves.Where(save => !save.IsCompletedSuccessfully))
        {
            var conflict = Assert.IsType<ThreadConflictException>(loser.Exception!.InnerException);
            Assert.Equal((1L, (long?)2), (conflict.ExpectedVersion, conflict.ActualVersion));
        }

        StoredThread? stored = await workers[^1].LoadAsync(thread.Id, Ct);
        Assert.Equal(2, stored!.Version);
        Assert.Equal(winner.Thread.Events, stored.Thread.Events);
    }

    [Fact]
    public async Task Workers_that_reload_after_a_conflict_and_retry_lose_no_event()
    {
        const int notesPerWorker = 5;
        IThreadStore[] workers = await OpenWorkersAsync(4);
        AgentThread thread = AgentThread.Start("collect notes");
        await workers[0].CreateAsync(thread, Ct);
        int conflicts = 0;

        async Task WorkAsync(IThreadStore store, int worker)
        {
            for (int note = 0; note < notesPerWorker; note++)
            {
                while (true)
                {
                    StoredThread current = (await store.LoadAsync(thread.Id, Ct))!;
                    try
                    {
                        await store.SaveAsync(current.Thread.Append(new MessageEvent(Note(worker, note))), current.Version, Ct);
                        break;
                    }
                    catch (ThreadConflictException)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                }
            }
        }

        await Task.WhenAll(workers.Select((store, worker) => Task.Run(() => WorkAsync(store, worker), Ct)));

        StoredThread stored = (await workers[0].LoadAsync(thread.Id, Ct))!;
        string[] notes = stored.Thread.Events.Skip(1).Cast<MessageEvent>().Select(message => message.Text).ToArray();
        Assert.Equal(1 + (workers.Length * notesPerWorker), stored.Version);
        Assert.Equal(workers.Length * notesPerWorker, notes.Length);
        for (int worker = 0; worker < workers.Length; worker++)
        {
            // Each worker's notes are all there, once, in the order it wrote them.
            string prefix = string.Create(CultureInfo.InvariantCulture, $"worker {worker} ");
            Assert.Equal(Enumerable.Range(0, notesPerWorker).Select(note => Note(worker, note)), notes.Where(text => text.StartsWith(prefix, StringComparison.Ordinal)));
        }

        TestContext.Current.SendDiagnosticMessage($"{conflicts} conflicts retried");
    }

    private static string Note(int worker, int note) => string.Create(CultureInfo.InvariantCulture, $"worker {worker} note {note}");

    private async Task<IThreadStore[]> OpenWorkersAsync(int count)
    {
        var workers = new List<IThreadStore>(count);
        for (int i = 0; i < count; i++)
        {
            workers.Add(await OpenStoreAsync());
        }

        return [.. workers];
    }
}
