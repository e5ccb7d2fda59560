using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace AgentGen.Benchmarks;

/// <summary>
/// Finds and loads System.Text.Json's source generator, the one the SDK runs for <c>[JsonSerializable]</c>: from the
/// path in <c>AGENTGEN_STJ_GENERATOR</c> if set, else from the .NET targeting pack of the running runtime
/// (<c>packs/Microsoft.NETCore.App.Ref/&lt;version&gt;/analyzers/dotnet/cs</c>), else from the System.Text.Json package in
/// the NuGet cache (<c>system.text.json/&lt;version&gt;/analyzers/dotnet/roslyn*/cs</c>).
/// </summary>
internal static class LargeSolutionJsonGenerator
{
    /// <summary>The generator's file name.</summary>
    public const string FileName = "System.Text.Json.SourceGeneration.dll";

    /// <summary>The environment variable that names the generator's file explicitly.</summary>
    public const string PathVariable = "AGENTGEN_STJ_GENERATOR";

    /// <summary>Loads the generator, or throws saying where it looked and how to point at it.</summary>
    public static (ISourceGenerator Generator, string Path) Load()
    {
        string path = Locate();
        Assembly assembly = Assembly.LoadFrom(path);
        Type[] generators = [.. assembly.GetTypes().Where(t =>
            !t.IsAbstract && typeof(IIncrementalGenerator).IsAssignableFrom(t) && t.GetCustomAttributes<GeneratorAttribute>().Any())];
        if (generators.Length != 1)
        {
            throw new InvalidOperationException(
                $"{path} should hold exactly one incremental generator; it holds {generators.Length}. Point {PathVariable} at System.Text.Json's generator.");
        }

        var generator = (IIncrementalGenerator)Activator.CreateInstance(generators[0], nonPublic: true)!;
        return (generator.AsSourceGenerator(), path);
    }

    private static string Locate()
    {
        var searched = new List<string>();
        string? explicitPath = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrEmpty(explicitPath))
        {
            return File.Exists(explicitPath)
                ? explicitPath
                : throw new FileNotFoundException($"{PathVariable} is set to '{explicitPath}', which does not exist.", explicitPath);
        }

        int major = Environment.Version.Major;

        // <dotnet root>/shared/Microsoft.NETCore.App/<version>/ is where the running runtime is; its packs are beside it.
        string runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        string dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        string packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        searched.Add(Path.Combine(packs, major + ".*", "analyzers", "dotnet", "cs", FileName));
        foreach (string version in VersionsNewestFirst(packs, major))
        {
            string candidate = Path.Combine(packs, version, "analyzers", "dotnet", "cs", FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        string nuget = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string package = Path.Combine(nuget, "system.text.json");
        searched.Add(Path.Combine(package, major + ".*", "analyzers", "dotnet", "roslyn*", "cs", FileName));
        foreach (string version in VersionsNewestFirst(package, major))
        {
            string analyzers = Path.Combine(package, version, "analyzers", "dotnet");
            string? candidate = !Directory.Exists(analyzers) ? null : Directory.GetDirectories(analyzers, "roslyn*")
                .OrderByDescending(d => ParseVersion(Path.GetFileName(d)["roslyn".Length..]))
                .Select(d => Path.Combine(d, "cs", FileName))
                .FirstOrDefault(File.Exists);
            if (candidate is not null)
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(
            $"System.Text.Json's source generator ({FileName}) was not found. Looked in:{Environment.NewLine}  " +
            string.Join(Environment.NewLine + "  ", searched) + Environment.NewLine +
            $"Install the .NET {major} SDK, or restore the System.Text.Json {major}.x package, or set {PathVariable} to the file's path.",
            FileName);
    }

    private static IEnumerable<string> VersionsNewestFirst(string directory, int major) =>
        !Directory.Exists(directory)
            ? []
            : Directory.GetDirectories(directory)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(name => ParseVersion(name).Major == major)
                .OrderByDescending(ParseVersion)
                .ThenByDescending(name => name, StringComparer.Ordinal);

    /// <summary>The numeric part of <c>10.0.12</c> or <c>10.0.0-preview.7</c>; 0.0 when there is none.</summary>
    private static Version ParseVersion(string text)
    {
        int dash = text.IndexOf('-', StringComparison.Ordinal);
        return Version.TryParse(dash < 0 ? text : text[..dash], out Version? version) ? version : new Version(0, 0);
    }
}
