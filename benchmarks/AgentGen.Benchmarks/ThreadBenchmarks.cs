using System;
using System.Linq;
using System.Text.Json;
using AgentGen.Benchmarks.Threads;
using BenchmarkDotNet.Attributes;

namespace AgentGen.Benchmarks;

/// <summary>
/// Saving and loading a 100-event thread, side by side: AgentGen's <see cref="ThreadJson"/> (tool calls through their
/// generated writers and the generated tool registry) against System.Text.Json's reflection-based serializer on the
/// equivalent plain object graph (the baseline, <see cref="PocoThread"/>).
/// </summary>
/// <remarks>
/// One operation is a round trip: serialize to UTF-8, then deserialize back into the typed graph. The <c>part:</c> rows
/// measure each half alone. The reflection serializer runs with default options, warmed up: its metadata is built
/// once per process and not measured.
/// </remarks>
[MemoryDiagnoser]
[MinColumn]
public class ThreadBenchmarks
{
    private AgentThread _thread = null!;
    private byte[] _agentGenJson = [];
    private PocoThread _poco = null!;
    private byte[] _pocoJson = [];

    /// <summary>Builds the thread and its object graph, and checks that both round trips give back what went in.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _thread = ThreadHistory.CreateThread();
        _agentGenJson = ThreadJson.Serialize(_thread);
        _poco = ThreadHistory.ToPoco(_thread);
        _pocoJson = JsonSerializer.SerializeToUtf8Bytes(_poco);

        AgentThread loaded = AgentGen_WriteAndRead();
        if (loaded.Events.Length != ThreadHistory.Length || !loaded.Events.SequenceEqual(_thread.Events) || loaded.Id != _thread.Id)
        {
            throw new InvalidOperationException("ThreadJson did not give back the thread it saved: the comparison would be unfair.");
        }

        PocoThread reloaded = SystemTextJson_Reflection_WriteAndRead();
        if (reloaded.Events.Count != ThreadHistory.Length || !JsonSerializer.SerializeToUtf8Bytes(reloaded).AsSpan().SequenceEqual(_pocoJson))
        {
            throw new InvalidOperationException("JsonSerializer did not give back the graph it saved: the comparison would be unfair.");
        }
    }

    /// <summary>The baseline: <see cref="JsonSerializer"/> with reflection, serialize then deserialize.</summary>
    /// <returns>The loaded graph.</returns>
    [Benchmark(Baseline = true, Description = "STJ reflection, write + read")]
    public PocoThread SystemTextJson_Reflection_WriteAndRead() =>
        JsonSerializer.Deserialize<PocoThread>(JsonSerializer.SerializeToUtf8Bytes(_poco))!;

    /// <summary>AgentGen: <see cref="ThreadJson.Serialize(AgentThread)"/> then <see cref="ThreadJson.Deserialize"/> with the generated registry.</summary>
    /// <returns>The loaded thread.</returns>
    [Benchmark(Description = "AgentGen ThreadJson, write + read")]
    public AgentThread AgentGen_WriteAndRead() =>
        ThreadJson.Deserialize(ThreadJson.Serialize(_thread), AgentGen.Generated.ToolRegistry.Instance);

    /// <summary>Only the baseline's write.</summary>
    /// <returns>The JSON.</returns>
    [Benchmark(Description = "part: STJ reflection, write")]
    public byte[] SystemTextJson_Reflection_Write() => JsonSerializer.SerializeToUtf8Bytes(_poco);

    /// <summary>Only AgentGen's write.</summary>
    /// <returns>The JSON.</returns>
    [Benchmark(Description = "part: AgentGen ThreadJson, write")]
    public byte[] AgentGen_Write() => ThreadJson.Serialize(_thread);

    /// <summary>Only the baseline's read.</summary>
    /// <returns>The graph.</returns>
    [Benchmark(Description = "part: STJ reflection, read")]
    public PocoThread SystemTextJson_Reflection_Read() => JsonSerializer.Deserialize<PocoThread>(_pocoJson)!;

    /// <summary>Only AgentGen's read.</summary>
    /// <returns>The thread.</returns>
    [Benchmark(Description = "part: AgentGen ThreadJson, read")]
    public AgentThread AgentGen_Read() => ThreadJson.Deserialize(_agentGenJson, AgentGen.Generated.ToolRegistry.Instance);

    /// <summary>
    /// The floor of AgentGen's read: tokenizing the saved thread with <see cref="Utf8JsonReader"/>, as
    /// <see cref="ThreadJson.Deserialize"/> does in its one pass. The rest of "part: AgentGen ThreadJson, read" is the
    /// strings, the events, and the tool calls' arguments, which the generated readers read again from their slices.
    /// </summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark(Description = "part: Utf8JsonReader over AgentGen's JSON")]
    public int Utf8JsonReader_Tokens()
    {
        var reader = new Utf8JsonReader(_agentGenJson);
        int tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }
}
