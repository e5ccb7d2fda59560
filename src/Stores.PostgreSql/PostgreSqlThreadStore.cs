using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using NpgsqlTypes;

namespace AgentGen.PostgreSql;

/// <summary>
/// A thread store in a PostgreSQL table, for threads that many workers on many machines load and save (factor 6:
/// launch, pause, resume). Threads are kept as <see cref="ThreadJson"/> with their version, status and last save time;
/// a save is one conditional <c>UPDATE ... WHERE id = @id AND version = @expected</c>, so the row lock that statement
/// takes is the only lock: of two workers that loaded the same version, exactly one saves and the other gets a
/// <see cref="ThreadConflictException"/>.
/// </summary>
/// <remarks>
/// Create the table once, at deployment or startup, with <see cref="EnsureCreatedAsync"/> (or the SQL it runs, in
/// docs/thread-stores.md). The <c>json</c> column has the <c>json</c> type: PostgreSQL checks it is JSON and keeps it
/// byte for byte, so events written by a newer application survive an older one's save unchanged; cast it to
/// <c>jsonb</c> to query it.
/// </remarks>
public sealed partial class PostgreSqlThreadStore : IThreadStore, IAsyncDisposable, IDisposable
{
    /// <summary>The table name used when none is given.</summary>
    public const string DefaultTable = "agentgen_threads";

    private readonly NpgsqlDataSource dataSource;
    private readonly bool ownsDataSource;
    private readonly IToolRegistry tools;
    private readonly TimeProvider time;
    private readonly string table;
    private readonly string quotedTable;
    private readonly string quotedIndex;

    /// <summary>Initializes a store over a data source the caller owns and disposes.</summary>
    /// <param name="dataSource">The data source: one per application, shared by everything that talks to the database.</param>
    /// <param name="tools">Reads tool calls back into typed values: <c>AgentGen.Generated.ToolRegistry.Instance</c> of the assembly that declares the tools.</param>
    /// <param name="time">The clock for <see cref="ThreadSummary.UpdatedAt"/>; the system clock when <see langword="null"/>.</param>
    /// <param name="table">The table, optionally schema-qualified (<c>agents.threads</c>); used as written, so case matters.</param>
    /// <exception cref="ArgumentException"><paramref name="table"/> is not one or two plain identifiers.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first parameter's type (data source or connection string), so no call is ambiguous.")]
    public PostgreSqlThreadStore(NpgsqlDataSource dataSource, IToolRegistry tools, TimeProvider? time = null, string table = DefaultTable)
        : this(dataSource, ownsDataSource: false, tools, time, table)
    {
    }

    /// <summary>Initializes a store over its own data source, which <see cref="DisposeAsync"/> disposes.</summary>
    /// <param name="connectionString">An Npgsql connection string, for example <c>Host=db;Database=agents;Username=agents;Password=...</c>.</param>
    /// <param name="tools">Reads tool calls back into typed values: <c>AgentGen.Generated.ToolRegistry.Instance</c> of the assembly that declares the tools.</param>
    /// <param name="time">The clock for <see cref="ThreadSummary.UpdatedAt"/>; the system clock when <see langword="null"/>.</param>
    /// <param name="table">The table, optionally schema-qualified (<c>agents.threads</c>); used as written, so case matters.</param>
    /// <exception cref="ArgumentException"><paramref name="table"/> is not one or two plain identifiers, or the connection string is not valid.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first parameter's type (data source or connection string), so no call is ambiguous.")]
    public PostgreSqlThreadStore(string connectionString, IToolRegistry tools, TimeProvider? time = null, string table = DefaultTable)
        : this(NpgsqlDataSource.Create(Required(connectionString)), ownsDataSource: true, tools, time, table)
    {
    }

    private PostgreSqlThreadStore(NpgsqlDataSource dataSource, bool ownsDataSource, IToolRegistry tools, TimeProvider? time, string table)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(tools);
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        if (!TableName().IsMatch(table))
        {
            if (ownsDataSource)
            {
                dataSource.Dispose();
            }

            throw new ArgumentException(
                $"'{table}' is not a table name this store accepts: use letters, digits and underscores, optionally after a schema name and a dot (agents.threads).",
                nameof(table));
        }

