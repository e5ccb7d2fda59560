using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;

namespace AgentGen.Benchmarks;

/// <summary>
/// Getting the declaration the model sees (name, description, JSON schema): <c>AIFunctionFactory.Create</c> against
/// AgentGen's generated <c>GetDeclaration</c>. Not part of the binding comparison, which creates the function once.
/// </summary>
/// <remarks>
/// <c>AIFunctionFactory</c> caches its reflection over a method per <see cref="System.Text.Json.JsonSerializerOptions"/>
/// instance, so "warm" measures a repeated <c>Create</c> with the same options and "cold" one with new options
/// (reflection and schema inference each time, as on the first call of a process).
/// </remarks>
[MemoryDiagnoser]
public class ToolDeclarationBenchmarks
{
    /// <summary>The baseline: <c>AIFunctionFactory.Create</c> with options it has seen before.</summary>
    /// <returns>The function.</returns>
    [Benchmark(Baseline = true, Description = "AIFunctionFactory.Create, warm")]
    public AIFunction AIFunctionFactory_Create_Warm() => AIFunctionFactories.CreateDeploy();

    /// <summary><c>AIFunctionFactory.Create</c> with new options each time.</summary>
    /// <returns>The function.</returns>
    [Benchmark(Description = "AIFunctionFactory.Create, cold")]
    public AIFunction AIFunctionFactory_Create_Cold() =>
        AIFunctionFactories.CreateDeploy(new System.Text.Json.JsonSerializerOptions(AIFunctionFactories.SerializerOptions));

    /// <summary>AgentGen's generated declaration (built once per process).</summary>
    /// <returns>The declaration.</returns>
    [Benchmark(Description = "AgentGen GetDeclaration")]
    public AIFunctionDeclaration AgentGen_GetDeclaration() => DeployBackend.GetDeclaration();
}
