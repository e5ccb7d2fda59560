using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;

namespace AgentGen.Analyzers.Tests.LargeSolution;

/// <summary>
/// The .NET SDK that <c>dotnet build</c> would use in a directory (its <c>global.json</c> honoured), found from the
/// <c>dotnet</c> running this process: its C# compiler, its compiler server, the analyzers a default build runs, and
/// the reference pack a build of its own target framework compiles against.
/// </summary>
public sealed class DotNetSdk
{
    private DotNetSdk(string dotNet, string directory, string version, string referencePack, string targetFramework)
    {
        DotNet = dotNet;
        Directory = directory;
        Version = version;
        ReferencePack = referencePack;
        TargetFramework = targetFramework;
    }

    /// <summary>The <c>dotnet</c> executable.</summary>
    public string DotNet { get; }

    /// <summary>The SDK's directory, for example <c>/usr/share/dotnet/sdk/10.0.100</c>.</summary>
    public string Directory { get; }

    /// <summary>The SDK's version, as <c>dotnet --version</c> prints it.</summary>
    public string Version { get; }

    /// <summary>The directory of the reference pack the SDK builds its own target framework against (<c>packs/Microsoft.NETCore.App.Ref/&lt;version&gt;</c>).</summary>
    public string ReferencePack { get; }

    /// <summary>The target framework the SDK ships with, for example <c>net10.0</c>.</summary>
    public string TargetFramework { get; }

    /// <summary>The command-line C# compiler, run with <c>dotnet exec</c>.</summary>
    public string Csc => Path.Combine(Directory, "Roslyn", "bincore", "csc.dll");

    /// <summary>The compiler server (VBCSCompiler) that <c>dotnet build</c> compiles in.</summary>
    public string CompilerServer => Path.Combine(Directory, "Roslyn", "bincore", "VBCSCompiler.dll");

    /// <summary>The analysis-level configuration a default build passes (<c>&lt;AnalysisLevel&gt;</c> left at its default).</summary>
    public string DefaultAnalysisLevelConfig =>
        Path.Combine(SdkAnalyzers, "build", "config", $"analysislevel_{TargetFramework["net".Length..TargetFramework.IndexOf('.', StringComparison.Ordinal)]}_default.globalconfig");

    private string SdkAnalyzers => Path.Combine(Directory, "Sdks", "Microsoft.NET.Sdk", "analyzers");

    /// <summary>Every reference assembly of the target framework, sorted, as a build passes them.</summary>
    public IReadOnlyList<string> ReferenceAssemblies() =>
        [.. System.IO.Directory.GetFiles(Path.Combine(ReferencePack, "ref", TargetFramework), "*.dll").Order(StringComparer.Ordinal)];

    /// <summary>
    /// The analyzers and generators a default <c>dotnet build</c> of a C# library for <see cref="TargetFramework"/>
    /// passes the compiler: the SDK's code-analysis rules (Microsoft.CodeAnalysis.NetAnalyzers) and the reference
    /// pack's own (System.Text.Json, regular expressions, interop).
    /// </summary>
    public IReadOnlyList<string> DefaultAnalyzers() =>
    [
        Path.Combine(SdkAnalyzers, "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll"),
        Path.Combine(SdkAnalyzers, "Microsoft.CodeAnalysis.NetAnalyzers.dll"),
        .. System.IO.Directory.GetFiles(Path.Combine(ReferencePack, "analyzers", "dotnet", "cs"), "*.dll").Order(StringComparer.Ordinal),
    ];

