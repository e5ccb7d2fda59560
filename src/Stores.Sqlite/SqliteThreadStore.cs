using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace AgentGen.Sqlite;

/// <summary>
/// A thread store in one SQLite file: the embedded default for an application on one machine (factor 6: launch, pause,
/// resume). Threads are kept as <see cref="ThreadJson"/> text with their version, status and last save time; a save
/// is one conditional <c>UPDATE</c>, so two writers that loaded the same version cannot both win.
/// </summary>
/// <remarks>
/// <para>
/// The table <c>agentgen_threads</c> (<c>id</c>, <c>version</c>, <c>status</c>, <c>updated_at</c>, <c>json</c>) and its
/// index are created on first use, and the file is switched to write-ahead logging, so readers never block the writer.
/// Every operation opens its own pooled connection with a busy timeout: many stores, tasks and processes may share a file.
/// </para>
/// <para>
/// For threads shared by workers on several machines use <c>AgentGen.PostgreSql</c>; the behaviour is the same.
/// </para>
/// </remarks>
public sealed class SqliteThreadStore : IThreadStore
{
    /// <summary>The file name <see cref="GetDefaultPath"/> uses.</summary>
    public const string DefaultFileName = "threads.db";

    private const string Table = "agentgen_threads";
    private const int BusyTimeoutMilliseconds = 30_000;

    private readonly string connectionString;
    private readonly string dataSource;
    private readonly IToolRegistry tools;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim schemaGate = new(1, 1);
    private volatile bool schemaReady;

    /// <summary>Initializes a store over a SQLite file.</summary>
    /// <param name="connectionStringOrPath">
    /// A file path (<c>/var/lib/deploybot/threads.db</c>), or a Microsoft.Data.Sqlite connection string when it contains
    /// <c>=</c> (<c>Data Source=threads.db;Cache=Shared</c>). The file and its folder are created on first use.
    /// </param>
    /// <param name="tools">Reads tool calls back into typed values: <c>AgentGen.Generated.ToolRegistry.Instance</c> of the assembly that declares the tools.</param>
    /// <param name="time">The clock for <see cref="ThreadSummary.UpdatedAt"/>; the system clock when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The connection string names no file, or an in-memory database (which would be empty on every connection).</exception>
    public SqliteThreadStore(string connectionStringOrPath, IToolRegistry tools, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionStringOrPath);
        ArgumentNullException.ThrowIfNull(tools);
        SqliteConnectionStringBuilder builder = connectionStringOrPath.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(connectionStringOrPath)
            : new SqliteConnectionStringBuilder { DataSource = connectionStringOrPath };
        if (builder.DataSource.Length == 0 || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            throw new ArgumentException(
                $"'{connectionStringOrPath}' names no SQLite file: every connection would see a new, empty database. " +
                "Pass a file path, or use InMemoryThreadStore for threads that live only in this process.",
                nameof(connectionStringOrPath));
        }

        if (builder.Mode == SqliteOpenMode.ReadOnly)
        {
            throw new ArgumentException(
                $"'{connectionStringOrPath}' opens the file read-only; a thread store writes. Remove Mode=ReadOnly.",
                nameof(connectionStringOrPath));
        }

