using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using AgentGen.Generated;
using CsCheck;

namespace AgentGen.Tests.Threads;

public class ThreadJsonRoundTripTests
{
    [Fact]
    public void Every_event_kind_and_tool_survives_a_save_and_load()
    {
        ThreadGenerators.Thread.Sample(
            thread =>
            {
                AgentThread loaded = ThreadJson.Deserialize(ThreadJson.Serialize(thread), ToolRegistry.Instance);

                Assert.Equal(thread.Id, loaded.Id);
                Assert.Equal(thread.Events, loaded.Events);
                Assert.Equal(thread.Status, loaded.Status);
                Assert.Equal(thread.ConsecutiveErrors, loaded.ConsecutiveErrors);
                Assert.Equal(thread.StepCount, loaded.StepCount);
            },
            iter: 500,
            print: ThreadGenerators.Describe);
    }

    [Fact]
    public void Saving_a_loaded_thread_gives_the_same_bytes()
    {
        ThreadGenerators.Thread.Sample(
            thread =>
            {
                byte[] saved = ThreadJson.Serialize(thread);
                Assert.Equal(saved, ThreadJson.Serialize(ThreadJson.Deserialize(saved, ToolRegistry.Instance)));
            },
            iter: 300,
            print: ThreadGenerators.Describe);
    }

    [Fact]
    public void The_event_generator_produces_every_event_kind()
    {
        // Guards the property tests above: a kind the generator never produces would never be round-tripped.
        var kinds = new HashSet<string>();
        ThreadGenerators.Event.Sample(e => { kinds.Add(e.Kind); }, iter: 2000);
        int declared = typeof(ThreadEvent).Assembly.GetTypes()
            .Count(t => t.IsSubclassOf(typeof(ThreadEvent)) && !t.IsAbstract && t != typeof(UnknownEvent));
        Assert.Equal(declared, kinds.Count);
    }

    [Fact]
    public void Events_are_written_with_stable_names_not_clr_names()
    {
        AgentThread thread = AgentThread.FromEvents("t1", [new MessageEvent("deploy", "user"), new ToolCallEvent("call_1", new ThreadDeploy("v1.2", ThreadStage.Production))]);

        using JsonDocument document = JsonDocument.Parse(ThreadJson.Serialize(thread));
        JsonElement root = document.RootElement;
        Assert.Equal(1, root.GetProperty("schema_version").GetInt32());
        Assert.Equal("t1", root.GetProperty("id").GetString());
        JsonElement[] events = [.. root.GetProperty("events").EnumerateArray()];
        Assert.Equal("message", events[0].GetProperty("kind").GetString());
        Assert.Equal("tool_call", events[1].GetProperty("kind").GetString());
        Assert.Equal("thread_deploy", events[1].GetProperty("tool").GetString());
        Assert.Equal("production", events[1].GetProperty("arguments").GetProperty("stage").GetString());
        Assert.DoesNotContain("ThreadDeploy", root.GetRawText(), System.StringComparison.Ordinal);
        Assert.DoesNotContain("Event", root.GetRawText(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_paused_thread_loads_paused_and_can_be_approved()
    {
        AgentThread thread = AgentThread.Start("ship v1.2")
            .Append(new ToolCallEvent("call_1", new ThreadDeploy("v1.2", ThreadStage.Production, "asked")), new ApprovalRequestedEvent("call_1"));

        AgentThread loaded = ThreadJson.Deserialize(ThreadJson.Serialize(thread), ToolRegistry.Instance);

        Assert.Equal(ThreadStatus.AwaitingApproval, loaded.Status);
        Assert.Equal(ThreadStatus.Ready, loaded.Approve("ok").Status);
        Assert.Equal(new ThreadDeploy("v1.2", ThreadStage.Production, "asked"), loaded.Events.OfType<ToolCallEvent>().Single().Tool);
    }
}