    /// <summary>Finds the SDK that <c>dotnet</c> picks in <paramref name="workingDirectory"/>.</summary>
    /// <exception cref="InvalidOperationException">No <c>dotnet</c>, or no SDK with a C# compiler and a reference pack, is found.</exception>
    public static async Task<DotNetSdk> LocateAsync(string workingDirectory, CancellationToken cancellationToken = default)
    {
        string dotNet = DotNetExecutable();
        var start = new ProcessStartInfo(dotNet, ["--version"])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{dotNet} --version'.");
        Task<string> errors = process.StandardError.ReadToEndAsync(cancellationToken);
        string version = (await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false)).Trim();
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0 || version.Length == 0)
        {
            throw new InvalidOperationException(
                $"'{dotNet} --version' in {workingDirectory} failed ({process.ExitCode}): {await errors.ConfigureAwait(false)} Install the SDK that global.json asks for.");
        }

        string root = Path.GetDirectoryName(dotNet)!;
        string directory = Path.Combine(root, "sdk", version);
        string bundled = Path.Combine(directory, "Microsoft.NETCoreSdk.BundledVersions.props");
        if (!File.Exists(Path.Combine(directory, "Roslyn", "bincore", "csc.dll")) || !File.Exists(bundled))
        {
            throw new InvalidOperationException($"The SDK {version} in {directory} has no Roslyn/bincore/csc.dll or no {Path.GetFileName(bundled)}: repair or reinstall it.");
        }

        // The versions a build of the SDK's own target framework uses, as the SDK's targets read them.
        XElement properties = XDocument.Load(bundled).Root!;
        string Property(string name) =>
            properties.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim()
                ?? throw new InvalidOperationException($"{bundled} has no <{name}>: the SDK {version} is not one this harness knows.");
        string targetFramework = "net" + Property("BundledNETCoreAppTargetFrameworkVersion");
        string referencePack = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref", Property("BundledNETCoreAppPackageVersion"));
        if (!System.IO.Directory.Exists(Path.Combine(referencePack, "ref", targetFramework)))
        {
            throw new InvalidOperationException(
                $"The reference pack {referencePack}/ref/{targetFramework} is missing: restore a {targetFramework} project once (dotnet restore) so the SDK installs it.");
        }

        return new DotNetSdk(dotNet, directory, version, referencePack, targetFramework);
    }

    /// <summary>The <c>dotnet</c> of this process: the host MSBuild and <c>dotnet test</c> name, else the one above the running runtime.</summary>
    private static string DotNetExecutable()
    {
        string name = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";
        string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        // <root>/shared/Microsoft.NETCore.App/<version>/
        string runtime = RuntimeEnvironment.GetRuntimeDirectory();
        string root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        string dotNet = Path.Combine(root, name);
        return File.Exists(dotNet)
            ? dotNet
            : throw new InvalidOperationException(
                $"No {name} next to the running runtime ({runtime}, looked in {root}): run this from a .NET SDK installation, or set DOTNET_HOST_PATH to its dotnet.");
    }
}

/// <summary>One run of the command-line compiler: its exit code and what it printed.</summary>
/// <param name="ExitCode">0 when it compiled.</param>
/// <param name="Output">Standard output, then standard error.</param>
public sealed record CompilerRun(int ExitCode, string Output)
{
    private static readonly Regex s_diagnostic = new(@"^(?:.*?: )?(?:error|warning|info) [A-Za-z]+[0-9]+: ", RegexOptions.CultureInvariant);

    /// <summary>The lines that are diagnostics (<c>file(line,column): warning CS0168: ...</c>, or without a location), in order.</summary>
    public IReadOnlyList<string> Diagnostics { get; } = [.. Output
        .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Where(IsDiagnostic)];

    /// <summary>Whether a line is a diagnostic as csc writes one: an optional location and <c>: </c>, a severity, an ID and <c>:</c>.</summary>
    public static bool IsDiagnostic(string line) => s_diagnostic.IsMatch(line);

    /// <summary>Runs <c>dotnet exec csc.dll</c> of <paramref name="sdk"/> in <paramref name="workingDirectory"/> and waits for it.</summary>
    /// <param name="sdk">The SDK whose compiler runs.</param>
    /// <param name="workingDirectory">The directory relative paths (in response files too) are relative to.</param>
    /// <param name="arguments">csc's arguments, for example <c>/noconfig</c> and <c>@compile.rsp</c>.</param>
    /// <param name="cancellationToken">Kills the compiler when cancelled.</param>
    public static async Task<CompilerRun> CscAsync(
        DotNetSdk sdk, string workingDirectory, IEnumerable<string> arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sdk);
        var start = new ProcessStartInfo(sdk.DotNet, ["exec", sdk.Csc, .. arguments])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {sdk.Csc}.");
        try
        {
            Task<string> output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            Task<string> errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            return new CompilerRun(process.ExitCode, await output.ConfigureAwait(false) + await errors.ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }

    /// <summary>The output, for a failure message: at most <paramref name="lines"/> lines, and how many more there are.</summary>
    public string Excerpt(int lines = 40)
    {
        string[] all = Output.Split('\n');
        return string.Join('\n', all.Take(lines)) + (all.Length > lines ? string.Create(CultureInfo.InvariantCulture, $"\n... ({all.Length - lines} more lines)") : "");
    }
}
