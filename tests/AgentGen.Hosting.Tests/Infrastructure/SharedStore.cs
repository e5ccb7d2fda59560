using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using AgentGen.Generated;
using AgentGen.PostgreSql;
using AgentGen.Sqlite;
using Microsoft.Data.Sqlite;

namespace AgentGen.Hosting.Tests;

/// <summary>Where the threads of the app instances in a test live.</summary>
public enum Backend
{
    /// <summary>One SQLite file in a fresh temporary folder.</summary>
    Sqlite,

    /// <summary>A fresh table on the server in AGENTGEN_POSTGRES; skipped without it.</summary>
    PostgreSql,
}

/// <summary>
/// One database that several app instances share, each through its own store object (its own connections), as separate
/// processes would.
/// </summary>
public sealed class SharedStore : IAsyncDisposable
{
    private readonly Backend backend;
    private readonly string location;
    private readonly string? table;
    private readonly List<IThreadStore> opened = [];

    /// <param name="backend">The kind of database.</param>
    /// <param name="location">The SQLite file's path, or the PostgreSQL connection string.</param>
    /// <param name="table">The PostgreSQL table.</param>
    private SharedStore(Backend backend, string location, string? table = null)
    {
        this.backend = backend;
        this.location = location;
        this.table = table;
    }

    /// <summary>Creates an empty database: a SQLite file, or a PostgreSQL table in the schema (skipping the test when there is no server).</summary>
    public static async Task<SharedStore> CreateAsync(Backend backend, PostgreSqlSchema schema)
    {
        if (backend == Backend.Sqlite)
        {
            string folder = Path.Combine(Path.GetTempPath(), "agentgen-hosting-" + Guid.NewGuid().ToString("N"));
            return new SharedStore(backend, Path.Combine(folder, "threads.db"));
        }

        var shared = new SharedStore(backend, schema.ConnectionString, schema.NewTable());
        await ((PostgreSqlThreadStore)shared.Open()).EnsureCreatedAsync(TestContext.Current.CancellationToken);
        return shared;
    }

    /// <summary>Opens a new store object over the shared database.</summary>
    public IThreadStore Open()
    {
        IThreadStore store = backend == Backend.Sqlite
            ? new SqliteThreadStore(location, ToolRegistry.Instance)
            : new PostgreSqlThreadStore(location, ToolRegistry.Instance, table: table!);

        opened.Add(store);
        return store;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        foreach (IThreadStore store in opened)
        {
            if (store is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }

        if (backend == Backend.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(location)!, recursive: true);
        }
    }
}
