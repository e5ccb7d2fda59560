using System;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using AgentGen.Generated;
using CsCheck;

namespace AgentGen.Tests.Threads;

/// <summary>
/// A saved thread's tool calls are read where they are in the thread's JSON (tokenized once); whatever the tool cannot
/// read loads exactly as it did when the arguments were read again from their slice.
/// </summary>
public class ToolRegistryInPlaceTests
{
    [Fact]
    public void A_known_tool_is_read_in_place_and_the_reader_stops_on_its_last_token()
    {
        var reader = new Utf8JsonReader("""{"arguments":{"tag":"v1","stage":"staging"},"next":1}"""u8);
        MoveToValue(ref reader, "arguments");

        bool read = ToolRegistry.Instance.TryRead("thread_deploy", ref reader, out ITool? tool, out ImmutableArray<ToolReadError> errors);

        Assert.True(read);
        Assert.Equal(new ThreadDeploy("v1", ThreadStage.Staging), tool);
        Assert.Empty(errors);
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        Assert.True(reader.Read());
        Assert.True(reader.ValueTextEquals("next"u8));
    }

    [Theory]
    [InlineData("thread_deploy", """{"tag":"v1","stage":"moon","extra":[1,{"a":2}]}""", ToolReadErrorKind.UnknownEnumValue)]
    [InlineData("no_such_tool", """{"tag":"v1","stage":[{"deep":[]}]}""", null)]
    public void A_tool_it_cannot_read_still_leaves_the_reader_after_the_object(string toolName, string arguments, ToolReadErrorKind? error)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("""{"arguments":""" + arguments + ""","next":1}"""));
        MoveToValue(ref reader, "arguments");

        bool read = ToolRegistry.Instance.TryRead(toolName, ref reader, out ITool? tool, out ImmutableArray<ToolReadError> errors);

        Assert.False(read);
        Assert.Null(tool);
        Assert.Equal(error, errors.IsEmpty ? null : errors[0].Kind);
        Assert.True(reader.Read());
        Assert.True(reader.ValueTextEquals("next"u8));
    }

    [Fact]
    public void A_registry_written_by_hand_reads_threads_like_the_generated_one()
    {
        var byHand = new SpanOnlyRegistry();
        ThreadGenerators.Thread.Sample(
            thread =>
            {
                byte[] json = ThreadJson.Serialize(thread);

                Assert.Equal(ThreadJson.Deserialize(json, ToolRegistry.Instance).Events, ThreadJson.Deserialize(json, byHand).Events);
            },
            iter: 200,
            print: ThreadGenerators.Describe);
        Assert.True(byHand.Reads > 0);
    }

    [Fact]
    public void A_saved_thread_reads_each_tool_call_in_place_not_from_a_slice()
    {
        var counting = new CountingRegistry();
        AgentThread thread = AgentThread.FromEvents("t1", [
            new MessageEvent("deploy", "user"),
            new ToolCallEvent("call_1", new ThreadDeploy("v1", ThreadStage.Staging)),
            new ToolResultEvent("call_1", "thread_deploy", "ok"),
            new ToolCallEvent("call_2", new ThreadDeploy("v2", ThreadStage.Production, "asked"))]);

        AgentThread loaded = ThreadJson.Deserialize(ThreadJson.Serialize(thread), counting);

        Assert.Equal(thread.Events, loaded.Events);
        Assert.Equal((2, 0), (counting.InPlace, counting.Slices));
    }

    [Fact]
    public void Arguments_the_tool_refuses_keep_the_event_verbatim_and_the_next_events_load()
    {
        const string bad = """{"kind":"tool_call","call_id":"call_1","tool":"thread_deploy","arguments":{"tag":"v1","stage":"moon","more":{"x":[1,2]}}}""";
        const string good = """{"kind":"tool_call","call_id":"call_2","tool":"thread_deploy","arguments":{"tag":"v2","stage":"production"}}""";

        AgentThread thread = Load(Thread(bad, good));

        Assert.Equal(new UnknownEvent("tool_call", bad), thread.Events[0]);
        Assert.Equal(new ToolCallEvent("call_2", new ThreadDeploy("v2", ThreadStage.Production)), thread.Events[1]);
    }

    [Fact]
    public void Arguments_before_the_tool_name_are_read_from_their_slice()
    {
        const string call = """{"arguments":{"stage":"staging","tag":"v1"},"call_id":"call_1","tool":"thread_deploy","kind":"tool_call"}""";

        AgentThread thread = Load(Thread(call));

        Assert.Equal(new ToolCallEvent("call_1", new ThreadDeploy("v1", ThreadStage.Staging)), Assert.Single(thread.Events));
    }

    [Fact]
    public void An_argument_string_that_is_not_valid_utf8_keeps_the_event_and_the_next_one_loads()
    {
        byte[] bad = Encoding.UTF8.GetBytes("""{"kind":"tool_call","call_id":"call_1","tool":"thread_deploy","arguments":{"tag":"v?","stage":"staging"}}""");
        bad[Array.IndexOf(bad, (byte)'?')] = 0xFF;
        byte[] json = [.. Encoding.UTF8.GetBytes("""{"schema_version":1,"id":"t1","events":["""), .. bad, .. Encoding.UTF8.GetBytes("," + Message + "]}")];

        AgentThread thread = ThreadJson.Deserialize(json, ToolRegistry.Instance);

        Assert.Equal("tool_call", Assert.IsType<UnknownEvent>(thread.Events[0]).Kind);
        Assert.Equal(new MessageEvent("deploy", "user"), thread.Events[1]);
    }

    [Fact]
    public void Malformed_arguments_are_reported_as_malformed_json()
    {
        const string call = """{"kind":"tool_call","call_id":"call_1","tool":"thread_deploy","arguments":{"tag":"v1","stage":}}""";

        Assert.Throws<ThreadFormatException>(() => Load(Thread(call, Message)));
    }

    private const string Message = """{"kind":"message","text":"deploy","source":"user"}""";

    private static string Thread(params string[] events) =>
        """{"schema_version":1,"id":"t1","events":[""" + string.Join(",", events) + "]}";

    private static AgentThread Load(string json) => ThreadJson.Deserialize(Encoding.UTF8.GetBytes(json), ToolRegistry.Instance);

    private static void MoveToValue(ref Utf8JsonReader reader, string name)
    {
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(name))
            {
                reader.Read();
                return;
            }
        }

        throw new InvalidOperationException($"No property '{name}'.");
    }

    /// <summary>The generated registry, counting how it is asked to read.</summary>
    private sealed class CountingRegistry : IToolRegistry
    {
        public int InPlace { get; private set; }

        public int Slices { get; private set; }

        public bool TryRead(string toolName, ReadOnlySpan<byte> utf8Json, out ITool? tool, out ImmutableArray<ToolReadError> errors)
        {
            Slices++;
            return ToolRegistry.Instance.TryRead(toolName, utf8Json, out tool, out errors);
        }

        public bool TryRead(string toolName, ref Utf8JsonReader reader, out ITool? tool, out ImmutableArray<ToolReadError> errors)
        {
            InPlace++;
            return ToolRegistry.Instance.TryRead(toolName, ref reader, out tool, out errors);
        }
    }

    /// <summary>A registry that only reads slices, so threads go through the interface's default in-place reading.</summary>
    private sealed class SpanOnlyRegistry : IToolRegistry
    {
        public int Reads { get; private set; }

        public bool TryRead(string toolName, ReadOnlySpan<byte> utf8Json, out ITool? tool, out ImmutableArray<ToolReadError> errors)
        {
            Reads++;
            return ToolRegistry.Instance.TryRead(toolName, utf8Json, out tool, out errors);
        }
    }
}
