using System.Collections.Generic;

namespace AgentGen;

/// <summary>Renders what the model sees of a thread (factor 3: own your context window).</summary>
public interface IContextRenderer
{
    /// <summary>Renders the thread's events as the text that fills a prompt's <c>{{thread}}</c> placeholder.</summary>
    /// <param name="thread">The thread.</param>
    /// <returns>The rendered context. The same thread always renders to the same text.</returns>
    string Render(AgentThread thread);

    /// <summary>
    /// Renders the thread as pieces whose concatenation is <see cref="Render(AgentThread)"/>, so a prompt can be
    /// built with one copy. The default returns the whole rendering as one piece.
    /// </summary>
    /// <param name="thread">The thread.</param>
    /// <returns>The pieces, in order.</returns>
    IReadOnlyList<string> RenderParts(AgentThread thread) => [Render(thread)];
}
