using System;

namespace AgentGen.Hosting.Running;

/// <summary>What a person answers a waiting thread: an approval, a rejection or a response.</summary>
internal enum AnswerKind
{
    Approve,
    Reject,
    Respond,
}

/// <summary>A person's answer to a waiting thread, as read from a request.</summary>
/// <param name="Kind">Approve, reject or respond.</param>
/// <param name="Text">The approval's comment (optional), the rejection's feedback, or the response's text.</param>
internal sealed record PersonAnswer(AnswerKind Kind, string? Text)
{
    /// <summary>Applies the answer to a thread.</summary>
    /// <param name="thread">The thread as stored.</param>
    /// <returns>The thread with the answer appended.</returns>
    /// <exception cref="WrongStateException">The thread is not waiting for this answer.</exception>
    public AgentThread ApplyTo(AgentThread thread)
    {
        try
        {
            return Kind switch
            {
                AnswerKind.Approve => thread.Approve(Text),
                AnswerKind.Reject => thread.Reject(Text!),
                _ => thread.Respond(Text!),
            };
        }
        catch (InvalidOperationException exception)
        {
            throw new WrongStateException(exception.Message, exception);
        }
    }
}

/// <summary>The thread is not waiting for the answer it was given: <see cref="AgentThread"/> refused it. Nothing was saved.</summary>
internal sealed class WrongStateException(string message, Exception inner) : Exception(message, inner);
