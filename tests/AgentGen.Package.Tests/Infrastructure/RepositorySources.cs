using System;
using System.Collections.Generic;
using System.IO;

namespace AgentGen.Package.Tests.Infrastructure;

/// <summary>Finds the repository and copies what building the package needs into a scratch folder.</summary>
/// <remarks>
/// The package is packed from a copy, never from the working tree: this test runs inside
/// <c>dotnet test AgentGen.sln</c>, and packing <c>src/</c> in place would rebuild the same
/// <c>obj/</c> and <c>bin/</c> folders the solution build and the other test projects are using
/// (file locks, half-written assemblies, a Release build overwritten under a running test). The copy
/// holds the sources and the repository-level build files only; build outputs are left behind so
/// the pack starts from a clean tree, as it does in CI.
/// </remarks>
internal static class RepositorySources
{
    public const string SolutionFileName = "AgentGen.sln";

    /// <summary>Top-level folders the package is not built from.</summary>
    private static readonly HashSet<string> SkippedTopLevelFolders = new(StringComparer.Ordinal)
    {
        ".git", "tests", "samples", "benchmarks",
    };

    /// <summary>Build outputs and tool state, skipped at every depth.</summary>
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal)
    {
        "bin", "obj", "TestResults", "artifacts", "BenchmarkDotNet.Artifacts", ".vs", ".idea",
    };

    /// <summary>Walks up from the test assembly to the folder that holds <c>AgentGen.sln</c>.</summary>
    public static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder above the test assembly ({AppContext.BaseDirectory}) contains {SolutionFileName}; run the test from a clone of the repository.");
    }

    /// <summary>Copies the repository's sources and root build files (props, global.json, README) to <paramref name="destination"/>.</summary>
    public static void CopyForPacking(string root, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (string file in Directory.EnumerateFiles(root))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (string folder in Directory.EnumerateDirectories(root))
        {
            string name = Path.GetFileName(folder);
            if (!SkippedTopLevelFolders.Contains(name) && !SkippedFolders.Contains(name))
            {
                CopyFolder(folder, Path.Combine(destination, name));
            }
        }
    }

    private static void CopyFolder(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (string file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (string folder in Directory.EnumerateDirectories(source))
        {
            string name = Path.GetFileName(folder);
            if (!SkippedFolders.Contains(name))
            {
                CopyFolder(folder, Path.Combine(destination, name));
            }
        }
    }
}
