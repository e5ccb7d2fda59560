using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AgentGen.Package.Tests.Infrastructure;

/// <summary>The result of one <c>dotnet</c> command: what it printed and how it ended.</summary>
public sealed record CommandResult(string CommandLine, string WorkingDirectory, int ExitCode, string Output, TimeSpan Duration)
{
    /// <summary>Lines of output kept in a failure message: MSBuild repeats its errors at the end.</summary>
    private const int ShownLines = 120;

    /// <summary>The command, where it ran, its exit code and what it printed (the end of it), for a failure message.</summary>
    public string Describe()
    {
        string[] lines = Output.Split('\n');
        string shown = lines.Length <= ShownLines
            ? Output
            : $"({lines.Length - ShownLines} earlier lines not shown)\n" + string.Join('\n', lines[^ShownLines..]);
        return $"""
            > {CommandLine}
              in {WorkingDirectory}
              exit code {ExitCode} after {Duration.TotalSeconds:F1}s
            {shown}
            """;
    }
}

/// <summary>
/// Runs the <c>dotnet</c> CLI as a child process with a time limit, capturing standard output and
/// standard error together.
/// </summary>
/// <remarks>
/// The test itself runs under <c>dotnet test</c>, whose MSBuild exports variables such as
/// <c>MSBuildExtensionsPath</c> and <c>MSBuildSDKsPath</c>; they are removed so the child resolves
/// its SDK the way a user's shell does. MSBuild node reuse is off so no build node outlives the
/// command and keeps its output pipe open.
/// </remarks>
internal static class DotNetCli
{
    public static async Task<CommandResult> RunAsync(string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken, params string[] arguments)
    {
        string executable = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var startInfo = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        PrepareEnvironment(startInfo.Environment);
        string commandLine = "dotnet " + string.Join(' ', arguments);

        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            string reason = cancellationToken.IsCancellationRequested ? "the test run was cancelled" : $"it did not finish within {timeout.TotalSeconds:F0}s";
            throw new InvalidOperationException(
                $"{new CommandResult(commandLine, workingDirectory, -1, Snapshot(output), stopwatch.Elapsed).Describe()}\nKilled: {reason}.");
        }

        return new CommandResult(commandLine, workingDirectory, process.ExitCode, Snapshot(output), stopwatch.Elapsed);
    }

    /// <summary>Runs a command that must succeed; a non-zero exit code fails with the whole output.</summary>
    public static async Task<CommandResult> RunCheckedAsync(string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken, params string[] arguments)
    {
        CommandResult result = await RunAsync(workingDirectory, timeout, cancellationToken, arguments).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"A dotnet command failed.\n{result.Describe()}");
        }

        return result;
    }

    private static void PrepareEnvironment(IDictionary<string, string?> environment)
    {
        var inherited = new List<string>();
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            inherited.Add((string)entry.Key);
        }

        foreach (string name in inherited)
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase))
            {
                environment.Remove(name);
            }
        }

        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
