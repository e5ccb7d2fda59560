using System;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using AgentGen.Analyzers.Tests.LargeSolution;

namespace AgentGen.Benchmarks;

/// <summary>
/// A compiler server (VBCSCompiler) of the SDK, started by this process on a pipe of its own, so that no other build on
/// the machine shares it and its CPU time is this harness's alone; csc reaches it with <c>/shared:&lt;pipe&gt;</c>, as
/// <c>dotnet build</c> reaches its server. Disposing it kills it.
/// </summary>
internal sealed class LargeSolutionCscServer : IDisposable
{
    private readonly Process _process;

    private LargeSolutionCscServer(Process process, string pipeName)
    {
        _process = process;
        PipeName = pipeName;
    }

    /// <summary>The pipe it listens on: pass <c>/shared:</c> this to csc.</summary>
    public string PipeName { get; }

    /// <summary>The server's CPU time so far (user and system, all its threads).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.HasExited
                ? throw new InvalidOperationException($"The compiler server exited ({_process.ExitCode}): its measurements would be wrong.")
                : _process.TotalProcessorTime;
        }
    }

    /// <summary>Starts the server; the first compile sent to it waits until it listens.</summary>
    public static LargeSolutionCscServer Start(DotNetSdk sdk)
    {
        string pipeName = string.Create(CultureInfo.InvariantCulture, $"agentgen-csc-{Environment.ProcessId}");
        var start = new ProcessStartInfo(sdk.DotNet, ["exec", sdk.CompilerServer, "-pipename:" + pipeName])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {sdk.CompilerServer}.");

        // Nothing is expected on these; reading them keeps the server from blocking on a full pipe.
        process.OutputDataReceived += static (_, _) => { };
        process.ErrorDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new LargeSolutionCscServer(process, pipeName);
    }

    /// <summary>Kills the server (this process started it) and waits for it.</summary>
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}

/// <summary>
/// The CPU time of this process's child processes that have ended (getrusage <c>RUSAGE_CHILDREN</c>): the difference
/// across one compile is the CPU time of that compile's csc process, all threads, user and system.
/// </summary>
internal static class ChildCpuTime
{
    private const int RusageChildren = -1;

    /// <summary>The total so far. Linux and macOS only.</summary>
    public static TimeSpan Total
    {
        get
        {
            if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            {
                throw new PlatformNotSupportedException("The csc benchmark reads child CPU time with getrusage: run it on Linux or macOS.");
            }

            if (GetRusage(RusageChildren, out Rusage usage) != 0)
            {
                throw new InvalidOperationException($"getrusage failed (errno {Marshal.GetLastPInvokeError()}).");
            }

            return usage.User.ToTimeSpan() + usage.System.ToTimeSpan();
        }
    }

    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static extern int GetRusage(int who, out Rusage usage);

    [StructLayout(LayoutKind.Sequential)]
    private readonly struct TimeValue
    {
        public readonly long Seconds;
        public readonly long Microseconds;

        public TimeSpan ToTimeSpan() => TimeSpan.FromSeconds(Seconds) + TimeSpan.FromMicroseconds(Microseconds);
    }

    /// <summary>struct rusage on 64-bit Linux and macOS: two timevals, then fourteen longs (not read here).</summary>
    [StructLayout(LayoutKind.Sequential, Size = 144)]
    private readonly struct Rusage
    {
        public readonly TimeValue User;
        public readonly TimeValue System;
    }
}
