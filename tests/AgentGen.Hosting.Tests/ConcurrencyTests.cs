using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AgentGen.Generated;
using AgentGen.PostgreSql;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AgentGen.Hosting.Tests;

/// <summary>
/// Many workers, one database (factor 6 at scale): eight hosts, each with its own store object and connection pool as
/// separate machines would have, start at once and all try to resume the same approved threads. Every approved call
/// runs exactly once, and every thread ends with exactly the events one uninterrupted run would have written.
/// </summary>
public sealed class ConcurrencyTests(PostgreSqlSchema schema) : IClassFixture<PostgreSqlSchema>
{
    private const int Workers = 8;
    private const int Threads = 200;

    [Fact]
    public async Task Eight_workers_resuming_the_same_200_approved_threads_run_each_call_once_and_lose_or_repeat_no_event()
    {
        await using SharedStore shared = await SharedStore.CreateAsync(Backend.PostgreSql, schema);
        IThreadStore seeding = shared.Open();
        var approved = new List<StoredThread>();
        for (int i = 0; i < Threads; i++)
        {
            AgentThread thread = AgentThread.Start($"refund order-{i}")
                .Append(new ToolCallEvent("call_1", new IssueRefund($"order-{i}", i)), new ApprovalRequestedEvent("call_1"))
                .Approve($"ok {i}");
            approved.Add(await seeding.CreateAsync(thread, Ct));
        }

        var ledger = new RefundLedger();
        var model = new AlwaysDoneChatClient();
        var logs = new LogRecorder();
        IHost[] hosts = Enumerable.Range(0, Workers).Select(_ => BuildWorker(shared.Open(), model, ledger, logs)).ToArray();
        try
        {
            await Task.WhenAll(hosts.Select(host => host.StartAsync(Ct)));
            await Eventually.HoldsAsync(
                async () => (await seeding.ListAsync(ThreadStatus.Done, Threads, Ct)).Count == Threads,
                async () => $"{(await seeding.ListAsync(ThreadStatus.Done, Threads, Ct)).Count} of {Threads} threads are done.");
        }
        finally
        {
            await Task.WhenAll(hosts.Select(host => host.StopAsync(CancellationToken.None)));
            foreach (IHost host in hosts)
            {
                host.Dispose();
            }
        }

        Assert.Equal(
            Enumerable.Range(0, Threads).Select(i => ($"order-{i}", "call_1", 1)).Order(),
            ledger.Runs.Order());
        foreach (StoredThread seeded in approved)
        {
            AgentThread done = (await seeding.LoadAsync(seeded.Thread.Id, Ct))!.Thread;
            var refund = (IssueRefund)((ToolCallEvent)seeded.Thread.Events[1]).Tool;
            ThreadEvent[] expected =
            [
                .. seeded.Thread.Events,
                new ToolStartedEvent("call_1", 1),
                new ToolResultEvent("call_1", IssueRefund.ToolName, $"refunded {refund.Cents} on {refund.OrderId}"),
                new ToolCallEvent("call_6", new RefundDone("done")),
                new DoneEvent("done"),
            ];
            Assert.Equal(expected, done.Events);
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Workers} workers, {Threads} threads: {model.Calls} model calls, " +
            $"{logs.Entries.Count(entry => entry.Message.Contains("saved by another worker", StringComparison.Ordinal))} runs dropped on a conflict, " +
            $"{logs.Entries.Count(entry => entry.Message.Contains("has a started call", StringComparison.Ordinal))} started calls left to their worker.");
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IHost BuildWorker(IThreadStore store, IChatClient model, RefundLedger ledger, LogRecorder logs)
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Information);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(model);
        builder.Services.AddSingleton(ledger);
        builder.Services.AddAgentGen().AddAgent<RefundAgent>(options =>
        {
            options.ResumeBatchSize = 50;

            // Longer than any handler here takes, however busy the machine: a started call is left to its worker.
            options.InterruptedCallGrace = TimeSpan.FromSeconds(30);
        });
        return builder.Build();
    }
}
