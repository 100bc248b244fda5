using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Generator;

/// <summary>A snapshot that differs fails with a readable line diff (DiffPlex), as Verify's would.</summary>
public class SnapshotDiffTests
{
    [Fact]
    public void The_diff_marks_removed_and_added_lines_with_their_numbers_and_elides_far_unchanged_lines()
    {
        string approved = string.Join("\n", Enumerable.Range(1, 20).Select(i => "line " + i)) + "\n";
        string received = approved.Replace("line 3\n", "line three\n", StringComparison.Ordinal).Replace("line 18\n", string.Empty, StringComparison.Ordinal);

        string[] diff = Snapshot.Diff(approved, received).TrimEnd('\n').Split('\n');

        Assert.Equal(
            new[]
            {
                "      1 | line 1",
                "      2 | line 2",
                "-     3 | line 3",
                "+     3 | line three",
                "      4 | line 4",
                "      5 | line 5",
                "  ...",
                "     16 | line 16",
                "     17 | line 17",
                "-    18 | line 18",
                "     18 | line 19",
                "     19 | line 20",
            },
            diff);
    }
}
