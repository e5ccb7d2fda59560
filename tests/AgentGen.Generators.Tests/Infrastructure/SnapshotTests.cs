using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AgentGen.Generators.Tests;

public sealed class SnapshotTests : IDisposable
{
    private static readonly SnapshotEnvironment Local = new(AcceptSnapshots: null, Ci: null);
    private static readonly SnapshotEnvironment Accepting = new(AcceptSnapshots: "1", Ci: null);
    private static readonly SnapshotEnvironment CiAccepting = new(AcceptSnapshots: "1", Ci: "true");

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "agentgen-snapshots-" + Guid.NewGuid().ToString("N"));

    public SnapshotTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Match_passes_when_the_text_equals_the_verified_file_whatever_its_line_endings()
    {
        Write("Sample.verified.cs", "line 1\r\nline 2\r\n");
        Write("Sample.received.cs", "left over from an earlier failure");

        Snapshot.Match("line 1\nline 2\n", "Sample", _directory, Local);

        Assert.False(File.Exists(PathOf("Sample.received.cs")), "a match deletes the stale received file");
    }

    [Fact]
    public void Mismatch_writes_the_received_file_and_fails_with_the_changed_lines_and_their_numbers()
    {
        Write("Sample.verified.cs", Lines(1, 20));
        string actual = Lines(1, 20).Replace("line 10\n", "line ten\n", StringComparison.Ordinal);

        var failure = Assert.Throws<SnapshotMismatchException>(() => Snapshot.Match(actual, "Sample", _directory, Local));

        Assert.Equal(actual, Read("Sample.received.cs"));
        Assert.Equal(Lines(1, 20), Read("Sample.verified.cs"));
        Assert.Contains("Snapshot 'Sample' does not match.", failure.Message, StringComparison.Ordinal);
        Assert.Contains("@@ -7,7 +7,7 @@", failure.Message, StringComparison.Ordinal);
        Assert.Contains("-    10       | line 10\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("+          10 | line ten\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("      7     7 | line 7\n", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("| line 6\n", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("| line 14\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains(Snapshot.AcceptVariable + "=1", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_verified_file_fails_and_writes_the_received_file()
    {
        var failure = Assert.Throws<SnapshotMismatchException>(() => Snapshot.Match("text\n", "New", _directory, Local));

        Assert.Contains("Snapshot 'New' has no verified file.", failure.Message, StringComparison.Ordinal);
        Assert.Equal("text\n", Read("New.received.cs"));
        Assert.False(File.Exists(PathOf("New.verified.cs")));
    }

    [Fact]
    public void Accepting_writes_the_verified_file_with_normalized_line_endings_and_passes()
    {
        Write("Sample.verified.cs", "old\n");
        Write("Sample.received.cs", "stale\n");

        Snapshot.Match("new\r\n", "Sample", _directory, Accepting);

        Assert.Equal("new\n", Read("Sample.verified.cs"));
        Assert.False(File.Exists(PathOf("Sample.received.cs")));
    }

    [Fact]
    public void Under_CI_accepting_is_refused_and_the_verified_file_is_left_alone()
    {
        Write("Sample.verified.cs", "old\n");

        var failure = Assert.Throws<SnapshotMismatchException>(() => Snapshot.Match("new\n", "Sample", _directory, CiAccepting));

        Assert.Equal("old\n", Read("Sample.verified.cs"));
        Assert.Equal("new\n", Read("Sample.received.cs"));
        Assert.Contains("disabled under CI=true", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_CI_a_missing_verified_file_fails_even_when_accepting_is_asked_for()
    {
        Assert.Throws<SnapshotMismatchException>(() => Snapshot.Match("text\n", "New", _directory, CiAccepting));

        Assert.False(File.Exists(PathOf("New.verified.cs")));
    }

    [Theory]
    [InlineData("1", null, true)]
    [InlineData("1", "false", true)]
    [InlineData("1", "true", false)]
    [InlineData("1", "True", false)]
    [InlineData("1", "1", false)]
    [InlineData(null, null, false)]
    [InlineData("0", null, false)]
    [InlineData("yes", null, false)]
    public void Accepting_needs_the_variable_set_to_1_outside_CI(string? accept, string? ci, bool accepts) =>
        Assert.Equal(accepts, new SnapshotEnvironment(accept, ci).Accepts);

    [Fact]
    public void MatchGenerated_names_each_file_after_the_test_and_the_hint_name_without_cs()
    {
        var generated = new Dictionary<string, string> { ["Demo.DeployBackend.g.cs"] = "deploy\n", ["Demo.ListTags.g.cs"] = "tags\n" };
        Write("Enums#Demo.DeployBackend.g.verified.cs", "deploy\n");

        var failure = Assert.Throws<SnapshotMismatchException>(() => Snapshot.MatchGenerated(generated, "Enums", _directory, Local));

        Assert.Contains("Snapshot 'Enums#Demo.ListTags.g' has no verified file.", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Enums#Demo.DeployBackend.g'", failure.Message, StringComparison.Ordinal);
        Assert.Equal("tags\n", Read("Enums#Demo.ListTags.g.received.cs"));
    }

    [Fact]
    public void MatchGenerated_fails_on_a_verified_file_nothing_was_generated_for()
    {
        var generated = new Dictionary<string, string> { ["Demo.A.g.cs"] = "a\n" };
        Write("Enums#Demo.A.g.verified.cs", "a\n");
        Write("Enums#Demo.Removed.g.verified.cs", "removed\n");
        Write("EnumsOther#Demo.B.g.verified.cs", "another test's snapshot\n");

        var failure = Assert.Throws<SnapshotMismatchException>(() => Snapshot.MatchGenerated(generated, "Enums", _directory, Local));

        Assert.Contains("Snapshot 'Enums#Demo.Removed.g' is stale", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("EnumsOther", failure.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(PathOf("Enums#Demo.Removed.g.verified.cs")), "without accepting, nothing is deleted");
    }

    [Fact]
    public void MatchGenerated_when_accepting_writes_new_files_and_deletes_stale_ones()
    {
        var generated = new Dictionary<string, string> { ["Demo.A.g.cs"] = "a\n" };
        Write("Enums#Demo.Removed.g.verified.cs", "removed\n");
        Write("Enums#Demo.Removed.g.received.cs", "removed\n");
        Write("EnumsOther#Demo.B.g.verified.cs", "another test's snapshot\n");

        Snapshot.MatchGenerated(generated, "Enums", _directory, Accepting);

        Assert.Equal(
            ["Enums#Demo.A.g.verified.cs", "EnumsOther#Demo.B.g.verified.cs"],
            Directory.EnumerateFiles(_directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void MatchGenerated_fails_when_nothing_was_generated()
    {
        var failure = Assert.Throws<SnapshotMismatchException>(
            () => Snapshot.MatchGenerated(new Dictionary<string, string>(), "Empty", _directory, Accepting));

        Assert.Contains("generated no files", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_finds_the_snapshot_folder_next_to_the_calling_source_file()
    {
        // Compared with Infrastructure/Snapshots/SnapshotSelfTest.verified.cs, through [CallerFilePath].
        Snapshot.Match("// Compared by SnapshotTests.Match_finds_the_snapshot_folder_next_to_the_calling_source_file.\n", "SnapshotSelfTest");
    }

    [Fact]
    public void A_caller_path_that_is_not_on_disk_is_explained()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => Snapshot.DirectoryFor("/_/tests/SomeTests.cs"));

        Assert.Contains("DeterministicSourcePaths=false", failure.Message, StringComparison.Ordinal);
    }

    private static string Lines(int first, int last) =>
        string.Concat(Enumerable.Range(first, last - first + 1).Select(static i => $"line {i}\n"));

    private string PathOf(string fileName) => Path.Combine(_directory, fileName);

    private void Write(string fileName, string text) => File.WriteAllText(PathOf(fileName), text);

    private string Read(string fileName) => File.ReadAllText(PathOf(fileName));
}
