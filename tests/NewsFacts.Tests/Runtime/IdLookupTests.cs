using System.Reflection;
using NewsFacts.Internal;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Runtime;

/// <summary>
/// A catalog's first lookups by id binary-search each table's ids; once lookups repeat it builds a dictionary of
/// every id. Both must find the same record, and nothing, for every id a dataset has and does not have.
/// </summary>
public class IdLookupTests
{
    // The catalog builds its id dictionary after a few dozen searches; this many misses make sure it has.
    private const int LookupsThatBuildTheIdIndex = 1000;

    [Fact]
    public void Every_id_of_the_built_in_dataset_is_found_alike_by_search_and_by_the_id_dictionary()
    {
        FactTables tables = TablesOf(typeof(Dataset));
        string[] ids = Dataset.Catalog.Facts.Select(f => f.Id).Concat(Dataset.Catalog.Documents.Select(d => d.Id)).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());

        FactCatalog indexed = Indexed(new FactCatalog(tables));
        foreach (string id in ids)
        {
            var catalog = new FactCatalog(tables);
            object? searched = Lookup(catalog, id);

            Assert.Equal(id, IdOf(searched));
            Assert.Equal(Lookup(indexed, id), searched);
            Assert.Same(searched, Lookup(Indexed(catalog), id));
        }
    }

    [Fact]
    public void Ids_the_built_in_dataset_does_not_have_are_found_by_neither()
    {
        FactTables tables = TablesOf(typeof(Dataset));
        var known = new HashSet<string>(Dataset.Catalog.Facts.Select(f => f.Id).Concat(Dataset.Catalog.Documents.Select(d => d.Id)), StringComparer.Ordinal);

        // Around every id: its prefixes and extensions (prefixes of other ids among them), other cases, other characters.
        var absent = new List<string> { string.Empty, "-", "0", "a", "zzzz", "Vladimir-Putin", " vladimir-putin", "vladimir-putïn", "vladimir\u001Fputin", "\uD83D\uDE00" };
        foreach (string id in known)
        {
            absent.AddRange(new[] { id[..^1], id + "-", id + "a", id + "é", id.ToUpperInvariant(), id[..(id.Length / 2)] });
        }

        absent.RemoveAll(known.Contains);
        FactCatalog indexed = Indexed(new FactCatalog(tables));
        foreach (string id in absent.Distinct(StringComparer.Ordinal))
        {
            var catalog = new FactCatalog(tables);
            Assert.Null(Lookup(catalog, id));
            Assert.Null(Lookup(Indexed(catalog), id));
            Assert.Null(Lookup(indexed, id));
        }
    }

    [Fact]
    public void Documents_are_found_only_as_documents_and_facts_only_as_facts()
    {
        var catalog = new FactCatalog(TablesOf(typeof(Dataset)));
        string document = Dataset.Catalog.Documents[0].Id;

        Assert.Null(catalog.Find(document));
        Assert.Equal(document, catalog.FindDocument(document)?.Id);
        Assert.Null(catalog.FindDocument(FactIds.People.VladimirPutin));
        Assert.Same(catalog.Find(FactIds.People.VladimirPutin), Indexed(catalog).Find(FactIds.People.VladimirPutin));
        Assert.Null(catalog.Find(document));
        Assert.Throws<ArgumentNullException>(() => catalog.Find(null!));
        Assert.Throws<ArgumentNullException>(() => catalog.FindDocument(null!));
    }

    [Fact]
    public void Ids_of_declared_kinds_are_found_alike_by_search_and_by_the_id_dictionary()
    {
        const string Yaml = """
            schema: 1
            kinds:
              - name: missile
                fields:
                  - { name: range-km, type: number }
                  - { name: maker, type: reference, refersTo: country }
              - name: book
                fields:
                  - { name: about, type: references, refersTo: entity }
            documents:
              - { id: doc-1, language: en, title: Notes }
              - { id: doc-2, language: fr, title: Notes }
            entities:
              - { id: hermit-kingdom, kind: country, names: { en: North Korea }, evidence: [{ document: doc-1, quote: x, start: 0 }] }
              - { id: kim-x, kind: person, names: { en: Kim }, evidence: [{ document: doc-1, quote: x, start: 0 }] }
            missiles:
              - { id: kn-23, names: { en: KN-23 }, range-km: 690, maker: hermit-kingdom, evidence: [{ document: doc-1, quote: x, start: 0 }] }
              - { id: kn-2, names: { en: KN-2 }, evidence: [{ document: doc-1, quote: x, start: 0 }] }
              - { id: kn-24, names: { en: KN-24 }, maker: hermit-kingdom, evidence: [{ document: doc-1, quote: x, start: 0 }] }
            books:
              - { id: a-book, names: { en: A book }, about: [kim-x, hermit-kingdom], evidence: [{ document: doc-2, quote: x, start: 0 }] }
            """;
        GeneratorRun run = GeneratorHarness.Run(("weapons.facts.yaml", Yaml));
        Assert.Empty(run.Diagnostics);
        FactTables tables = TablesOf(run.Load().GetType("Consumer.Facts.Dataset")!);

        FactCatalog indexed = Indexed(new FactCatalog(tables));
        foreach (string id in new[] { "kn-2", "kn-23", "kn-24", "a-book", "hermit-kingdom", "kim-x", "doc-1", "doc-2" })
        {
            var catalog = new FactCatalog(tables);
            object? searched = Lookup(catalog, id);

            Assert.Equal(id, IdOf(searched));
            Assert.Equal(Lookup(indexed, id), searched);
            Assert.Same(searched, Lookup(Indexed(catalog), id));
        }

        foreach (string id in new[] { "kn", "kn-", "kn-22", "kn-230", "kn-3", "a", "a-book-", "doc", "doc-3", "zzz" })
        {
            Assert.Null(Lookup(new FactCatalog(tables), id));
            Assert.Null(Lookup(indexed, id));
        }
    }

    [Fact]
    public void Ids_with_escapes_and_characters_beyond_ASCII_are_found_in_ordinal_order()
    {
        // Not ids the generator accepts, but tables may hold them: ordered as the generator orders ids (ordinal,
        // UTF-16), where U+1F600 comes before U+FFFD although its UTF-8 bytes come after.
        string[] ids = { "a", "ab", "b\u001Fc", "bb", "z", "é", "éa", "\uD83D\uDE00", "\uFFFD" };
        Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal), ids);
        var tables = new HandMadeTables(ids.Select(id => HandMadeTables.EntityRow(FactTableFormat.EscapeValue(id), "Name")));

        FactCatalog indexed = Indexed(new FactCatalog(tables));
        foreach (string id in ids)
        {
            Assert.Equal(id, new FactCatalog(tables).Find(id)?.Id);
            Assert.Equal(id, indexed.Find(id)?.Id);
        }

        foreach (string id in new[] { "b", "b\u001F", "b\u001Fcc", "e", "\u00E9b", "\uD83D", "\uFFFE", "\uFFFD\uFFFD" })
        {
            Assert.Null(new FactCatalog(tables).Find(id));
            Assert.Null(indexed.Find(id));
        }
    }

    private static object? Lookup(FactCatalog catalog, string id) => (object?)catalog.Find(id) ?? catalog.FindDocument(id);

    private static string? IdOf(object? record) => record switch
    {
        Fact fact => fact.Id,
        Document document => document.Id,
        _ => null,
    };

    private static FactCatalog Indexed(FactCatalog catalog)
    {
        for (int i = 0; i < LookupsThatBuildTheIdIndex; i++)
        {
            Assert.Null(catalog.Find("no-such-id"));
        }

        return catalog;
    }

    // A dataset's generated tables are private; a second instance gives fresh catalogs over the same data.
    private static FactTables TablesOf(Type dataset) =>
        (FactTables)Activator.CreateInstance(dataset.GetNestedType("Tables", BindingFlags.NonPublic)!, nonPublic: true)!;
}
