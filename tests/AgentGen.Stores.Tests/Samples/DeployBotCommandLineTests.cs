using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace AgentGen.Stores.Tests.Samples;

/// <summary>
/// Factor 6 from the command line: the DeployBot sample pauses for an approval, saves the thread in its SQLite file and
/// exits; a second, separate run answers and goes on.
/// </summary>
public sealed partial class DeployBotCommandLineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_conversation_paused_in_one_run_is_approved_and_finished_in_another()
    {
        using var folder = new TempFolder();
        string database = folder.Combine("deploybot.db");

        (int firstExit, string first) = await RunAsync("--non-interactive", "--db", database);
        string id = ResumeId(first);
        (int secondExit, string second) = await RunAsync("--resume", id, "--approve", "looks good", "--db", database);

        Assert.Equal(0, firstExit);
        Assert.Contains("[paused] waiting for a person to approve the deploy", first, StringComparison.Ordinal);
        Assert.DoesNotContain("deployed backend", first, StringComparison.Ordinal);
        Assert.Equal(0, secondExit);
        Assert.Contains("[person] approved: looks good", second, StringComparison.Ordinal);
        Assert.Contains("[deploy_backend] deployed backend v1.4.2 to Production", second, StringComparison.Ordinal);
        Assert.Contains($"thread {id}: Done after 5 steps", second, StringComparison.Ordinal);
        Assert.Contains("deployments in this run: backend v1.4.2 Production; frontend v1.4.2 Production", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejection_in_the_second_run_deploys_nothing_it_rejected()
    {
        using var folder = new TempFolder();
        string database = folder.Combine("deploybot.db");

        string id = ResumeId((await RunAsync("--non-interactive", "--db", database)).Output);
        (int exit, string second) = await RunAsync("--resume", id, "--reject", "not on Fridays", "--db", database);

        Assert.Equal(0, exit);
        Assert.Contains("[person] rejected: not on Fridays", second, StringComparison.Ordinal);
        Assert.Contains("deployments in this run: frontend v1.4.2 Production", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answering_a_thread_that_waits_for_nothing_fails_with_a_message_and_changes_nothing()
    {
        using var folder = new TempFolder();
        string database = folder.Combine("deploybot.db");
        string id = ResumeId((await RunAsync("--non-interactive", "--db", database)).Output);
        await RunAsync("--resume", id, "--approve", "--db", database);

        (int exit, string output) = await RunAsync("--resume", id, "--approve", "--db", database);
        (int unknownExit, string unknown) = await RunAsync("--resume", "no-such-thread", "--approve", "--db", database);
        (int usageExit, string usage) = await RunAsync("--approve");

        Assert.Equal(1, exit);
        Assert.Contains($"Thread {id} is Done, not AwaitingApproval", output, StringComparison.Ordinal);
        Assert.Equal(1, unknownExit);
        Assert.Contains("no saved thread no-such-thread", unknown, StringComparison.Ordinal);
        Assert.Equal(2, usageExit);
        Assert.Contains("--approve, --reject and --respond go with --resume <thread id>", usage, StringComparison.Ordinal);
    }

    private static string ResumeId(string output) =>
        ResumeLine().Match(output) is { Success: true } match
            ? match.Groups["id"].Value
            : throw new InvalidOperationException("The first run printed no resume line:\n" + output);

    [GeneratedRegex(@"--resume (?<id>[0-9a-f]{32}) ")]
    private static partial Regex ResumeLine();

    /// <summary>Runs the sample as its own process with the scripted model; returns its exit code and all it printed.</summary>
    private static async Task<(int Exit, string Output)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DeployBot.dll"));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("OPENAI_API_KEY");
        start.Environment.Remove("OLLAMA_ENDPOINT");
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("Could not start DeployBot.");
        process.StandardInput.Close();
        Task<string> output = process.StandardOutput.ReadToEndAsync(Ct), error = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        return (process.ExitCode, await output + await error);
    }
}
