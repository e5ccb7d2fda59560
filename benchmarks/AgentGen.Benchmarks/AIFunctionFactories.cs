using System;
using System.ComponentModel;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace AgentGen.Benchmarks;

/// <summary>The <see cref="AIFunctionFactory"/> side of the comparison: the same tool as a method.</summary>
internal static class AIFunctionFactories
{
    /// <summary>
    /// Options that read what <see cref="DeployBackend"/> reads: snake_case enum strings, through System.Text.Json's
    /// source-generated metadata (<see cref="BenchmarkJsonContext"/>), so no reflection-based serializer is involved.
    /// </summary>
    public static JsonSerializerOptions SerializerOptions => BenchmarkJsonContext.Default.Options;

    /// <summary>
    /// Creates the function. The result is handed back as is (<see cref="AIFunctionFactoryOptions.MarshalResult"/>),
    /// so <c>InvokeAsync</c> costs argument binding plus the call, not serializing the returned record:
    /// the comparison with AgentGen's binder is binding against binding.
    /// </summary>
    /// <param name="serializerOptions">The options, or <see langword="null"/> for <see cref="SerializerOptions"/>.</param>
    /// <returns>The function.</returns>
    public static AIFunction CreateDeploy(JsonSerializerOptions? serializerOptions = null) =>
        AIFunctionFactory.Create(
            (Func<string, DeployEnvironment, int, DeployBackend>)Deploy,
            new AIFunctionFactoryOptions
            {
                Name = DeployBackend.ToolName,
                Description = DeployBackend.ToolDescription,
                SerializerOptions = serializerOptions ?? SerializerOptions,
                MarshalResult = static (result, _, _) => new ValueTask<object?>(result),
            });

    [Description("Deploy one tag of the backend to an environment.")]
    private static DeployBackend Deploy(
        [Description("The git tag to deploy.")] string tag,
        [Description("Where to deploy.")] DeployEnvironment environment,
        [Description("How many replicas to run.")] int replicas = 1) =>
        new(tag, environment, replicas);
}
