using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace AgentGen.Tests.Agents;

/// <summary>
/// A chat client that answers with whole, hand-built responses, for answers the scripted client cannot express
/// (for example two tool calls in one response).
/// </summary>
internal sealed class CannedChatClient(params ChatResponse[] responses) : IChatClient
{
    private readonly Queue<ChatResponse> _responses = new(responses);

    public int Calls { get; private set; }

    public static ChatResponse ToolCalls(params (string Name, IDictionary<string, object?> Arguments)[] calls) =>
        new(new ChatMessage(ChatRole.Assistant, calls.Select((c, i) => (AIContent)new FunctionCallContent($"canned_{i}", c.Name, c.Arguments)).ToList()));

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        return Task.FromResult(_responses.TryDequeue(out ChatResponse? response)
            ? response
            : throw new InvalidOperationException("No canned response left."));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ChatResponse response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (ChatResponseUpdate update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
