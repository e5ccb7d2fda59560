using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace AgentGen.Hosting.Tests;

/// <summary>
/// A model that answers every request by ending the thread with <see cref="RefundDone"/>("done"), however many workers
/// ask and in whatever order: for tests where many threads run at once and a script's order means nothing.
/// </summary>
public sealed class AlwaysDoneChatClient : IChatClient
{
    private int calls;

    /// <summary>Gets how many requests it answered.</summary>
    public int Calls => Volatile.Read(ref calls);

    /// <inheritdoc/>
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        int call = Interlocked.Increment(ref calls);
        var content = new FunctionCallContent($"done_{call}", RefundDone.ToolName, new Dictionary<string, object?> { ["message"] = "done" });
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, [content])));
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (ChatResponseUpdate update in (await GetResponseAsync(messages, options, cancellationToken)).ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    /// <inheritdoc/>
    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    /// <inheritdoc/>
    public void Dispose()
    {
    }
}
