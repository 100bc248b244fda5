using System.Text;

namespace NewsFacts.Tests.Generator;

/// <summary>
/// Hostile and broken facts files, each of which must end in an NF diagnostic, not a hang or a bloated compiler.
/// The tests check the outcome and the work done (allocations); benchmarks/NewsFacts.BuildTime's <c>hostile</c>
/// mode times the same files (docs/performance.md), so the list is written once, here.
/// </summary>
public static class HostileFacts
{
    /// <summary>Allocation bound of one generator run over any of <see cref="Files"/> (docs/diagnostics.md, NF0022).</summary>
    public const long AllocationBound = 1L << 30;

    /// <summary>Each file's name and text, made on demand (the largest is 50 MB).</summary>
    public static IEnumerable<(string Name, Func<string> Yaml)> Files()
    {
        yield return ("billion laughs", BillionLaughs);
        yield return ("nesting 10,000 deep", () => "schema: 1\nentities: " + new string('[', 10_000) + new string(']', 10_000) + "\n");
        yield return ("50 MB scalar", () => "schema: 1\nentities:\n  - id: a\n    description: " + new string('y', 50_000_000) + "\n");
        yield return ("a million list items", () => "schema: 1\nentities:\n" + string.Concat(Enumerable.Repeat("  - 1\n", 1_000_000)));
        yield return ("a million mapping keys", () => "schema: 1\nx:\n" + string.Concat(Enumerable.Range(0, 1_000_000).Select(i => $"  k{i}: v\n")));
    }

    private static string BillionLaughs()
    {
        var yaml = new StringBuilder("schema: 1\nlol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++)
        {
            yaml.Append($"lol{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        }

        return yaml.Append("entities: *a9\n").ToString();
    }
}
