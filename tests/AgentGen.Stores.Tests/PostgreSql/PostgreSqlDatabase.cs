using System;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace AgentGen.Stores.Tests;

/// <summary>
/// The PostgreSQL server named by <c>AGENTGEN_POSTGRES</c>, with a schema of its own for one test class (dropped at the
/// end), so concurrent runs and classes never see each other's tables. Without the variable every test using it is skipped.
/// </summary>
public sealed class PostgreSqlDatabase : IAsyncLifetime
{
    /// <summary>The environment variable holding the Npgsql connection string.</summary>
    public const string Variable = "AGENTGEN_POSTGRES";

    private const string SkipReason =
        "No PostgreSQL server configured: set " + Variable + " to an Npgsql connection string, for example " +
        Variable + "='Host=127.0.0.1;Port=5432;Database=agentgen;Username=agentgen;Password=...'. " +
        ".ci/run installs and starts a server and sets it.";

    private readonly string? connectionString = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
    private NpgsqlDataSource? admin;
    private int tables;

    /// <summary>Gets the schema this fixture created.</summary>
    public string Schema { get; } = "agentgen_test_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Gets the connection string; skips the calling test when none is configured.</summary>
    public string ConnectionString
    {
        get
        {
            SkipUnlessConfigured();
            return connectionString;
        }
    }

    /// <summary>Gets a data source over the server, for checking what the stores wrote; skips the calling test when none is configured.</summary>
    public NpgsqlDataSource DataSource
    {
        get
        {
            SkipUnlessConfigured();
            return admin ?? throw new InvalidOperationException("The fixture was not initialized.");
        }
    }

    /// <summary>Skips the calling test when no server is configured.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(connectionString))]
    public void SkipUnlessConfigured()
    {
        Assert.SkipWhen(connectionString is null, SkipReason);
    }

    /// <summary>Names a table no test used yet, in this fixture's schema.</summary>
    /// <returns>The schema-qualified table name.</returns>
    public string NewTable() => $"{Schema}.threads_{Interlocked.Increment(ref tables)}";

    /// <inheritdoc/>
    public async ValueTask InitializeAsync()
    {
        if (connectionString is null)
        {
            return;
        }

        admin = NpgsqlDataSource.Create(connectionString);
        await using NpgsqlCommand create = admin.CreateCommand($"CREATE SCHEMA \"{Schema}\"");
        await create.ExecuteNonQueryAsync();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (admin is null)
        {
            return;
        }

        await using (NpgsqlCommand drop = admin.CreateCommand($"DROP SCHEMA \"{Schema}\" CASCADE"))
        {
            await drop.ExecuteNonQueryAsync();
        }

        await admin.DisposeAsync();
    }
}
