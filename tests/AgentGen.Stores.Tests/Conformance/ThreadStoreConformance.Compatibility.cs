using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AgentGen.Generated;

namespace AgentGen.Stores.Tests;

// Old and new builds of an application share one store during a rolling deploy: neither loses what the other wrote.
public abstract partial class ThreadStoreConformance
{
    [Fact]
    public async Task A_thread_with_events_this_build_cannot_read_loads_and_saves_back_without_losing_them()
    {
        IThreadStore store = await OpenStoreAsync();
        AgentThread thread = SampleThreads.FromNewerApp("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        await store.CreateAsync(thread, Ct);

        StoredThread loaded = (await store.LoadAsync(thread.Id, Ct))!;
        Assert.Equal(ThreadStatus.HasUnknownEvents, loaded.Thread.Status);

        await store.SaveAsync(loaded.Thread.Append(new MessageEvent("any news?")), loaded.Version, Ct);
        StoredThread saved = (await store.LoadAsync(thread.Id, Ct))!;

        Assert.Equal(ThreadStatus.HasUnknownEvents, saved.Thread.Status);
        Assert.Equal(
            [SampleThreads.NewerToolCall, SampleThreads.NewerEventKind],
            saved.Thread.Events.OfType<UnknownEvent>().Select(e => e.RawJson));
        Assert.Contains(SampleThreads.NewerToolCall, Encoding.UTF8.GetString(ThreadJson.Serialize(saved.Thread)), System.StringComparison.Ordinal);
        Assert.Equal(new MessageEvent("any news?"), saved.Thread.Events[^1]);
    }

    [Fact]
    public async Task An_older_build_saves_a_newer_builds_tool_call_and_the_newer_build_reads_it_back_typed()
    {
        IThreadStore newer = await OpenStoreAsync(ToolRegistry.Instance);
        IThreadStore older = await OpenStoreAsync(new OlderAppRegistry(RotateKeys.ToolName));
        var rotate = new RotateKeys(true, "deploy keys");
        AgentThread thread = AgentThread.Start("rotate the deploy keys").Append(
            new ToolCallEvent("call_1", rotate),
            new ToolResultEvent("call_1", RotateKeys.ToolName, "rotated 3 keys"));
        await newer.CreateAsync(thread, Ct);

        StoredThread seenByOlder = (await older.LoadAsync(thread.Id, Ct))!;
        if (KeepsJson)
        {
            Assert.Equal(ThreadStatus.HasUnknownEvents, seenByOlder.Thread.Status);
            Assert.IsType<UnknownEvent>(seenByOlder.Thread.Events[1]);
        }

        await older.SaveAsync(seenByOlder.Thread.Append(new MessageEvent("rotate them again tomorrow", "webhook")), seenByOlder.Version, Ct);
        StoredThread seenByNewer = (await newer.LoadAsync(thread.Id, Ct))!;

        Assert.Equal(2, seenByNewer.Version);
        Assert.Equal(ThreadStatus.Ready, seenByNewer.Thread.Status);
        Assert.Equal(
            thread.Append(new MessageEvent("rotate them again tomorrow", "webhook")).Events,
            seenByNewer.Thread.Events);
        Assert.Equal(rotate, Assert.IsType<ToolCallEvent>(seenByNewer.Thread.Events[1]).Tool);
    }
}
