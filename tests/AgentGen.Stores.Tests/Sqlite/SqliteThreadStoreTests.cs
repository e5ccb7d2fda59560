using System.Threading.Tasks;
using AgentGen.Sqlite;

namespace AgentGen.Stores.Tests;

/// <summary>The conformance suite against <see cref="SqliteThreadStore"/>, each test on a new file; every store a test opens is a new instance over that file.</summary>
public sealed class SqliteThreadStoreTests : ThreadStoreConformance
{
    private readonly TempFolder folder = new();

    /// <inheritdoc/>
    public override ValueTask DisposeAsync()
    {
        folder.Dispose();
        return base.DisposeAsync();
    }

    /// <inheritdoc/>
    protected override ValueTask<IThreadStore> OpenStoreAsync(IToolRegistry tools) =>
        new(new SqliteThreadStore(folder.Combine("threads.db"), tools, Clock));
}