        connectionString = builder.ConnectionString;
        dataSource = builder.DataSource;
        this.tools = tools;
        this.time = time ?? TimeProvider.System;
    }

    /// <summary>
    /// Gets where an application keeps its threads by default: <c>threads.db</c> in a folder named after the application
    /// inside the user's local application data folder (<c>%LOCALAPPDATA%</c> on Windows, <c>~/.local/share</c> on Linux,
    /// <c>~/Library/Application Support</c> on macOS). The folder is created when the store first opens the file.
    /// </summary>
    /// <param name="appName">The application's name, used as a folder name, for example <c>DeployBot</c>.</param>
    /// <returns>The file's full path.</returns>
    /// <exception cref="ArgumentException"><paramref name="appName"/> is empty or not a valid folder name.</exception>
    /// <exception cref="InvalidOperationException">The system has no local application data folder for this user; pass a path instead.</exception>
    public static string GetDefaultPath(string appName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appName);
        if (appName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || appName is "." or "..")
        {
            throw new ArgumentException($"'{appName}' is not a valid folder name: use the application's name without path separators.", nameof(appName));
        }

        string appData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        if (appData.Length == 0)
        {
            throw new InvalidOperationException(
                "This user has no local application data folder (HOME or XDG_DATA_HOME is not set): pass the threads file's path to SqliteThreadStore instead.");
        }

        return Path.Combine(appData, appName, DefaultFileName);
    }

    /// <inheritdoc/>
    public async Task<StoredThread> CreateAsync(AgentThread thread, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thread);
        string json = Serialize(thread);
        using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            using SqliteCommand insert = Command(
                connection,
                $"INSERT INTO {Table} (id, version, status, updated_at, json) VALUES ($id, 1, $status, $updated_at, $json) ON CONFLICT (id) DO NOTHING");
            Bind(insert, thread, json);
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
            {
                return new StoredThread(thread, 1);
            }

            // Taken; unless it was deleted since, in which case the id is free again.
            if (await ReadVersionAsync(connection, thread.Id, cancellationToken).ConfigureAwait(false) is { } actual)
            {
                throw new ThreadConflictException(thread.Id, 0, actual);
            }
        }
    }

    /// <inheritdoc/>
    public async Task<StoredThread?> LoadAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using SqliteCommand select = Command(connection, $"SELECT version, json FROM {Table} WHERE id = $id");
        select.Parameters.AddWithValue("$id", id);
        using SqliteDataReader reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        long version = reader.GetInt64(0);
        return new StoredThread(Deserialize(id, reader.GetString(1)), version);
    }

    /// <inheritdoc/>
    public async Task<StoredThread> SaveAsync(AgentThread thread, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thread);
        string json = Serialize(thread);
        using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using SqliteCommand update = Command(
            connection,
            $"UPDATE {Table} SET version = $expected + 1, status = $status, updated_at = $updated_at, json = $json WHERE id = $id AND version = $expected");
        Bind(update, thread, json);
        update.Parameters.AddWithValue("$expected", expectedVersion);
        if (await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
        {
            return new StoredThread(thread, expectedVersion + 1);
        }

        // Nothing was written; say what is stored instead. Never cancelled halfway: the caller needs the exception.
        long? actual = await ReadVersionAsync(connection, thread.Id, CancellationToken.None).ConfigureAwait(false);
        throw new ThreadConflictException(thread.Id, expectedVersion, actual);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ThreadSummary>> ListAsync(ThreadStatus status, int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using SqliteCommand select = Command(
            connection,
            $"SELECT id, version, updated_at FROM {Table} WHERE status = $status ORDER BY updated_at, id LIMIT $limit");
        select.Parameters.AddWithValue("$status", status.ToString());
        select.Parameters.AddWithValue("$limit", limit);
        var found = new List<ThreadSummary>();
        using SqliteDataReader reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found.Add(new ThreadSummary(reader.GetString(0), status, reader.GetInt64(1), ParseTimestamp(reader.GetString(2))));
        }

        return found;
    }

    /// <inheritdoc/>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        using SqliteConnection connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using SqliteCommand delete = Command(connection, $"DELETE FROM {Table} WHERE id = $id");
        delete.Parameters.AddWithValue("$id", id);
        return await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private static string Serialize(AgentThread thread) => Encoding.UTF8.GetString(ThreadJson.Serialize(thread));

    // Fixed width, UTC, seven fractional digits: sorts as text in save order and reads in the sqlite3 shell.
    private static string FormatTimestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTimestamp(string value) =>
        DateTimeOffset.ParseExact(value, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = BusyTimeoutMilliseconds / 1000;
        return command;
    }

    private static async Task<long?> ReadVersionAsync(SqliteConnection connection, string id, CancellationToken cancellationToken)
    {
        using SqliteCommand select = Command(connection, $"SELECT version FROM {Table} WHERE id = $id");
        select.Parameters.AddWithValue("$id", id);
        object? version = await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return version is null ? null : Convert.ToInt64(version, CultureInfo.InvariantCulture);
    }

    private AgentThread Deserialize(string id, string json)
    {
        AgentThread thread = ThreadJson.Deserialize(Encoding.UTF8.GetBytes(json), tools);
        return thread.Id == id
            ? thread
            : throw new ThreadFormatException($"The row of thread {id} in {Table} holds thread {thread.Id}: the file was edited by hand. Fix or delete that row.");
    }

    private void Bind(SqliteCommand command, AgentThread thread, string json)
    {
        command.Parameters.AddWithValue("$id", thread.Id);
        command.Parameters.AddWithValue("$status", thread.Status.ToString());
        command.Parameters.AddWithValue("$updated_at", FormatTimestamp(time.GetUtcNow()));
        command.Parameters.AddWithValue("$json", json);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!schemaReady)
        {
            await CreateSchemaAsync(cancellationToken).ConfigureAwait(false);
        }

        return await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // Wait for another connection's write instead of failing with "database is locked".
            using SqliteCommand pragma = Command(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds.ToString(CultureInfo.InvariantCulture)}");
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        await schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (schemaReady)
            {
                return;
            }

            string? folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            using SqliteConnection connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

            // WAL is a property of the file: set once, it holds for every connection and process.
            using SqliteCommand create = Command(connection, $"""
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS {Table} (
                    id TEXT NOT NULL PRIMARY KEY,
                    version INTEGER NOT NULL,
                    status TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    json TEXT NOT NULL
                );
                CREATE INDEX IF NOT EXISTS {Table}_status_updated_at ON {Table} (status, updated_at);
                """);
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            schemaReady = true;
        }
        finally
        {
            schemaGate.Release();
        }
    }
}
