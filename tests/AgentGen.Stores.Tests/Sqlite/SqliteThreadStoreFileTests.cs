using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AgentGen.Generated;
using AgentGen.Sqlite;
using Microsoft.Data.Sqlite;

namespace AgentGen.Stores.Tests;

/// <summary>What the SQLite store does with its file: where it is, how it is opened, what is in it.</summary>
public sealed class SqliteThreadStoreFileTests : IDisposable
{
    private readonly TempFolder folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_default_path_is_threads_db_in_a_folder_named_after_the_app_under_local_application_data()
    {
        string path = SqliteThreadStore.GetDefaultPath("DeployBot");

        Assert.Equal(
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "DeployBot", "threads.db"),
            path);
        Assert.True(Path.IsPathRooted(path));
    }

    [Theory]
    [InlineData("deploy/bot")]
    [InlineData("..")]
    [InlineData(" ")]
    public void The_default_path_refuses_an_app_name_that_is_not_a_folder_name(string appName)
    {
        Assert.ThrowsAny<ArgumentException>(() => SqliteThreadStore.GetDefaultPath(appName));
    }

    [Fact]
    public async Task The_store_creates_its_folder_and_file_on_first_use_and_writes_ahead()
    {
        string path = folder.Combine(Path.Combine("data", "deploybot", "threads.db"));
        var store = new SqliteThreadStore(path, ToolRegistry.Instance);
        Assert.False(Directory.Exists(folder.Path));

        await store.CreateAsync(SampleThreads.Done(), Ct);

        Assert.True(File.Exists(path));
        Assert.Equal("wal", await QueryAsync<string>(path, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task A_path_and_a_connection_string_naming_the_same_file_share_its_threads()
    {
        string path = folder.Combine("threads.db");
        var byPath = new SqliteThreadStore(path, ToolRegistry.Instance);
        var byConnectionString = new SqliteThreadStore($"Data Source={path};Cache=Shared", ToolRegistry.Instance);
        AgentThread thread = SampleThreads.AwaitingApproval();

        await byPath.CreateAsync(thread, Ct);
        StoredThread? loaded = await byConnectionString.LoadAsync(thread.Id, Ct);

        Assert.Equal(thread.Events, loaded!.Thread.Events);
    }

    [Theory]
    [InlineData(":memory:", "InMemoryThreadStore")]
    [InlineData("Data Source=:memory:", "InMemoryThreadStore")]
    [InlineData("Data Source=threads;Mode=Memory;Cache=Shared", "InMemoryThreadStore")]
    [InlineData("Data Source=threads.db;Mode=ReadOnly", "Mode=ReadOnly")]
    public void A_database_the_store_cannot_keep_threads_in_is_refused_with_what_to_do(string connectionString, string advice)
    {
        var refused = Assert.Throws<ArgumentException>(() => new SqliteThreadStore(connectionString, ToolRegistry.Instance));

        Assert.Contains(advice, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_table_holds_the_documented_columns_with_the_status_by_name_and_the_thread_json()
    {
        string path = folder.Combine("threads.db");
        var clock = new SteppingClock();
        var store = new SqliteThreadStore(path, ToolRegistry.Instance, clock);
        AgentThread thread = SampleThreads.AwaitingApproval();
        await store.CreateAsync(thread, Ct);

        Assert.Equal(
            ["id", "version", "status", "updated_at", "json"],
            await QueryColumnAsync(path, "SELECT name FROM pragma_table_info('agentgen_threads') ORDER BY cid"));
        Assert.Equal(
            ["agentgen_threads_status_updated_at"],
            await QueryColumnAsync(path, "SELECT name FROM pragma_index_list('agentgen_threads') WHERE origin = 'c'"));
        Assert.Equal("AwaitingApproval", await QueryAsync<string>(path, "SELECT status FROM agentgen_threads"));
        Assert.Equal("2026-01-01T09:00:00.0000000Z", await QueryAsync<string>(path, "SELECT updated_at FROM agentgen_threads"));
        Assert.Equal(Encoding.UTF8.GetString(ThreadJson.Serialize(thread)), await QueryAsync<string>(path, "SELECT json FROM agentgen_threads"));
    }

    [Fact]
    public async Task A_row_that_is_not_a_thread_fails_to_load_with_a_ThreadFormatException()
    {
        string path = folder.Combine("threads.db");
        var store = new SqliteThreadStore(path, ToolRegistry.Instance);
        AgentThread thread = SampleThreads.AwaitingApproval();
        await store.CreateAsync(thread, Ct);
        await QueryAsync<object>(path, "UPDATE agentgen_threads SET json = '{\"schema_version\":1,\"id\":\"x\"'");

        var failure = await Assert.ThrowsAsync<ThreadFormatException>(() => store.LoadAsync(thread.Id, Ct));

        Assert.Contains("malformed JSON", failure.Message, StringComparison.Ordinal);
    }

    private static async Task<T?> QueryAsync<T>(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync(Ct);
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return (T?)await command.ExecuteScalarAsync(Ct);
    }

    private static async Task<List<string>> QueryColumnAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync(Ct);
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
