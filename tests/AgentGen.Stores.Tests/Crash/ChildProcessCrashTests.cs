using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AgentGen.CrashHost;
using AgentGen.Sqlite;
using AgentGen.Testing;

namespace AgentGen.Stores.Tests.Crash;

/// <summary>
/// Factor 6 with a real crash: a child process is killed inside a handler, between the model choosing the tool and the
/// result being saved. The thread resumes from the SQLite file in this process, loses no event, and the handler sees
/// the retry under the same call id.
/// </summary>
public sealed class ChildProcessCrashTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_thread_whose_process_was_killed_mid_handler_resumes_as_a_retry_with_the_same_call_id()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);
        string database = folder.Combine("threads.db"), requests = folder.Combine("requests.log");

        using Process child = StartChild(database, requests);
        string threadId = (await child.StandardOutput.ReadLineAsync(Ct))?.Trim() ?? throw new InvalidOperationException("The child printed no thread id: " + await child.StandardError.ReadToEndAsync(Ct));
        await WaitForAsync(() => File.Exists(requests) && File.ReadAllText(requests).Length > 0, child);
        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync(Ct);

        var store = new SqliteThreadStore(database, new TransferRegistry());
        StoredThread killed = (await store.LoadAsync(threadId, Ct))!;
        Assert.Equal(["message", "tool_call", "tool_started"], killed.Thread.Events.Select(e => e.Kind));
        string callId = killed.Thread.Events.OfType<ToolCallEvent>().Single().CallId;
        Assert.Equal(new ToolCallEvent(callId, new SendTransfer("42", 1250)), killed.Thread.Events[1]);

        // The restarted process: the model is not asked again for the transfer, only for what comes after it.
        var model = new ScriptedChatClient().Then(new TransferDone("sent 12.50 to account 42"));
        StoredThread resumed = await new AgentRunner(store).RunAsync(new TransferAgent(model, requests, hangInFirstAttempt: false), threadId, Ct);

        Assert.Equal(ThreadStatus.Done, resumed.Thread.Status);
        Assert.Equal([$"{callId} 1 42 1250", $"{callId} 2 42 1250"], File.ReadAllLines(requests));
        Assert.Equal(
            ["message", "tool_call", "tool_started", "tool_started", "tool_result", "tool_call", "done"],
            resumed.Thread.Events.Select(e => e.Kind));
        Assert.Equal(killed.Thread.Events, resumed.Thread.Events.Take(3));
        Assert.Equal(new ToolStartedEvent(callId, 2), resumed.Thread.Events[3]);
        Assert.Equal($"sent 1250 to 42 under key {threadId}/{callId} (retry)", resumed.Thread.Events.OfType<ToolResultEvent>().Single().Result);
        Assert.Single(model.Requests);
    }

    private static Process StartChild(string database, string requests)
    {
        string host = Path.Combine(AppContext.BaseDirectory, "AgentGen.CrashHost.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(host);
        start.ArgumentList.Add(database);
        start.ArgumentList.Add(requests);
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start " + host);
    }

    private static async Task WaitForAsync(Func<bool> condition, Process child)
    {
        // Bounded by the test's own cancellation, not by a timing assertion.
        while (!condition())
        {
            if (child.HasExited)
            {
                throw new InvalidOperationException($"The child exited ({child.ExitCode}) before its handler ran: {await child.StandardError.ReadToEndAsync(Ct)}");
            }

            await Task.Delay(50, Ct);
        }
    }

    /// <summary>Reads the child's tools: the generated registry of that assembly is internal to it.</summary>
    private sealed class TransferRegistry : IToolRegistry
    {
        public bool TryRead(string toolName, ReadOnlySpan<byte> utf8Json, out ITool? tool, out ImmutableArray<ToolReadError> errors)
        {
            (tool, errors) = toolName switch
            {
                SendTransfer.ToolName => Read(SendTransfer.ReadJson(utf8Json)),
                TransferDone.ToolName => Read(TransferDone.ReadJson(utf8Json)),
                _ => (null, ImmutableArray<ToolReadError>.Empty),
            };
            return tool is not null;
        }

        private static (ITool? Tool, ImmutableArray<ToolReadError> Errors) Read<T>(ToolReadResult<T> result)
            where T : class, ITool => result.IsSuccess ? (result.Value, []) : (null, result.Errors);
    }
}
