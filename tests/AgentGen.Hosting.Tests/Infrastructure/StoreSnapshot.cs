using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace AgentGen.Hosting.Tests;

/// <summary>Everything a store holds, as one comparable string: every thread's id, status, version and events.</summary>
public static class StoreSnapshot
{
    /// <summary>Takes the snapshot.</summary>
    public static async Task<string> TakeAsync(IThreadStore store)
    {
        var lines = new List<string>();
        foreach (ThreadStatus status in Enum.GetValues<ThreadStatus>())
        {
            foreach (ThreadSummary summary in await store.ListAsync(status, 10_000, TestContext.Current.CancellationToken))
            {
                StoredThread stored = (await store.LoadAsync(summary.Id, TestContext.Current.CancellationToken))!;
                lines.Add($"{summary.Id} {status} v{stored.Version} {System.Text.Encoding.UTF8.GetString(ThreadJson.Serialize(stored.Thread))}");
            }
        }

        return string.Join("\n", lines.Order(StringComparer.Ordinal));
    }
}
