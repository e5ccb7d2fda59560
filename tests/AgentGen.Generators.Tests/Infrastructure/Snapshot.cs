using System;
using System.Collections.Immutable;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;

namespace AgentGen.Generators.Tests;

/// <summary>
/// Compares text with checked-in <c>Snapshots/{name}.verified.cs</c> files next to the calling test's source file.
/// </summary>
/// <remarks>
/// A mismatch or a missing verified file writes <c>{name}.received.cs</c> and fails with a line diff.
/// Accepting is explicit: set <c>AGENTGEN_ACCEPT_SNAPSHOTS=1</c> to overwrite the verified files with what was
/// received; it never happens when <c>CI=true</c>. Line endings are normalized to <c>\n</c> before comparing.
/// </remarks>
public static class Snapshot
{
    /// <summary>The environment variable that accepts received snapshots when it is <c>1</c>.</summary>
    public const string AcceptVariable = "AGENTGEN_ACCEPT_SNAPSHOTS";

    /// <summary>The folder, next to the test source file, that holds the snapshots.</summary>
    public const string FolderName = "Snapshots";

    private const string VerifiedSuffix = ".verified.cs";
    private const string ReceivedSuffix = ".received.cs";

    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Compares <paramref name="actual"/> with <c>Snapshots/{name}.verified.cs</c>.</summary>
    public static void Match(string actual, string name, [CallerFilePath] string callerFile = "") =>
        Match(actual, name, DirectoryFor(callerFile), SnapshotEnvironment.FromProcess());

    /// <summary>
    /// Compares every file generated in <paramref name="result"/> with
    /// <c>Snapshots/{testName}#{hint name without .cs}.verified.cs</c>, and fails on verified files of
    /// <paramref name="testName"/> that no generated file corresponds to any more.
    /// </summary>
    public static void MatchGenerated(GeneratorResult result, string testName, [CallerFilePath] string callerFile = "") =>
        MatchGenerated(result.GeneratedSources, testName, DirectoryFor(callerFile), SnapshotEnvironment.FromProcess());

    /// <summary>Like <see cref="MatchGenerated(GeneratorResult, string, string)"/>, for the generated files a scenario is about.</summary>
    /// <param name="result">The generator run.</param>
    /// <param name="testName">The test's name.</param>
    /// <param name="include">Which generated files (hint name, text) the snapshot covers; others are covered by other tests.</param>
    /// <param name="callerFile">Filled in by the compiler.</param>
    public static void MatchGenerated(GeneratorResult result, string testName, Func<string, string, bool> include, [CallerFilePath] string callerFile = "") =>
        MatchGenerated(
            result.GeneratedSources.Where(pair => include(pair.Key, pair.Value)).ToImmutableSortedDictionary(StringComparer.Ordinal),
            testName,
            DirectoryFor(callerFile),
            SnapshotEnvironment.FromProcess());

    /// <summary>The snapshot name of a generated file: <c>Enums#Demo.DeployBackend.g</c> for <c>Demo.DeployBackend.g.cs</c>.</summary>
    public static string NameOf(string testName, string hintName) =>
        testName + "#" + (hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName[..^".cs".Length] : hintName);

    internal static void Match(string actual, string name, string directory, SnapshotEnvironment environment)
    {
        ValidateName(name, nameof(name));
        if (Compare(actual, name, directory, environment) is { } failure)
        {
            throw new SnapshotMismatchException(failure + Advice(environment));
        }
    }

    internal static void MatchGenerated(
        IReadOnlyDictionary<string, string> generated,
        string testName,
        string directory,
        SnapshotEnvironment environment)
    {
        ValidateName(testName, nameof(testName));
        if (testName.Contains('#', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{testName}': a test name cannot contain '#', which separates it from the hint name.", nameof(testName));
        }

        if (generated.Count == 0)
        {
            throw new SnapshotMismatchException(
                $"Scenario '{testName}' generated no files, so there is nothing to compare with its snapshots.");
        }

        var failures = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> file in generated.OrderBy(static f => f.Key, StringComparer.Ordinal))
        {
            string name = NameOf(testName, file.Key);
            names.Add(name);
            if (Compare(file.Value, name, directory, environment) is { } failure)
            {
                failures.Add(failure);
            }
        }

        failures.AddRange(RemoveStale(testName, names, directory, environment));
        if (failures.Count > 0)
        {
            throw new SnapshotMismatchException(string.Join("\n", failures) + Advice(environment));
        }
    }

