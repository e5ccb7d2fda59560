using System.Text.Json;
using System.Text.Json.Serialization;
using AgentGen;

namespace AgentGen.Benchmarks;

/// <summary>Deploy one tag of the backend to an environment.</summary>
/// <param name="Tag">The git tag to deploy.</param>
/// <param name="Environment">Where to deploy.</param>
/// <param name="Replicas">How many replicas to run.</param>
[Tool]
public sealed partial record DeployBackend(string Tag, DeployEnvironment Environment, int Replicas = 1);

/// <summary>Where a deploy goes.</summary>
public enum DeployEnvironment
{
    /// <summary>The staging environment.</summary>
    Staging,

    /// <summary>The production environment.</summary>
    Production,
}

/// <summary>
/// System.Text.Json's own source-generated metadata for the same record, configured to read the same JSON as the
/// AgentGen tool: snake_case property names and snake_case enum strings.
/// </summary>
/// <remarks>
/// <see cref="DeployEnvironment"/>, <see cref="string"/> and <see cref="int"/> are listed so that the same options
/// can serve <c>AIFunctionFactory</c>, which binds each parameter through its own <c>JsonTypeInfo</c>.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    Converters = [typeof(SnakeCaseEnumConverter<DeployEnvironment>)])]
[JsonSerializable(typeof(DeployBackend))]
[JsonSerializable(typeof(DeployEnvironment))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
public sealed partial class BenchmarkJsonContext : JsonSerializerContext;

/// <summary>Reads and writes an enum as a snake_case string (<c>"production"</c>), as AgentGen does.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class SnakeCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)
    where TEnum : struct, System.Enum;
