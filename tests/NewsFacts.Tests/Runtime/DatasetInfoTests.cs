using System.Security.Cryptography;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Runtime;

public class DatasetInfoTests
{
    [Fact]
    public void Info_counts_every_kind_as_the_catalog_does()
    {
        DatasetInfo info = Dataset.Info;

        Assert.Equal(1, info.SchemaVersion);
        Assert.Equal(Enum.GetValues<FactKind>().Length, info.Counts.Count);
        Assert.Equal(Dataset.Catalog.People.Count, info.CountOf(FactKind.Person));
        Assert.Equal(Dataset.Catalog.Countries.Count, info.CountOf(FactKind.Country));
        Assert.Equal(Dataset.Catalog.Events.Count, info.CountOf(FactKind.Event));
        Assert.Equal(Dataset.Catalog.Claims.Count, info.CountOf(FactKind.Claim));
        Assert.Equal(Dataset.Catalog.Facts.Count(), info.FactCount);
    }

    [Fact]
    public void Info_lists_the_documents_with_the_hashes_of_the_corpus_files()
    {
        Assert.Equal(Dataset.Catalog.Documents.Select(d => d.Id), Dataset.Info.Documents.Select(d => d.Id));
        foreach (DocumentHash document in Dataset.Info.Documents)
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, document.Id + ".txt"));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), document.Sha256);
        }
    }

    [Fact]
    public void The_content_hash_follows_the_facts_not_the_formatting()
    {
        string Hash(string yaml) => System.Text.RegularExpressions.Regex.Match(GeneratorHarness.Run(("facts.yaml", yaml)).Sources["Dataset.g.cs"], "\"([0-9a-f]{64})\"").Groups[1].Value;

        string original = Hash(TestYaml.Small);
        string reformatted = Hash("# a comment\n" + TestYaml.Small.Replace("title: \"A visit\"", "title: 'A visit'", StringComparison.Ordinal));
        string changed = Hash(TestYaml.Small.Replace("A mathematician.", "A mathematician and writer.", StringComparison.Ordinal));

        Assert.Matches("^[0-9a-f]{64}$", original);
        Assert.Equal(original, reformatted);
        Assert.NotEqual(original, changed);
        Assert.Matches("^[0-9a-f]{64}$", Dataset.Info.ContentHash);
    }
}