    /// <summary>The snapshot folder for a test source file, found through <see cref="CallerFilePathAttribute"/>.</summary>
    internal static string DirectoryFor(string callerFile)
    {
        string? testDirectory = Path.IsPathRooted(callerFile) ? Path.GetDirectoryName(callerFile) : null;
        if (testDirectory is null || !Directory.Exists(testDirectory))
        {
            throw new InvalidOperationException(
                $"Snapshots are found next to the test's source file through [CallerFilePath], which was '{callerFile}'. " +
                "Run the tests from a build of the source tree with real paths (DeterministicSourcePaths=false).");
        }

        return Path.Combine(testDirectory, FolderName);
    }

    /// <summary>Compares one snapshot; returns a failure message, or null when it matches or was accepted.</summary>
    private static string? Compare(string actual, string name, string directory, SnapshotEnvironment environment)
    {
        string verifiedPath = Path.Combine(directory, name + VerifiedSuffix);
        string receivedPath = Path.Combine(directory, name + ReceivedSuffix);
        string received = NormalizeLineEndings(actual);
        string? verified = File.Exists(verifiedPath) ? NormalizeLineEndings(File.ReadAllText(verifiedPath)) : null;

        if (verified == received)
        {
            File.Delete(receivedPath);
            return null;
        }

        Directory.CreateDirectory(directory);
        if (environment.Accepts)
        {
            File.WriteAllText(verifiedPath, received, Utf8NoBom);
            File.Delete(receivedPath);
            return null;
        }

        File.WriteAllText(receivedPath, received, Utf8NoBom);
        return verified is null
            ? $"Snapshot '{name}' has no verified file.\n  expected: {verifiedPath}\n  received: {receivedPath}\n"
            : $"Snapshot '{name}' does not match.\n  verified: {verifiedPath}\n  received: {receivedPath}\n" +
              "--- verified\n+++ received\n" + SnapshotDiff.Build(verified, received);
    }

    /// <summary>Fails on (or, when accepting, deletes) verified files of the test that nothing was generated for.</summary>
    private static IEnumerable<string> RemoveStale(
        string testName,
        HashSet<string> names,
        string directory,
        SnapshotEnvironment environment)
    {
        if (!Directory.Exists(directory))
        {
            yield break;
        }

        string prefix = testName + "#";
        foreach (string path in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            string fileName = Path.GetFileName(path);
            if (!fileName.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            if (fileName.EndsWith(ReceivedSuffix, StringComparison.Ordinal)
                && !names.Contains(fileName[..^ReceivedSuffix.Length]))
            {
                File.Delete(path);
            }
            else if (fileName.EndsWith(VerifiedSuffix, StringComparison.Ordinal)
                && !names.Contains(fileName[..^VerifiedSuffix.Length]))
            {
                if (environment.Accepts)
                {
                    File.Delete(path);
                }
                else
                {
                    yield return $"Snapshot '{fileName[..^VerifiedSuffix.Length]}' is stale: nothing was generated for it.\n" +
                        $"  verified: {path}\n";
                }
            }
        }
    }

    private static string Advice(SnapshotEnvironment environment) => environment.IsCi
        ? "\nAccepting snapshots is disabled under CI=true: run the tests locally with " + AcceptVariable +
          "=1, review the changes to the .verified.cs files and commit them.\n"
        : "\nIf the new output is right, rerun with " + AcceptVariable +
          "=1 to accept it (this overwrites the .verified.cs files and deletes stale ones), then review and commit them.\n";

    private static string NormalizeLineEndings(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static void ValidateName(string name, string parameterName)
    {
        if (string.IsNullOrWhiteSpace(name) || name.AsSpan().IndexOfAny("/\\:*?\"<>|\0") >= 0)
        {
            throw new ArgumentException($"'{name}' is not usable as a snapshot file name.", parameterName);
        }
    }
}

/// <summary>Whether snapshots may be accepted: <c>AGENTGEN_ACCEPT_SNAPSHOTS=1</c> and not <c>CI=true</c>.</summary>
/// <param name="AcceptSnapshots">The value of <c>AGENTGEN_ACCEPT_SNAPSHOTS</c>.</param>
/// <param name="Ci">The value of <c>CI</c>.</param>
internal readonly record struct SnapshotEnvironment(string? AcceptSnapshots, string? Ci)
{
    /// <summary>True when running under continuous integration (<c>CI=true</c> or <c>CI=1</c>).</summary>
    public bool IsCi => string.Equals(Ci, "true", StringComparison.OrdinalIgnoreCase) || Ci == "1";

    /// <summary>True when received snapshots are written as the verified ones.</summary>
    public bool Accepts => AcceptSnapshots == "1" && !IsCi;

    public static SnapshotEnvironment FromProcess() => new(
        Environment.GetEnvironmentVariable(Snapshot.AcceptVariable),
        Environment.GetEnvironmentVariable("CI"));
}

/// <summary>A snapshot did not match its verified file.</summary>
public sealed class SnapshotMismatchException(string message) : Xunit.Sdk.XunitException(message);
