using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace AgentGen.Benchmarks.Steps;

/// <summary>
/// The scripted model both agents talk to: answers with one <c>deploy_frontend</c> function call, or, when the last
/// message carries a function result (the Agent Framework's second request of a tool round), with a final text.
/// It records nothing and reads only the last message, so it costs both sides the same per request.
/// </summary>
/// <remarks>
/// The arguments are parsed once into a <c>Dictionary&lt;string, object?&gt;</c> of <see cref="JsonElement"/>, as
/// Microsoft.Extensions.AI.OpenAI fills <see cref="FunctionCallContent.Arguments"/>, and shared. Each answer is a new
/// <see cref="ChatResponse"/> / <see cref="ChatMessage"/> / content graph (a few hundred bytes), because
/// <see cref="FunctionInvokingChatClient"/> changes the responses it is given; AgentGen pays the same for its one request.
/// </remarks>
internal sealed class AgentStepModel : IChatClient, IScriptedAnswers
{
    /// <summary>The arguments of the scripted call.</summary>
    public const string ArgumentsJson = """{"tag":"v1.4.2","environment":"production"}""";

    /// <summary>The final text the model gives after seeing a function result.</summary>
    public const string FinalText = "Deployed frontend v1.4.2 to production.";

    private readonly Dictionary<string, object?> _arguments = ParseArguments(ArgumentsJson);

    /// <summary>Gets how many requests were answered with a function call.</summary>
    public int CallsAnswered { get; private set; }

    /// <summary>Gets how many requests were answered with text.</summary>
    public int TextsAnswered { get; private set; }

    /// <summary>Parses function arguments as the OpenAI client does: one <see cref="JsonElement"/> per argument.</summary>
    /// <param name="json">The arguments object.</param>
    /// <returns>The arguments.</returns>
    public static Dictionary<string, object?> ParseArguments(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (JsonProperty property in document.RootElement.EnumerateObject())
        {
            arguments[property.Name] = property.Value.Clone();
        }

        return arguments;
    }

    /// <inheritdoc/>
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ChatMessage? last = null;
        if (messages is IList<ChatMessage> list)
        {
            last = list.Count > 0 ? list[^1] : null;
        }
        else
        {
            foreach (ChatMessage message in messages)
            {
                last = message;
            }
        }

        if (last is not null && HasFunctionResult(last))
        {
            TextsAnswered++;
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, FinalText)));
        }

        CallsAnswered++;
        var call = new FunctionCallContent("call_scripted", DeployFrontend.ToolName, _arguments);
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, [call])));
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The benchmark does not stream.");

    /// <inheritdoc/>
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private static bool HasFunctionResult(ChatMessage message)
    {
        foreach (AIContent content in message.Contents)
        {
            if (content is FunctionResultContent)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>What a benchmark's model answered, for the setup's checks.</summary>
internal interface IScriptedAnswers
{
    /// <summary>Gets how many requests were answered with a function call.</summary>
    int CallsAnswered { get; }

    /// <summary>Gets how many requests were answered with text.</summary>
    int TextsAnswered { get; }
}
