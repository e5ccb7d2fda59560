using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;

namespace AgentGen.Benchmarks;

/// <summary>
/// Binding one 3-field tool call (<c>{"tag":"v1.4.2","environment":"production","replicas":3}</c>) into
/// <see cref="DeployBackend"/>, side by side: AgentGen's generated reader and binder, System.Text.Json's
/// source-generated deserializer, and <see cref="AIFunctionFactory"/> (the baseline).
/// </summary>
/// <remarks>
/// Everything that a program does once is done in <see cref="Setup"/>: the <see cref="AIFunction"/> is created once,
/// the argument dictionaries are parsed once (as a provider does before handing over a <see cref="FunctionCallContent"/>).
/// Each benchmark measures one call's binding only, except <see cref="AIFunctionFactory_ParseAndInvokeAsync_Utf8"/>,
/// which also parses the text, as <see cref="AgentGen_ReadJson_Utf8"/> and <see cref="SystemTextJson_SourceGen_Utf8"/> do.
/// </remarks>
[MemoryDiagnoser]
[MinColumn]
public class ToolBindingBenchmarks
{
    private const string ArgumentsJson = """{"tag":"v1.4.2","environment":"production","replicas":3}""";

    private static readonly DeployBackend Expected = new("v1.4.2", DeployEnvironment.Production, 3);

    private byte[] _utf8 = [];
    private Dictionary<string, object?> _jsonElementArguments = [];
    private Dictionary<string, object?> _clrArguments = [];
    private AIFunction _function = null!;
    private JsonTypeInfo<Dictionary<string, object?>> _argumentsTypeInfo = null!;

    /// <summary>Prepares the inputs and the <see cref="AIFunction"/>, and checks that every path binds the same value.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _utf8 = Encoding.UTF8.GetBytes(ArgumentsJson);

        // What Microsoft.Extensions.AI.OpenAI puts in FunctionCallContent.Arguments: one JsonElement per argument.
        _argumentsTypeInfo = (JsonTypeInfo<Dictionary<string, object?>>)AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(Dictionary<string, object?>));
        _jsonElementArguments = JsonSerializer.Deserialize(_utf8, _argumentsTypeInfo)!;

        // What a provider that parses into CLR values produces (numbers as long).
        _clrArguments = new Dictionary<string, object?>
        {
            ["tag"] = "v1.4.2",
            ["environment"] = "production",
            ["replicas"] = 3L,
        };

        _function = AIFunctionFactories.CreateDeploy();

        Check(nameof(AgentGen_ReadJson_Utf8), AgentGen_ReadJson_Utf8());
        Check(nameof(AgentGen_BindArguments_JsonElements), AgentGen_BindArguments_JsonElements());
        Check(nameof(AgentGen_BindArguments_ClrValues), AgentGen_BindArguments_ClrValues());
        Check(nameof(SystemTextJson_SourceGen_Utf8), SystemTextJson_SourceGen_Utf8());
        Check(nameof(AIFunctionFactory_InvokeAsync_JsonElements), AIFunctionFactory_InvokeAsync_JsonElements().AsTask().GetAwaiter().GetResult());
        Check(nameof(AIFunctionFactory_ParseAndInvokeAsync_Utf8), AIFunctionFactory_ParseAndInvokeAsync_Utf8().AsTask().GetAwaiter().GetResult());
        Check(nameof(AIFunctionFactory_InvokeAsync_ClrValues), AIFunctionFactory_InvokeAsync_ClrValues().AsTask().GetAwaiter().GetResult());
    }

    /// <summary>(a) The baseline: <c>AIFunctionFactory.Create(...)</c> (once) + <c>InvokeAsync</c> on the JsonElement arguments.</summary>
    /// <returns>The bound record.</returns>
    [Benchmark(Baseline = true, Description = "(a) AIFunction.InvokeAsync, JsonElement args")]
    public ValueTask<object?> AIFunctionFactory_InvokeAsync_JsonElements() =>
        _function.InvokeAsync(new AIFunctionArguments(_jsonElementArguments));

    /// <summary>
    /// (a) from the raw text: what a chat client does per call before (a), parsing the arguments into a JsonElement
    /// dictionary, then <c>InvokeAsync</c>. The end-to-end counterpart of <see cref="AgentGen_ReadJson_Utf8"/>.
    /// </summary>
    /// <returns>The bound record.</returns>
    [Benchmark(Description = "(a) parse UTF-8 to args + InvokeAsync")]
    public ValueTask<object?> AIFunctionFactory_ParseAndInvokeAsync_Utf8() =>
        _function.InvokeAsync(new AIFunctionArguments(JsonSerializer.Deserialize(_utf8, _argumentsTypeInfo)));

    /// <summary><c>AIFunction.InvokeAsync</c> on CLR arguments, for comparison with <see cref="AgentGen_BindArguments_ClrValues"/>.</summary>
    /// <returns>The bound record.</returns>
    [Benchmark(Description = "AIFunction.InvokeAsync, CLR args")]
    public ValueTask<object?> AIFunctionFactory_InvokeAsync_ClrValues() =>
        _function.InvokeAsync(new AIFunctionArguments(_clrArguments));

    /// <summary>(b) System.Text.Json's source-generated deserializer on the raw UTF-8 arguments.</summary>
    /// <returns>The bound record.</returns>
    [Benchmark(Description = "(b) STJ source-gen Deserialize, UTF-8")]
    public DeployBackend? SystemTextJson_SourceGen_Utf8() =>
        JsonSerializer.Deserialize(_utf8, BenchmarkJsonContext.Default.DeployBackend);

    /// <summary>AgentGen's generated reader on the raw UTF-8 arguments.</summary>
    /// <returns>The bound record.</returns>
    [Benchmark(Description = "AgentGen ReadJson, UTF-8")]
    public DeployBackend? AgentGen_ReadJson_Utf8() => DeployBackend.ReadJson(_utf8).Value;

    /// <summary>AgentGen's generated binder on the JsonElement arguments.</summary>
    /// <returns>The bound record.</returns>
    [Benchmark(Description = "AgentGen BindArguments, JsonElement args")]
    public DeployBackend? AgentGen_BindArguments_JsonElements() => DeployBackend.BindArguments(_jsonElementArguments).Value;

    /// <summary>AgentGen's generated binder on CLR arguments (string, string, long).</summary>
    /// <returns>The bound record.</returns>
    [Benchmark(Description = "AgentGen BindArguments, CLR args")]
    public DeployBackend? AgentGen_BindArguments_ClrValues() => DeployBackend.BindArguments(_clrArguments).Value;

    private static void Check(string benchmark, object? actual)
    {
        if (!Equals(actual, Expected))
        {
            throw new InvalidOperationException($"{benchmark} bound {actual ?? "null"}, expected {Expected}: the comparison would be unfair.");
        }
    }
}
