using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AgentGen.Generated;
using AgentGen.PostgreSql;
using Npgsql;

namespace AgentGen.Stores.Tests;

/// <summary>What the PostgreSQL store does with its table: creating it, naming it, what is in it, and who owns the connections.</summary>
public sealed class PostgreSqlThreadStoreTableTests(PostgreSqlDatabase database) : IClassFixture<PostgreSqlDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Using_the_store_before_its_table_exists_fails_with_what_to_do()
    {
        await using var store = new PostgreSqlThreadStore(database.DataSource, ToolRegistry.Instance, table: database.NewTable());

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => store.CreateAsync(SampleThreads.Done(), Ct));

        Assert.Contains(store.Table, failure.Message, StringComparison.Ordinal);
        Assert.Contains("EnsureCreatedAsync", failure.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.LoadAsync("t1", Ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.ListAsync(ThreadStatus.Ready, 10, Ct));
    }

    [Fact]
    public async Task Many_workers_ensuring_the_table_at_once_create_it_once_with_the_documented_columns_and_index()
    {
        string table = database.NewTable();
        var workers = Enumerable.Range(0, 6).Select(_ => new PostgreSqlThreadStore(database.ConnectionString, ToolRegistry.Instance, table: table)).ToArray();
        try
        {
            await Task.WhenAll(workers.Select(worker => Task.Run(() => worker.EnsureCreatedAsync(Ct), Ct)));
            await workers[0].EnsureCreatedAsync(Ct);
        }
        finally
        {
            foreach (PostgreSqlThreadStore worker in workers)
            {
                await worker.DisposeAsync();
            }
        }

        string name = table.Split('.')[1];
        Assert.Equal(
            ["id text", "version bigint", "status text", "updated_at timestamp with time zone", "json json"],
            await QueryColumnAsync(
                "SELECT column_name || ' ' || data_type FROM information_schema.columns WHERE table_schema = @schema AND table_name = @table ORDER BY ordinal_position",
                name));
        string index = Assert.Single(await QueryColumnAsync("SELECT indexdef FROM pg_indexes WHERE schemaname = @schema AND tablename = @table AND indexdef NOT LIKE '%UNIQUE%'", name));
        Assert.EndsWith("(status, updated_at)", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_table_holds_the_status_by_name_and_the_thread_json_byte_for_byte()
    {
        await using var store = new PostgreSqlThreadStore(database.DataSource, ToolRegistry.Instance, table: database.NewTable());
        await store.EnsureCreatedAsync(Ct);
        AgentThread thread = SampleThreads.FromNewerApp("0f1e2d3c4b5a69788796a5b4c3d2e1f0").Append(new PausedEvent("waiting"));
        await store.CreateAsync(thread, Ct);

        await using NpgsqlCommand select = database.DataSource.CreateCommand($"SELECT status, json::text FROM {store.Table}");
        await using NpgsqlDataReader row = await select.ExecuteReaderAsync(Ct);
        Assert.True(await row.ReadAsync(Ct));
        Assert.Equal("HasUnknownEvents", row.GetString(0));
        Assert.Equal(Encoding.UTF8.GetString(ThreadJson.Serialize(thread)), row.GetString(1));
    }

    [Theory]
    [InlineData("threads; DROP TABLE users")]
    [InlineData("agents.threads.v2")]
    [InlineData("2threads")]
    [InlineData("\"threads\"")]
    [InlineData(" ")]
    public void A_table_name_that_is_not_one_or_two_plain_identifiers_is_refused(string table)
    {
        // No server needed: the name is checked before anything is sent.
        Assert.ThrowsAny<ArgumentException>(() => new PostgreSqlThreadStore("Host=127.0.0.1", ToolRegistry.Instance, table: table));
    }

    [Fact]
    public async Task A_store_disposes_a_data_source_it_made_but_not_one_it_was_given()
    {
        string table = database.NewTable();
        var owning = new PostgreSqlThreadStore(database.ConnectionString, ToolRegistry.Instance, table: table);
        await owning.EnsureCreatedAsync(Ct);
        await using NpgsqlDataSource given = NpgsqlDataSource.Create(database.ConnectionString);
        var borrowing = new PostgreSqlThreadStore(given, ToolRegistry.Instance, table: table);

        await owning.DisposeAsync();
        await borrowing.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => owning.LoadAsync("t1", Ct));
        Assert.Null(await borrowing.LoadAsync("t1", Ct));
    }

    private async Task<List<string>> QueryColumnAsync(string sql, string table)
    {
        await using NpgsqlCommand command = database.DataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("schema", database.Schema);
        command.Parameters.AddWithValue("table", table);
        var values = new List<string>();
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
