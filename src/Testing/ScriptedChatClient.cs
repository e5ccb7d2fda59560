using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace AgentGen.Testing;

/// <summary>
/// A chat client that plays a script: typed next steps, raw answers and failures, in order.
/// A typed step is answered in whichever protocol the request asks for: a function call when tools are offered,
/// else one JSON object whose <c>intent</c> names the tool. Every request is recorded so a test can assert what a step sent.
/// </summary>
public sealed class ScriptedChatClient : IChatClient
{
    private readonly Queue<Func<IReadOnlyList<ChatMessage>, ChatOptions?, ChatResponse>> _script = new();
    private readonly List<StepRequest> _requests = new();
    private readonly object _gate = new();
    private int _calls;

    /// <summary>Gets the requests received so far, in order.</summary>
    public IReadOnlyList<StepRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToImmutableArray();
            }
        }
    }

    /// <summary>Gets how many scripted answers are left.</summary>
    public int Remaining
    {
        get
        {
            lock (_gate)
            {
                return _script.Count;
            }
        }
    }

    /// <summary>Answers the next request with a typed step.</summary>
    /// <param name="step">The tool value the model "chooses".</param>
    /// <returns>This client.</returns>
    public ScriptedChatClient Then(ITool step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return Enqueue((_, options) => options?.Tools is { Count: > 0 } ? CallOf(step.ToolName, ArgumentsOf(step)) : Text(JsonWithIntent(step.ToolName, JsonOf(step))));
    }

    /// <summary>
    /// Answers the next request with a tool call as given (for example an unknown tool or arguments that do not bind): a
    /// function call when the step offered tools, else the JSON object with the name as its <c>intent</c>.
    /// </summary>
    /// <param name="name">The function name.</param>
    /// <param name="argumentsJson">The arguments as a JSON object.</param>
    /// <returns>This client.</returns>
    public ScriptedChatClient ThenToolCall(string name, string argumentsJson)
    {
        ArgumentNullException.ThrowIfNull(name);
        Dictionary<string, object?> arguments = ParseArguments(argumentsJson);
        byte[] json = Encoding.UTF8.GetBytes(argumentsJson);
        return Enqueue((_, options) => options?.Tools is { Count: > 0 } ? CallOf(name, arguments) : Text(JsonWithIntent(name, json)));
    }

    /// <summary>Answers the next request with text, as given (for example malformed JSON).</summary>
    /// <param name="text">The answer.</param>
    /// <returns>This client.</returns>
    public ScriptedChatClient ThenText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Enqueue((_, _) => Text(text));
    }

    /// <summary>Fails the next request with an exception, as a provider outage would.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>This client.</returns>
    public ScriptedChatClient ThenThrow(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Enqueue((_, _) => throw exception);
    }

    /// <inheritdoc/>
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        cancellationToken.ThrowIfCancellationRequested();
        var received = messages.ToList();
        Func<IReadOnlyList<ChatMessage>, ChatOptions?, ChatResponse> answer;
        lock (_gate)
        {
            _requests.Add(new StepRequest(received, options ?? new ChatOptions()));
            _calls++;
            if (!_script.TryDequeue(out answer!))
            {
                throw new InvalidOperationException(
                    $"The script has no answer for request {_calls}: add another Then(...), ThenText(...) or ThenToolCall(...) to the ScriptedChatClient.");
            }
        }

        return Task.FromResult(answer(received, options));
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ChatResponse response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (ChatResponseUpdate update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    /// <inheritdoc/>
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(ScriptedChatClient) ? this : null;

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private ScriptedChatClient Enqueue(Func<IReadOnlyList<ChatMessage>, ChatOptions?, ChatResponse> answer)
    {
        lock (_gate)
        {
            _script.Enqueue(answer);
        }

        return this;
    }

    private ChatResponse CallOf(string name, IDictionary<string, object?> arguments)
    {
        string callId;
        lock (_gate)
        {
            callId = "scripted_" + _calls.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return new ChatResponse(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent(callId, name, arguments)]));
    }

    private static ChatResponse Text(string text) => new(new ChatMessage(ChatRole.Assistant, text));

    private static byte[] JsonOf(ITool step)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            step.WriteJson(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Arguments as the OpenAI provider produces them: a dictionary of <see cref="JsonElement"/>s.</summary>
    private static Dictionary<string, object?> ArgumentsOf(ITool step) => ParseArguments(Encoding.UTF8.GetString(JsonOf(step)));

    private static Dictionary<string, object?> ParseArguments(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (JsonProperty property in document.RootElement.EnumerateObject())
        {
            arguments[property.Name] = property.Value.Clone();
        }

        return arguments;
    }

    private static string JsonWithIntent(string toolName, byte[] argumentsJson)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        using (JsonDocument document = JsonDocument.Parse(argumentsJson))
        {
            writer.WriteStartObject();
            writer.WriteString("intent", toolName);
            foreach (JsonProperty property in document.RootElement.EnumerateObject())
            {
                property.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
