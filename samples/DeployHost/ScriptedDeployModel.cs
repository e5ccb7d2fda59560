using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AgentGen;
using AgentGen.Testing;
using DeployBot;
using Microsoft.Extensions.AI;

namespace DeployHost;

/// <summary>
/// The model when no API key is configured: DeployBot's conversation (list the tags, deploy the backend, which waits for
/// approval, deploy the frontend, done), with each step picked from what the thread in the prompt already holds, so any
/// number of threads can run at once, each at its own point of the conversation.
/// </summary>
internal sealed class ScriptedDeployModel : IChatClient
{
    /// <inheritdoc/>
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        string prompt = string.Join("\n", messages.Select(message => message.Text));
        using var answer = new ScriptedChatClient();
        answer.Then(NextStep(prompt));
        return answer.GetResponseAsync(messages, options, cancellationToken);
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (ChatResponseUpdate update in (await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false)).ToChatResponseUpdates())
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

    private static ITool NextStep(string prompt)
    {
        bool Has(string tag) => prompt.Contains($"<{tag}>\n", StringComparison.Ordinal);
        return true switch
        {
            _ when Has("approval_rejected") => new DoneForNow("Nothing deployed: the backend deploy was rejected."),
            _ when Has(DeployFrontend.ToolName) => new DoneForNow("Deployed backend and frontend v1.4.2 to production."),
            _ when Has(DeployBackend.ToolName) => new DeployFrontend("v1.4.2", DeployEnvironment.Production),
            _ when Has(ListGitTags.ToolName) => new DeployBackend("v1.4.2", DeployEnvironment.Production),
            _ => new ListGitTags(3),
        };
    }
}
