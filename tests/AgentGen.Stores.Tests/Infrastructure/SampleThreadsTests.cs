using System;
using System.Linq;

namespace AgentGen.Stores.Tests;

public class SampleThreadsTests
{
    [Fact]
    public void The_round_trip_thread_holds_every_event_kind_the_runtime_defines()
    {
        // Guards the conformance round trip: an event kind added to the runtime must be added to the sample thread.
        Type[] kinds = typeof(ThreadEvent).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(ThreadEvent)) && !type.IsAbstract && type != typeof(UnknownEvent))
            .ToArray();
        Type[] sampled = SampleThreads.EveryEventKind().Events.Select(e => e.GetType()).Distinct().ToArray();

        Assert.NotEmpty(kinds);
        Assert.Empty(kinds.Except(sampled).Select(type => type.Name));
    }

    [Fact]
    public void The_newer_apps_thread_holds_events_this_build_cannot_read()
    {
        AgentThread thread = SampleThreads.FromNewerApp("t1");

        Assert.Equal(ThreadStatus.HasUnknownEvents, thread.Status);
        Assert.Equal(
            [SampleThreads.NewerToolCall, SampleThreads.NewerEventKind],
            thread.Events.OfType<UnknownEvent>().Select(e => e.RawJson));
    }
}
