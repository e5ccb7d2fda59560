using System.Collections.Generic;
using System.ComponentModel;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace AgentGen.Benchmarks.Steps;

/// <summary>
/// The tool logic both agents run, so that the benchmark compares the agent machinery, not the handlers:
/// AgentGen's handlers and the Agent Framework's <see cref="AIFunction"/>s call these same methods.
/// </summary>
internal static class AgentStepHandlers
{
    /// <summary>The tags the fake repository holds.</summary>
    public const string Tags = "v1.4.2, v1.4.1, v1.4.0";

    /// <summary>Lists the newest tags (the fake repository always has the same ones).</summary>
    /// <param name="limit">How many tags.</param>
    /// <returns>The tags, comma-separated.</returns>
    public static string ListGitTags(int limit) => limit > 0 ? Tags : string.Empty;

    /// <summary>Deploys a tag (nothing happens) and says so.</summary>
    /// <param name="tag">The tag.</param>
    /// <param name="environment">Where.</param>
    /// <returns>What was done.</returns>
    public static string DeployFrontend(string tag, DeployEnvironment environment) =>
        $"deployed frontend {tag} to {(environment == DeployEnvironment.Production ? "production" : "staging")}";

    /// <summary>
    /// The same three tools as <see cref="AIFunction"/>s, for the Agent Framework side: names, descriptions and parameters
    /// as AgentGen declares them, arguments read with <see cref="AIFunctionFactories.SerializerOptions"/> (source-generated,
    /// snake_case enums). The string results are handed back as they are, as AgentGen's handlers hand back text.
    /// </summary>
    /// <returns>The functions.</returns>
    public static IList<AITool> CreateFunctions()
    {
        var marshal = static (object? result, System.Type? _, System.Threading.CancellationToken _) => new ValueTask<object?>(result);
        return
        [
            AIFunctionFactory.Create(
                ([Description("How many tags, newest first.")] int limit) => ListGitTags(limit),
                new AIFunctionFactoryOptions
                {
                    Name = Steps.ListGitTags.ToolName,
                    Description = Steps.ListGitTags.ToolDescription,
                    SerializerOptions = AIFunctionFactories.SerializerOptions,
                    MarshalResult = marshal,
                }),
            AIFunctionFactory.Create(
                ([Description("The git tag to deploy.")] string tag, [Description("Where to deploy it.")] DeployEnvironment environment) => DeployFrontend(tag, environment),
                new AIFunctionFactoryOptions
                {
                    Name = Steps.DeployFrontend.ToolName,
                    Description = Steps.DeployFrontend.ToolDescription,
                    SerializerOptions = AIFunctionFactories.SerializerOptions,
                    MarshalResult = marshal,
                }),
            AIFunctionFactory.Create(
                ([Description("What was done, for the person.")] string message) => message,
                new AIFunctionFactoryOptions
                {
                    Name = DoneForNow.ToolName,
                    Description = DoneForNow.ToolDescription,
                    SerializerOptions = AIFunctionFactories.SerializerOptions,
                    MarshalResult = marshal,
                }),
        ];
    }
}
