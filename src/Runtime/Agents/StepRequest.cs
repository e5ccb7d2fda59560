using System;
using System.Collections.Generic;
using Microsoft.Extensions.AI;

namespace AgentGen;

/// <summary>
/// Exactly what a step sends to the model: its messages and options (factor 2: own your prompts).
/// Every <c>[Step]</c> gets a <c>Render…Prompt</c> method returning one, for inspection and snapshot tests.
/// </summary>
/// <param name="Messages">The messages.</param>
/// <param name="Options">The options: tools and tool mode, or the response format.</param>
public sealed record StepRequest(IReadOnlyList<ChatMessage> Messages, ChatOptions Options)
{
    /// <summary>Gets the text of all messages, in order, as the model reads them.</summary>
    public string Text => string.Join("\n\n", Messages is null ? Array.Empty<string>() : ToTexts(Messages));

    private static IEnumerable<string> ToTexts(IReadOnlyList<ChatMessage> messages)
    {
        foreach (ChatMessage message in messages)
        {
            yield return message.Text;
        }
    }
}
