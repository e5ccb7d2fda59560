using System.Collections.Generic;
using System.Threading.Tasks;
using AgentGen.PostgreSql;

namespace AgentGen.Stores.Tests;

/// <summary>
/// The conformance suite against <see cref="PostgreSqlThreadStore"/>, each test on a new table. Every store a test opens
/// has its own connection pool, as separate worker processes would.
/// </summary>
public sealed class PostgreSqlThreadStoreTests(PostgreSqlDatabase database) : ThreadStoreConformance, IClassFixture<PostgreSqlDatabase>
{
    private readonly List<PostgreSqlThreadStore> stores = [];
    private string? table;

    /// <inheritdoc/>
    public override async ValueTask DisposeAsync()
    {
        foreach (PostgreSqlThreadStore store in stores)
        {
            await store.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    /// <inheritdoc/>
    protected override async ValueTask<IThreadStore> OpenStoreAsync(IToolRegistry tools)
    {
        var store = new PostgreSqlThreadStore(database.ConnectionString, tools, Clock, table ??= database.NewTable());
        stores.Add(store);
        if (stores.Count == 1)
        {
            await store.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        }

        return store;
    }
}
