using System;
using System.Linq;

namespace AgentGen.Generators.Tests;

public sealed class SnapshotDiffTests
{
    [Fact]
    public void Changes_whose_context_touches_share_one_hunk_and_distant_ones_do_not()
    {
        string verified = Lines(1, 30, changed: []);
        string received = Lines(1, 30, changed: [5, 10, 25]);

        string diff = SnapshotDiff.Build(verified, received);

        Assert.Equal(
            [
                "@@ -2,12 +2,12 @@",
                "@@ -22,7 +22,7 @@",
            ],
            diff.Split('\n').Where(static line => line.StartsWith("@@", StringComparison.Ordinal)));
    }

    [Fact]
    public void Inserted_lines_carry_only_their_new_number_and_shift_the_following_ones()
    {
        string diff = SnapshotDiff.Build("a\nb\nc\n", "a\nb\ninserted\nc\n");

        Assert.Equal(
            "@@ -1,3 +1,4 @@\n" +
            "      1     1 | a\n" +
            "      2     2 | b\n" +
            "+           3 | inserted\n" +
            "      3     4 | c\n",
            diff);
    }

    [Fact]
    public void A_missing_final_newline_is_reported()
    {
        string diff = SnapshotDiff.Build("a\nb\n", "a\nb");

        Assert.Equal("(final newline: verified has one, received has none)\n", diff);
    }

    private static string Lines(int first, int last, int[] changed) =>
        string.Concat(Enumerable.Range(first, last - first + 1)
            .Select(i => changed.Contains(i) ? $"changed {i}\n" : $"line {i}\n"));
}
