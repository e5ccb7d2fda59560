using System;
using System.IO;

namespace AgentGen.Tests.Context;

/// <summary>The snapshot helper: what a developer sees on a mismatch, how accepting works, and that CI never accepts.</summary>
public sealed class TextSnapshotTests : IDisposable
{
    private static readonly SnapshotSettings Local = new(null, null);
    private static readonly SnapshotSettings Accepting = new("1", null);
    private static readonly SnapshotSettings CiAccepting = new("1", "true");

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "agentgen-snapshots-" + Guid.NewGuid().ToString("N"));

    private string Verified => Path.Combine(_directory, "case.verified.txt");

    private string Received => Path.Combine(_directory, "case.received.txt");

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void A_mismatch_writes_the_received_file_and_fails_with_the_changed_lines()
    {
        Write(Verified, "<done>\nall good\n</done>");

        var failure = Assert.ThrowsAny<Exception>(() => TextSnapshot.Match("<done>\nall fine\n</done>", "case", _directory, Local));

        Assert.Equal("<done>\nall fine\n</done>", File.ReadAllText(Received));
        Assert.Contains("-     2       | all good", failure.Message, StringComparison.Ordinal);
        Assert.Contains("+           2 | all fine", failure.Message, StringComparison.Ordinal);
        Assert.Contains("AGENTGEN_ACCEPT_SNAPSHOTS=1", failure.Message, StringComparison.Ordinal);
        Assert.Equal("<done>\nall good\n</done>", File.ReadAllText(Verified));
    }

    [Fact]
    public void A_missing_verified_file_fails_and_says_so()
    {
        var failure = Assert.ThrowsAny<Exception>(() => TextSnapshot.Match("text", "case", _directory, Local));

        Assert.Contains("has no verified file", failure.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Received));
    }

    [Fact]
    public void Accepting_overwrites_the_verified_file_and_removes_the_received_one()
    {
        Write(Verified, "old");
        Write(Received, "stale");

        TextSnapshot.Match("new", "case", _directory, Accepting);

        Assert.Equal("new", File.ReadAllText(Verified));
        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void CI_never_accepts()
    {
        Write(Verified, "old");

        var failure = Assert.ThrowsAny<Exception>(() => TextSnapshot.Match("new", "case", _directory, CiAccepting));

        Assert.Equal("old", File.ReadAllText(Verified));
        Assert.Contains("disabled under CI=true", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_match_ignores_line_endings_and_removes_an_old_received_file()
    {
        Write(Verified, "a\r\nb\r\n");
        Write(Received, "left over");

        TextSnapshot.Match("a\nb\n", "case", _directory, Local);

        Assert.False(File.Exists(Received));
    }

    private void Write(string path, string text)
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(path, text);
    }
}
