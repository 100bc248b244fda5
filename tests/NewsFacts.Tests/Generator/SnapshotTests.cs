using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Generator;

/// <summary>The emitted source of a small dataset, against approved files in Snapshots/.</summary>
public class SnapshotTests
{
    public static TheoryData<string> GeneratedFiles => new() { "Dataset.g.cs", "People.g.cs", "Events.g.cs", "Statements.g.cs", "FactIds.g.cs" };

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void Emitted_source_matches_the_approved_snapshot(string hintName)
    {
        GeneratorRun run = GeneratorHarness.Run(("facts.yaml", TestYaml.Small));

        Assert.Empty(run.Diagnostics);
        Snapshot.Verify("Small." + hintName.Replace(".g.cs", string.Empty, StringComparison.Ordinal), run.Sources[hintName]);
    }
}
