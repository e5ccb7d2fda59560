using System.Threading;
using System.Threading.Tasks;

namespace AgentGen;

/// <summary>
/// Saves a thread in the middle of a step, after the tool call is recorded and before its handler runs, so a process
/// that dies while the handler runs loses nothing: the resumed run finds the call and runs it again as a retry, with the
/// same id. <see cref="AgentRunner"/> passes one that saves to its <see cref="IThreadStore"/>.
/// </summary>
public interface IThreadCheckpoint
{
    /// <summary>Saves the thread.</summary>
    /// <param name="thread">The thread so far.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>A task that completes when the thread is saved.</returns>
    /// <exception cref="ThreadConflictException">Another worker saved the thread meanwhile; the handler must not run.</exception>
    Task SaveAsync(AgentThread thread, CancellationToken cancellationToken);
}
