using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using AgentGen.Generated;
using CsCheck;

namespace AgentGen.Tests.Threads;

/// <summary>Saving into a caller's buffer, and loading in one pass: what the single-pass reader must still get right.</summary>
public class ThreadJsonStreamingTests
{
    [Fact]
    public void Saving_into_a_buffer_writes_the_same_bytes_as_saving_to_an_array()
    {
        // CsCheck samples on several threads at once: each sample gets its own buffer.
        ThreadGenerators.Thread.Sample(
            thread =>
            {
                var buffer = new ArrayBufferWriter<byte>();
                ThreadJson.Serialize(thread, buffer);
                Assert.Equal(ThreadJson.Serialize(thread), buffer.WrittenSpan.ToArray());
            },
            iter: 200,
            print: ThreadGenerators.Describe);
    }

    [Fact]
    public void A_tool_that_writes_no_arguments_is_refused_rather_than_saved_unloadable()
    {
        AgentThread thread = AgentThread.FromEvents("t1", [new ToolCallEvent("call_1", new SilentTool())]);

        var error = Assert.Throws<InvalidOperationException>(() => ThreadJson.Serialize(thread));

        Assert.Contains("'silent'", error.Message, StringComparison.Ordinal);
        Assert.Contains("[Tool]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_thread_properties_load_in_any_order_and_unknown_ones_are_ignored()
    {
        const string json = """
            {"events":[{"kind":"message","text":"deploy","source":"user"},{"kind":"tool_call","call_id":"call_1","tool":"thread_list_tags","arguments":{"limit":3}}],
             "saved_by":{"app":"deploybot","tags":["a",{"b":null}]},"id":"t1","schema_version":1}
            """;

        AgentThread thread = ThreadJson.Deserialize(Encoding.UTF8.GetBytes(json), ToolRegistry.Instance);

        Assert.Equal("t1", thread.Id);
        Assert.Equal([new MessageEvent("deploy", "user"), new ToolCallEvent("call_1", new ThreadListTags(3))], thread.Events);
    }

    [Fact]
    public void A_newer_schema_version_is_reported_even_when_it_comes_after_the_events()
    {
        const string json = """{"id":"t1","events":[{"kind":"message","text":7}],"schema_version":2}""";

        var error = Assert.Throws<ThreadFormatException>(() => ThreadJson.Deserialize(Encoding.UTF8.GetBytes(json), ToolRegistry.Instance));

        Assert.Contains("schema version 2 is not supported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_after_an_invalid_event_is_reported_as_malformed()
    {
        const string json = """{"schema_version":1,"id":"t1","events":[42,{"kind":"done","message":"ok"}]} trailing""";

        var error = Assert.Throws<ThreadFormatException>(() => ThreadJson.Deserialize(Encoding.UTF8.GetBytes(json), ToolRegistry.Instance));

        Assert.Contains("malformed JSON at line 1", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<JsonException>(error.InnerException);
    }

    [Fact]
    public void A_property_written_twice_in_an_event_is_an_error_at_that_property()
    {
        const string json = """{"schema_version":1,"id":"t1","events":[{"kind":"done","message":"a"},{"kind":"done","message":"a","message":"b"}]}""";

        var error = Assert.Throws<ThreadFormatException>(() => ThreadJson.Deserialize(Encoding.UTF8.GetBytes(json), ToolRegistry.Instance));

        Assert.Contains("at $.events[1].message: the property appears twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Escaped_names_and_repeated_values_read_as_written()
    {
        const string json = """
            {"schema_version":1,"id":"t1","events":[
             {"k\u0069nd":"tool_result","call_id":"call_1","tool":"thread_list_tags","result":"v1"},
             {"kind":"tool_result","call_id":"call_1","tool":"thread_list_tags","result":"v\u0032"},
             {"kind":"tool_result","call_id":"call_2","tool":"thread_deploy","result":"v1"},
             {"kind":"tool_result","call_id":"call_1","tool":"thread_list_tags","result":"v1"}]}
            """;

        AgentThread thread = ThreadJson.Deserialize(Encoding.UTF8.GetBytes(json), ToolRegistry.Instance);

        Assert.Equal(
            [
                new ToolResultEvent("call_1", "thread_list_tags", "v1"),
                new ToolResultEvent("call_1", "thread_list_tags", "v2"),
                new ToolResultEvent("call_2", "thread_deploy", "v1"),
                new ToolResultEvent("call_1", "thread_list_tags", "v1"),
            ],
            thread.Events);
    }

    /// <summary>A hand-written tool whose writer writes nothing: what ITool's documentation warns against.</summary>
    private sealed class SilentTool : ITool
    {
        public string ToolName => "silent";

        public void WriteJson(Utf8JsonWriter writer)
        {
        }
    }
}