        this.dataSource = dataSource;
        this.ownsDataSource = ownsDataSource;
        this.tools = tools;
        this.time = time ?? TimeProvider.System;
        this.table = table;
        string[] parts = table.Split('.');
        quotedTable = string.Join('.', Array.ConvertAll(parts, part => '"' + part + '"'));
        quotedIndex = '"' + parts[^1] + "_status_updated_at\"";
    }

    /// <summary>Gets the table the threads are kept in, as given.</summary>
    public string Table => table;

    /// <summary>
    /// Creates the table and its index on <c>(status, updated_at)</c> when they do not exist. Safe to call from many
    /// workers at once (an advisory lock serializes them) and at every startup.
    /// </summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the table exists.</returns>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var create = new NpgsqlCommand(
            $"""
            SELECT pg_advisory_xact_lock(hashtext('agentgen_threads:' || @table));
            CREATE TABLE IF NOT EXISTS {quotedTable} (
                id text NOT NULL PRIMARY KEY,
                version bigint NOT NULL,
                status text NOT NULL,
                updated_at timestamptz NOT NULL,
                json json NOT NULL
            );
            CREATE INDEX IF NOT EXISTS {quotedIndex} ON {quotedTable} (status, updated_at);
            """,
            connection,
            transaction);
        create.Parameters.AddWithValue("table", table);
        await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<StoredThread> CreateAsync(AgentThread thread, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thread);
        byte[] json = ThreadJson.Serialize(thread);
        try
        {
            while (true)
            {
                await using NpgsqlCommand insert = dataSource.CreateCommand(
                    $"INSERT INTO {quotedTable} (id, version, status, updated_at, json) VALUES (@id, 1, @status, @updated_at, @json) ON CONFLICT (id) DO NOTHING");
                Bind(insert, thread, json);
                if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
                {
                    return new StoredThread(thread, 1);
                }

                // Taken; unless it was deleted since, in which case the id is free again.
                if (await ReadVersionAsync(thread.Id, cancellationToken).ConfigureAwait(false) is { } actual)
                {
                    throw new ThreadConflictException(thread.Id, 0, actual);
                }
            }
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            throw MissingTable(exception);
        }
    }

    /// <inheritdoc/>
    public async Task<StoredThread?> LoadAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        try
        {
            await using NpgsqlCommand select = dataSource.CreateCommand($"SELECT version, json FROM {quotedTable} WHERE id = @id");
            select.Parameters.AddWithValue("id", id);
            await using NpgsqlDataReader reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            long version = reader.GetInt64(0);
            AgentThread thread = ThreadJson.Deserialize(Encoding.UTF8.GetBytes(reader.GetString(1)), tools);
            return thread.Id == id
                ? new StoredThread(thread, version)
                : throw new ThreadFormatException($"The row of thread {id} in {table} holds thread {thread.Id}: it was edited by hand. Fix or delete that row.");
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            throw MissingTable(exception);
        }
    }

    /// <inheritdoc/>
    public async Task<StoredThread> SaveAsync(AgentThread thread, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thread);
        byte[] json = ThreadJson.Serialize(thread);
        try
        {
            await using NpgsqlCommand update = dataSource.CreateCommand(
                $"UPDATE {quotedTable} SET version = @expected + 1, status = @status, updated_at = @updated_at, json = @json WHERE id = @id AND version = @expected");
            Bind(update, thread, json);
            update.Parameters.AddWithValue("expected", expectedVersion);
            if (await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
            {
                return new StoredThread(thread, expectedVersion + 1);
            }

            // Nothing was written; say what is stored instead. Never cancelled halfway: the caller needs the exception.
            long? actual = await ReadVersionAsync(thread.Id, CancellationToken.None).ConfigureAwait(false);
            throw new ThreadConflictException(thread.Id, expectedVersion, actual);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            throw MissingTable(exception);
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ThreadSummary>> ListAsync(ThreadStatus status, int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        try
        {
            await using NpgsqlCommand select = dataSource.CreateCommand(
                $"SELECT id, version, updated_at FROM {quotedTable} WHERE status = @status ORDER BY updated_at, id LIMIT @limit");
            select.Parameters.AddWithValue("status", status.ToString());
            select.Parameters.AddWithValue("limit", limit);
            var found = new List<ThreadSummary>();
            await using NpgsqlDataReader reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                found.Add(new ThreadSummary(reader.GetString(0), status, reader.GetInt64(1), reader.GetFieldValue<DateTimeOffset>(2)));
            }

            return found;
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            throw MissingTable(exception);
        }
    }

    /// <inheritdoc/>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        try
        {
            await using NpgsqlCommand delete = dataSource.CreateCommand($"DELETE FROM {quotedTable} WHERE id = @id");
            delete.Parameters.AddWithValue("id", id);
            return await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            throw MissingTable(exception);
        }
    }

    /// <summary>Disposes the data source when this store created it from a connection string.</summary>
    /// <returns>A task that completes when the data source is disposed.</returns>
    public ValueTask DisposeAsync() => ownsDataSource ? dataSource.DisposeAsync() : ValueTask.CompletedTask;

    /// <summary>Disposes the data source when this store created it from a connection string.</summary>
    public void Dispose()
    {
        if (ownsDataSource)
        {
            dataSource.Dispose();
        }
    }

    private static string Required(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return connectionString;
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TableName();

    private async Task<long?> ReadVersionAsync(string id, CancellationToken cancellationToken)
    {
        await using NpgsqlCommand select = dataSource.CreateCommand($"SELECT version FROM {quotedTable} WHERE id = @id");
        select.Parameters.AddWithValue("id", id);
        return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long version ? version : null;
    }

    private void Bind(NpgsqlCommand command, AgentThread thread, byte[] json)
    {
        command.Parameters.AddWithValue("id", thread.Id);
        command.Parameters.AddWithValue("status", thread.Status.ToString());
        command.Parameters.AddWithValue("updated_at", NpgsqlDbType.TimestampTz, time.GetUtcNow().ToUniversalTime());
        command.Parameters.AddWithValue("json", NpgsqlDbType.Json, json);
    }

    private InvalidOperationException MissingTable(PostgresException exception) => new(
        $"The thread table {table} does not exist in this database: call EnsureCreatedAsync once at startup, or create it with the SQL in docs/thread-stores.md.",
        exception);
}
