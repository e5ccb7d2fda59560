using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace AgentGen.Tests.Context;

/// <summary>
/// Compares text with a checked-in <c>Snapshots/{name}.verified.txt</c> file next to the calling test's source file,
/// the way the generator tests compare generated code (docs/snapshot-testing.md).
/// </summary>
/// <remarks>
/// A mismatch or a missing verified file writes <c>{name}.received.txt</c> beside it and fails with a line diff.
/// Accepting is explicit: <c>AGENTGEN_ACCEPT_SNAPSHOTS=1</c> overwrites the verified file with what was received,
/// and never under <c>CI=true</c> (or <c>CI=1</c>). Line endings are normalized to <c>\n</c> before comparing.
/// </remarks>
internal static class TextSnapshot
{
    public const string AcceptVariable = "AGENTGEN_ACCEPT_SNAPSHOTS";
    public const string FolderName = "Snapshots";

    private const string VerifiedSuffix = ".verified.txt";
    private const string ReceivedSuffix = ".received.txt";

    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Compares <paramref name="actual"/> with <c>Snapshots/{name}.verified.txt</c>.</summary>
    public static void Match(string actual, string name, [CallerFilePath] string callerFile = "") =>
        Match(actual, name, DirectoryFor(callerFile), SnapshotSettings.FromProcess());

    internal static void Match(string actual, string name, string directory, SnapshotSettings settings)
    {
        if (string.IsNullOrWhiteSpace(name) || name.AsSpan().IndexOfAny("/\\:*?\"<>|\0") >= 0)
        {
            throw new ArgumentException($"'{name}' is not usable as a snapshot file name.", nameof(name));
        }

        string verifiedPath = Path.Combine(directory, name + VerifiedSuffix);
        string receivedPath = Path.Combine(directory, name + ReceivedSuffix);
        string received = Normalize(actual);
        string? verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        if (settings.Accepts)
        {
            File.WriteAllText(verifiedPath, received, Utf8NoBom);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received, Utf8NoBom);
        string failure = verified is null
            ? $"Snapshot '{name}' has no verified file.\n  expected: {verifiedPath}\n  received: {receivedPath}\n"
            : $"Snapshot '{name}' does not match.\n  verified: {verifiedPath}\n  received: {receivedPath}\n" +
              "--- verified\n+++ received\n" + LineDiff.Build(verified, received);
        string advice = settings.IsCi
            ? $"Accepting snapshots is disabled under CI=true: run the tests locally with {AcceptVariable}=1, review the .verified.txt changes and commit them."
            : $"If the new text is right, rerun with {AcceptVariable}=1 to accept it, then review and commit the .verified.txt file.";
        throw new Xunit.Sdk.XunitException(failure + "\n" + advice);
    }

    /// <summary>
    /// The snapshot folder beside the test's source file. When the compiler mapped source paths (a deterministic CI
    /// build), the folder is found by walking up from the test binaries to this project's <c>Context</c> folder.
    /// </summary>
    internal static string DirectoryFor(string callerFile)
    {
        if (Path.IsPathRooted(callerFile) && Path.GetDirectoryName(callerFile) is { } directory && Directory.Exists(directory))
        {
            return Path.Combine(directory, FolderName);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tests", "AgentGen.Tests", "Context");
            if (Directory.Exists(candidate))
            {
                return Path.Combine(candidate, FolderName);
            }
        }

        throw new InvalidOperationException(
            $"Cannot find the snapshot folder: the test's source path '{callerFile}' does not exist and no tests/AgentGen.Tests/Context " +
            $"folder is above {AppContext.BaseDirectory}. Run the tests from a build of the source tree.");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}

/// <summary>Whether snapshots may be accepted: <c>AGENTGEN_ACCEPT_SNAPSHOTS=1</c> and not <c>CI=true</c>.</summary>
/// <param name="AcceptSnapshots">The value of <c>AGENTGEN_ACCEPT_SNAPSHOTS</c>.</param>
/// <param name="Ci">The value of <c>CI</c>.</param>
internal readonly record struct SnapshotSettings(string? AcceptSnapshots, string? Ci)
{
    public bool IsCi => string.Equals(Ci, "true", StringComparison.OrdinalIgnoreCase) || Ci == "1";

    public bool Accepts => AcceptSnapshots == "1" && !IsCi;

    public static SnapshotSettings FromProcess() => new(
        Environment.GetEnvironmentVariable(TextSnapshot.AcceptVariable),
        Environment.GetEnvironmentVariable("CI"));
}
