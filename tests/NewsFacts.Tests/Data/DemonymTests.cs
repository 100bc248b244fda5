using System.Text.RegularExpressions;

namespace NewsFacts.Tests.Data;

/// <summary>
/// Adjectives and nouns of nationality ("Russian", "russe", "nord-coréenne", "Western", "occidentales")
/// resolve to their country (or to the West, or to Korea) in both languages alike, as aliases of that entity.
/// </summary>
public class DemonymTests
{
    /// <summary>Every demonym form met in the corpus, English and French, with the entity it stands for.</summary>
    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["Russian"] = "russia",
        ["russe"] = "russia",
        ["russes"] = "russia",
        ["North Korean"] = "north-korea",
        ["North Koreans"] = "north-korea",
        ["nord-coréen"] = "north-korea",
        ["nord-coréenne"] = "north-korea",
        ["nord-coréens"] = "north-korea",
        ["Nord-Coréens"] = "north-korea",
        ["South Korean"] = "south-korea",
        ["sud-coréen"] = "south-korea",
        ["sud-coréenne"] = "south-korea",
        ["Korean"] = "korea",
        ["coréenne"] = "korea",
        ["Chinese"] = "china",
        ["chinois"] = "china",
        ["American"] = "united-states",
        ["Americans"] = "united-states",
        ["Américains"] = "united-states",
        ["américaine"] = "united-states",
        ["américaines"] = "united-states",
        ["Ukrainian"] = "ukraine",
        ["ukrainien"] = "ukraine",
        ["ukrainiennes"] = "ukraine",
        ["Soviet"] = "soviet-union",
        ["soviétique"] = "soviet-union",
        ["Western"] = "the-west",
        ["occidentales"] = "the-west",
        ["Occidentaux"] = "the-west",
    };

    /// <summary>
    /// The demonyms of the dataset's countries, of Korea and of the West, in every gender and number, English and French.
    /// ("Européens"/"Europeans" and "asiatique" are left out: the dataset has no Europe or Asia entity.)
    /// </summary>
    private static readonly Regex Demonym = new(
        @"(?<![\w-])(?:(?:North|South) )?(?:Russian|Korean|Chinese|American|Ukrainian|Soviet|Western|Iranian|Vietnamese|Japanese)s?(?![\w-])"
        + @"|(?<![\w-])(?:(?:[Nn]ord|[Ss]ud)-)?(?:[Rr]usses?|[Cc]oréen(?:ne)?s?|[Cc]hinois(?:es?)?|[Aa]méricain(?:e)?s?|[Uu]krainien(?:ne)?s?|[Ss]oviétiques?|[Oo]ccidenta(?:l|le|les|ux)|[Ii]ranien(?:ne)?s?|[Vv]ietnamien(?:ne)?s?|[Jj]aponais(?:es?)?)(?![\w-])",
        RegexOptions.CultureInvariant);

    public static TheoryData<string, string> Demonyms()
    {
        var data = new TheoryData<string, string>();
        foreach ((string form, string id) in Expected)
        {
            data.Add(form, id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Demonyms))]
    public void A_demonym_finds_its_country(string demonym, string entityId)
    {
        Assert.Equal(entityId, Dataset.Catalog.FindEntity(demonym)?.Id);
    }

    [Fact]
    public void Every_demonym_of_the_corpus_is_listed_and_every_listed_one_occurs()
    {
        var met = Corpus.Instance.Texts
            .SelectMany(t => Demonym.Matches(t.Value).Select(m => (Document: t.Key, m.Index, m.Value)))
            .ToList();

        var unlisted = met.Where(m => !Expected.ContainsKey(m.Value)).Select(m => $"{m.Document[..3]}@{m.Index}: {m.Value}").ToList();
        var stale = Expected.Keys.Where(form => met.All(m => m.Value != form)).ToList();

        Assert.True(unlisted.Count == 0, "Demonyms of the corpus missing from the list:\n" + string.Join("\n", unlisted));
        Assert.True(stale.Count == 0, "Listed demonyms that the corpus does not use:\n" + string.Join("\n", stale));
    }
}
