using System.Security.Cryptography;
using System.Text.RegularExpressions;
using NewsFacts.Internal;
using Xunit.Abstractions;
using RegexGroup = System.Text.RegularExpressions.Group;

namespace NewsFacts.Tests.Data;

/// <summary>The compiled dataset against the corpus: verbatim evidence, every name resolved, no accidental ambiguity, coverage.</summary>
public class DatasetIntegrityTests(ITestOutputHelper output)
{
    private static readonly Corpus Corpus = Corpus.Instance;
    private static FactCatalog Catalog => Dataset.Catalog;

    [Fact]
    public void Every_evidence_item_carries_its_prefix_and_suffix_from_the_corpus()
    {
        var items = DatasetEvidence.All(Catalog).ToList();
        var problems = items.Select(x => DatasetEvidence.ContextProblem(Corpus, x.Where, x.Item)).OfType<string>().ToList();

        Assert.True(items.Count > 500, $"only {items.Count} evidence items");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_evidence_quote_stands_verbatim_at_its_offset()
    {
        var problems = DatasetEvidence.All(Catalog).Select(x => DatasetEvidence.QuoteProblem(Corpus, x.Where, x.Item)).OfType<string>().ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_evidence_walk_visits_every_nested_evidence_item_the_fields_hold()
    {
        var missed = Catalog.Facts
            .Select(f => (f.Id, Walked: DatasetEvidence.Walk(f).Count(), Held: DatasetEvidence.CountThroughFields(Catalog, f)))
            .Where(x => x.Walked != x.Held)
            .Select(x => $"{x.Id}: the walk visits {x.Walked} evidence items, its fields hold {x.Held}")
            .ToList();
        int nested = DatasetEvidence.All(Catalog).Count(x => x.Where.Contains('/'));

        Assert.True(missed.Count == 0, string.Join("\n", missed));
        Assert.Equal(DatasetCounts.NestedEvidenceItems, nested);
    }

    [Fact]
    public void Every_corpus_file_is_a_document_with_its_hash_language_and_title()
    {
        Assert.Equal(Corpus.Texts.Keys.Order(StringComparer.Ordinal), Catalog.Documents.Select(d => d.Id));
        foreach (Document document in Catalog.Documents)
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(Infrastructure.RepoPaths.Corpus, document.Id + ".txt"));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), document.Sha256);
            Assert.Matches("^(en|fr)$", document.Language);
            Assert.False(string.IsNullOrWhiteSpace(document.Title));
            Assert.NotNull(document.Published);
        }
    }

    [Fact]
    public void Every_capitalised_name_in_the_corpus_resolves_to_an_entity()
    {
        var forms = Catalog.Entities
            .SelectMany(e => e.Names.All.Select(n => n.Text).Concat(e.Aliases).Concat(e.Misspellings).Select(f => (Form: f, Entity: e.Id)))
            .Select(x => (x.Form, Folded: Corpus.FoldKeepingLength(x.Form), x.Entity))
            .OrderByDescending(x => x.Folded.Length)
            .ToList();
        var unresolved = new List<string>();

        foreach ((string document, string text) in Corpus.Texts)
        {
            string folded = Corpus.FoldKeepingLength(text);
            var covered = new bool[text.Length];
            foreach ((string form, string key, string _) in forms)
            {
                bool acronym = key.Length <= 4 && form.All(c => !char.IsLetter(c) || char.IsUpper(c));
                for (int at = folded.IndexOf(key, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(key, at + 1, StringComparison.Ordinal))
                {
                    int end = at + key.Length;
                    bool wholeWords = (at == 0 || !char.IsLetterOrDigit(folded[at - 1]) || !char.IsLetterOrDigit(key[0]))
                        && (end == folded.Length || !char.IsLetterOrDigit(folded[end]) || !char.IsLetterOrDigit(key[^1]));
                    if (wholeWords && (!acronym || text.Substring(at, key.Length) == form))
                    {
                        Array.Fill(covered, true, at, key.Length);
                    }
                }
            }

            foreach (Match word in Regex.Matches(text, @"\w+"))
            {
                if (char.IsUpper(word.Value[0]) && !covered[word.Index] && !Corpus.NotNames.Contains(word.Value) && !Corpus.IsBoilerplate(document, word.Index))
                {
                    unresolved.Add($"{document[..3]}@{word.Index}: {word.Value}");
                }
            }
        }

        Assert.True(unresolved.Count == 0, "Names that resolve to no entity (add the entity or alias, or list the word in Data/not-names.txt):\n" + string.Join("\n", unresolved));
    }

    [Fact]
    public void Every_boilerplate_pattern_matches_somewhere_in_the_corpus()
    {
        var stale = Corpus.Boilerplate.Where(pattern => !Corpus.Texts.Values.Any(pattern.IsMatch)).Select(pattern => pattern.ToString()).ToList();

        Assert.True(stale.Count == 0, "Patterns of Data/boilerplate.txt that match nothing:\n" + string.Join("\n", stale));
    }

    [Fact]
    public void No_name_is_shared_by_two_entities_unless_both_are_declared_ambiguous()
    {
        var shared = Catalog.Entities
            .SelectMany(e => e.Names.All.Select(n => n.Text).Concat(e.Aliases).Concat(e.Misspellings).Append(e.Id).Select(f => (Key: NameFolding.Fold(f), Entity: e)))
            .Distinct()
            .GroupBy(x => x.Key)
            .Where(g => g.Select(x => x.Entity.Id).Distinct().Count() > 1 && !g.All(x => x.Entity.IsAmbiguous))
            .Select(g => $"'{g.Key}': {string.Join(", ", g.Select(x => x.Entity.Id).Distinct())}")
            .ToList();

        Assert.True(shared.Count == 0, string.Join("\n", shared));
    }

    [Fact]
    public void Every_entity_has_English_and_French_names_and_every_country_an_ISO_code()
    {
        Assert.All(Catalog.Entities, e => Assert.False(e.Names["en"] is null || e.Names["fr"] is null, e.Id));
        Assert.All(Catalog.Countries, c => Assert.Matches("^[A-Z]{2}$", c.Iso));
    }

    [Fact]
    public void Every_direct_quote_in_the_corpus_is_a_statement_rendering()
    {
        var renderings = Catalog.Statements.SelectMany(s => s.Renderings).Select(r => r.Source).ToList();
        var missing = new List<string>();
        foreach ((string document, string text) in Corpus.Texts)
        {
            foreach (Match quote in Regex.Matches(text, "“([^”“]{12,})”|«([^»]{12,})»|\"([^\"]{12,})\""))
            {
                RegexGroup inner = quote.Groups.Cast<RegexGroup>().Skip(1).First(g => g.Success);
                bool covered = renderings.Any(r => r.Document == document && r.Start < inner.Index + inner.Length && inner.Index < r.Start + r.Quote.Length);
                bool quotedByAFact = Catalog.Facts.Any(f => f.Evidence.Any(e => e.Document == document && e.Start <= inner.Index && inner.Index + inner.Length <= e.Start + e.Quote.Length));
                if (!covered && !Corpus.IsBoilerplate(document, quote.Index) && !quotedByAFact)
                {
                    missing.Add($"{document[..3]}@{inner.Index}: {inner.Value}");
                }
            }
        }

        Assert.True(missing.Count == 0, "Quotes in no statement:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Coverage_report_every_article_cited_and_most_sentences_backed_by_a_fact()
    {
        var evidence = Catalog.Facts.SelectMany(f => f.Evidence.Select(e => (Fact: f, Evidence: e))).ToList();
        var report = new System.Text.StringBuilder("Coverage of the corpus by the dataset\n\nfacts per document:\n");
        foreach (string document in Corpus.Texts.Keys.Order(StringComparer.Ordinal))
        {
            int facts = evidence.Where(x => x.Evidence.Document == document).Select(x => x.Fact.Id).Distinct().Count();
            var sentences = Corpus.Sentences(document).ToList();
            int cited = sentences.Count(s => evidence.Any(x => x.Evidence.Document == document && x.Evidence.Start < s.End && s.Start < x.Evidence.Start + x.Evidence.Quote.Length));
            report.AppendLine($"  {document}: {facts} facts, {cited}/{sentences.Count} sentences cited");
            Assert.True(facts > 0, $"{document} is cited by no fact");
            Assert.True(cited >= sentences.Count * 0.9, $"{document}: only {cited} of {sentences.Count} sentences are cited");
        }

        report.AppendLine("entities per kind:");
        foreach (IGrouping<FactKind, Entity> kind in Catalog.Entities.GroupBy(e => e.Kind).OrderBy(g => g.Key))
        {
            report.AppendLine($"  {kind.Key}: {kind.Count()}");
        }

        report.AppendLine($"events {Catalog.Events.Count}, relations {Catalog.Relations.Count}, statements {Catalog.Statements.Count}, claims {Catalog.Claims.Count}, discrepancies {Catalog.Discrepancies.Count}");
        output.WriteLine(report.ToString());
    }
}
