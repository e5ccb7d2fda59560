using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using AgentGen.Agents;
using AgentGen.Generated;

namespace AgentGen.Tests.Threads;

/// <summary>Threads saved earlier, or by a newer version of the application, still load; nothing in them is lost.</summary>
public class ThreadJsonCompatibilityTests
{
    [Fact]
    public void A_thread_saved_with_schema_version_1_loads()
    {
        AgentThread thread = ThreadJson.Deserialize(File.ReadAllBytes(Fixture("thread-v1.json")), ToolRegistry.Instance);

        Assert.Equal("5f0c3b9e2a7d4c1e8b6a9d0f1e2c3b4a", thread.Id);
        Assert.Equal(22, thread.Events.Length);
        Assert.DoesNotContain(thread.Events, e => e is UnknownEvent);
        Assert.Equal(ThreadStatus.Done, thread.Status);
        Assert.Equal(new MessageEvent("deploy the newest backend tag to production", "user"), thread.Events[0]);
        Assert.Equal(new ToolCallEvent("call_1", new ThreadListTags(3)), thread.Events[1]);
        Assert.Equal(
            new ToolCallEvent("call_3", new ThreadAsk("Which region?", true, 12.5, new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.FromHours(1)))),
            thread.Events[3]);
        Assert.Equal(new ParseErrorEvent(null, "expected exactly one tool call, found text \"hmm\""), thread.Events[7]);
        Assert.Equal(new HumanResponseEvent(null, "try again"), thread.Events[10]);
        Assert.Equal(new ToolCallEvent("call_15", new ThreadDeploy("v1.4.2", ThreadStage.Staging)), thread.Events[15]);
        Assert.Equal(new ApprovalGrantedEvent("call_15", "ship it"), thread.Events[17]);
        Assert.Equal(new DoneEvent("rolled back; v1.4.1 is live"), thread.Events[21]);
    }

    [Fact]
    public void An_unknown_event_kind_loads_and_is_written_back_verbatim()
    {
        const string future = """{"kind":"memory_compacted","summary":"three tags listed","tokens":1200}""";
        string json = Thread(Message, future, """{"kind":"done","message":"ok"}""");

        AgentThread thread = ThreadJson.Deserialize(Encoding.UTF8.GetBytes(json), ToolRegistry.Instance);

        UnknownEvent unknown = Assert.IsType<UnknownEvent>(thread.Events[1]);
        Assert.Equal("memory_compacted", unknown.Kind);
        Assert.Equal(ThreadStatus.HasUnknownEvents, thread.Status);
        Assert.Equal(new DoneEvent("ok"), thread.Events[2]);
        Assert.Equal(json, Encoding.UTF8.GetString(ThreadJson.Serialize(thread)));
    }

    [Fact]
    public void A_call_to_a_tool_this_application_does_not_declare_is_kept_and_blocks_stepping()
    {
        const string call = """{"kind":"tool_call","call_id":"call_1","tool":"rotate_keys","arguments":{"all":true}}""";
        string json = Thread(Message, call);

        AgentThread thread = ThreadJson.Deserialize(Encoding.UTF8.GetBytes(json), ToolRegistry.Instance);

        UnknownEvent unknown = Assert.IsType<UnknownEvent>(thread.Events[1]);
        Assert.Equal("tool_call", unknown.Kind);
        Assert.Equal(call, unknown.RawJson);
        Assert.Equal(ThreadStatus.HasUnknownEvents, thread.Status);
        var refused = Assert.Throws<InvalidOperationException>(() => AgentSteps.EnsureCanStep(thread));
        Assert.Contains("upgrade the application", refused.Message, StringComparison.Ordinal);
        Assert.Equal(json, Encoding.UTF8.GetString(ThreadJson.Serialize(thread)));
    }

    [Fact]
    public void A_tool_call_whose_arguments_no_longer_match_the_tool_is_kept()
    {
        const string call = """{"kind":"tool_call","call_id":"call_1","tool":"thread_deploy","arguments":{"tag":"v1","stage":"moon"}}""";

        AgentThread thread = ThreadJson.Deserialize(Encoding.UTF8.GetBytes(Thread(Message, call)), ToolRegistry.Instance);

        Assert.Equal(new UnknownEvent("tool_call", call), thread.Events[1]);
        Assert.Equal(ThreadStatus.HasUnknownEvents, thread.Status);
    }

    [Fact]
    public void A_known_event_with_a_property_this_version_does_not_know_is_kept_whole()
    {
        const string message = """{"kind":"message","text":"hi","source":"user","attachments":["a.png"]}""";
        string json = Thread(message);

        AgentThread thread = ThreadJson.Deserialize(Encoding.UTF8.GetBytes(json), ToolRegistry.Instance);

        Assert.Equal(new UnknownEvent("message", message), thread.Events[0]);
        Assert.Equal(json, Encoding.UTF8.GetString(ThreadJson.Serialize(thread)));
    }

    [Fact]
    public void A_thread_with_only_known_events_can_step()
    {
        AgentThread thread = ThreadJson.Deserialize(Encoding.UTF8.GetBytes(Thread(Message)), ToolRegistry.Instance);

        Assert.Equal(ThreadStatus.Ready, thread.Status);
        AgentSteps.EnsureCanStep(thread);
    }

    [Theory]
    [InlineData("""{"schema_version":1,"id":"t","events":[""", "line 1")]
    [InlineData("""{"schema_version":1,"id":"t","events":[]} []""", "malformed JSON at line 1, byte 43")]
    [InlineData("not json", "malformed JSON at line 1")]
    [InlineData("""[]""", "at $: expected a thread object, found an array")]
    [InlineData("""{"id":"t","events":[]}""", "at $.schema_version")]
    [InlineData("""{"schema_version":2,"id":"t","events":[]}""", "schema version 2 is not supported")]
    [InlineData("""{"schema_version":1,"events":[]}""", "at $.id: expected a string, found nothing")]
    [InlineData("""{"schema_version":1,"id":"t"}""", "at $.events")]
    [InlineData("""{"schema_version":1,"id":"t","events":[42]}""", "at $.events[0]: expected an event object, found the number 42")]
    [InlineData("""{"schema_version":1,"id":"t","events":[{"text":"hi"}]}""", "at $.events[0].kind")]
    [InlineData("""{"schema_version":1,"id":"t","events":[{"kind":"message","source":"user"}]}""", "at $.events[0].text: expected a string, found nothing")]
    [InlineData("""{"schema_version":1,"id":"t","events":[{"kind":"done","message":null}]}""", "at $.events[0].message: expected a string, found null")]
    [InlineData("""{"schema_version":1,"id":"t","events":[{"kind":"escalated","consecutive_errors":"3"}]}""", "at $.events[0].consecutive_errors")]
    [InlineData("""{"schema_version":1,"id":"t","events":[{"kind":"tool_call","call_id":"c","tool":"thread_list_tags","arguments":[]}]}""", "at $.events[0].arguments: expected object, found an array")]
    public void Stored_json_that_is_not_a_thread_throws_saying_what_and_where(string json, string expected)
    {
        var error = Assert.Throws<ThreadFormatException>(() => ThreadJson.Deserialize(Encoding.UTF8.GetBytes(json), ToolRegistry.Instance));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private const string Message = """{"kind":"message","text":"deploy","source":"user"}""";

    private static string Thread(params string[] events) =>
        """{"schema_version":1,"id":"t1","events":[""" + string.Join(",", events) + "]}";

    private static string Fixture(string name, [CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Fixtures", name);
}
