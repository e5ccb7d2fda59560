using System;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace AgentGen.Hosting.Tests;

/// <summary>
/// The PostgreSQL server named by <c>AGENTGEN_POSTGRES</c>, with a schema of its own for one test class, dropped at the
/// end, so parallel classes and runs never share a table. Without the variable, the tests that need it are skipped.
/// </summary>
public sealed class PostgreSqlSchema : IAsyncLifetime
{
    /// <summary>The environment variable holding the Npgsql connection string.</summary>
    public const string Variable = "AGENTGEN_POSTGRES";

    private readonly string? connectionString = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
    private int tables;

    /// <summary>Gets the schema's name.</summary>
    public string Name { get; } = "agentgen_hosting_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Gets the connection string; skips the calling test when none is configured.</summary>
    public string ConnectionString
    {
        get
        {
            Assert.SkipWhen(
                connectionString is null,
                $"No PostgreSQL server: set {Variable} to an Npgsql connection string (.ci/run starts a server and sets it). " +
                "The same flows run against a shared SQLite file meanwhile.");
            return connectionString!;
        }
    }

    /// <summary>Names a table no test used yet, in this schema.</summary>
    public string NewTable() => $"{Name}.threads_{Interlocked.Increment(ref tables)}";

    /// <inheritdoc/>
    public async ValueTask InitializeAsync()
    {
        if (connectionString is not null)
        {
            await ExecuteAsync($"CREATE SCHEMA \"{Name}\"");
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (connectionString is not null)
        {
            await ExecuteAsync($"DROP SCHEMA \"{Name}\" CASCADE");
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString!);
        await using NpgsqlCommand command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
