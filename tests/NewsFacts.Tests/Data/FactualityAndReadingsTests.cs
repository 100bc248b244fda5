namespace NewsFacts.Tests.Data;

/// <summary>The counts of the curated factuality and readings (issue 14) that the dataset tests pin.</summary>
internal static class DatasetCounts
{
    /// <summary>Factuality items over all events (54), relations (51) and claims (59).</summary>
    public const int FactualityItems = 164;

    /// <summary>Readings over all discrepancies: 14 preferred, 24 normal, 8 deprecated.</summary>
    public const int Readings = 46;

    /// <summary>Evidence items nested in factuality items (286) and readings (66).</summary>
    public const int NestedEvidenceItems = 352;
}

/// <summary>
/// The curated factuality per holder and ranked readings of the compiled dataset, through the typed members and the
/// catalog: who holds what how certainly, which reading the dataset prefers, and that every item rests on evidence.
/// </summary>
public class FactualityAndReadingsTests
{
    private static readonly Corpus Corpus = Corpus.Instance;
    private static FactCatalog Catalog => Dataset.Catalog;

    private static IEnumerable<(Fact Fact, Factuality Item)> AllFactuality() =>
        Catalog.Events.SelectMany(e => e.Factuality.Select(f => ((Fact)e, f)))
            .Concat(Catalog.Relations.SelectMany(r => r.Factuality.Select(f => ((Fact)r, f))))
            .Concat(Catalog.Claims.SelectMany(c => c.Factuality.Select(f => ((Fact)c, f))));

    private static (string? Holder, FactualityValue Value, FactualityPolarity Polarity)[] Stances(ValueList<Factuality> items) =>
        items.Select(f => (f.Holder?.Id, f.Value, f.Polarity)).ToArray();

    [Fact]
    public void The_United_States_hold_it_certain_that_North_Korean_missiles_are_used_and_artillery_supplied()
    {
        Assert.Contains(("united-states", FactualityValue.Certain, FactualityPolarity.Positive), Stances(Claims.NorthKoreanMissilesStrikeUkrainianTargets.Factuality));
        Assert.Contains(("john-kirby", FactualityValue.Certain, FactualityPolarity.Positive), Stances(Claims.NorthKoreanMissilesStrikeUkrainianTargets.Factuality));
        Assert.Equal(
            new (string?, FactualityValue, FactualityPolarity)[] { ("united-states", FactualityValue.Certain, FactualityPolarity.Positive), ("south-korea", FactualityValue.Certain, FactualityPolarity.Positive) },
            Stances(Claims.PyongyangSuppliesArtilleryForFoodAndTechnology.Factuality));
        Assert.Equal("CT+", Claims.NorthKoreanMissilesStrikeUkrainianTargets.Factuality.First(f => f.Holder?.Id == "united-states").Code);
    }

    [Fact]
    public void Russia_and_North_Korea_deny_an_arms_deal_but_no_item_has_them_deny_the_deliveries()
    {
        // 004: "La Corée du Nord et la Russie nient l’existence d’un accord d’armement" — a denial of the deal, not of the deliveries.
        Assert.Equal(
            new (string?, FactualityValue, FactualityPolarity)[] { ("north-korea", FactualityValue.Certain, FactualityPolarity.Negative), ("russia", FactualityValue.Certain, FactualityPolarity.Negative) },
            Stances(Claims.NoArmsDealBetweenNorthKoreaAndRussia.Factuality));
        Assert.All(Claims.NoArmsDealBetweenNorthKoreaAndRussia.Factuality, f => Assert.Contains("nient l’existence d’un accord d’armement", f.Evidence.Single().Quote, StringComparison.Ordinal));
        Assert.NotNull(Claims.NoArmsDealBetweenNorthKoreaAndRussia.Factuality[0].Note);

        var negatives = AllFactuality().Where(x => x.Item.Polarity == FactualityPolarity.Negative).Select(x => x.Fact.Id).Distinct();
        Assert.Equal(new[] { "no-arms-deal-between-north-korea-and-russia" }, negatives);
        Assert.Equal(
            new (string?, FactualityValue, FactualityPolarity)[] { ("americans-and-europeans", FactualityValue.Certain, FactualityPolarity.Positive) },
            Stances(Claims.NorthKoreaDeliversMunitionsToRussia.Factuality));
    }

    [Fact]
    public void An_announced_event_is_certain_for_its_announcer_and_probable_in_the_articles_own_conditional()
    {
        Assert.Equal(
            new (string?, FactualityValue, FactualityPolarity)[] { ("yuri-ushakov", FactualityValue.Certain, FactualityPolarity.Positive), (null, FactualityValue.Probable, FactualityPolarity.Positive) },
            Stances(Events.ConcertInPutinsHonour.Factuality));
        Assert.Equal(ClaimModality.Expected, Events.ConcertInPutinsHonour.Modality);
        Factuality own = Events.PutinStayAtKumsusan.Factuality.Single();
        Assert.Null(own.Holder);
        Assert.Equal(FactualityValue.Unknown, own.Value);
        // FactBank has no U+: an unknown value is of unknown polarity (Uu).
        Assert.Equal(FactualityPolarity.Unknown, own.Polarity);
        Assert.Equal("Uu", own.Code);
        Assert.All(Catalog.Events.SelectMany(e => e.Factuality).Concat(Catalog.Relations.SelectMany(r => r.Factuality)).Concat(Catalog.Claims.SelectMany(c => c.Factuality)).Where(f => f.Value == FactualityValue.Unknown), f => Assert.Equal(FactualityPolarity.Unknown, f.Polarity));
        Assert.StartsWith("Selon certaines informations", own.Evidence.Single().Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_event_relation_and_claim_has_factuality_and_the_counts_are_the_curated_ones()
    {
        Assert.All(Catalog.Events, e => Assert.NotEmpty(e.Factuality));
        Assert.All(Catalog.Relations, r => Assert.NotEmpty(r.Factuality));
        Assert.All(Catalog.Claims, c => Assert.NotEmpty(c.Factuality));
        Assert.Equal(54, Catalog.Events.Sum(e => e.Factuality.Count));
        Assert.Equal(51, Catalog.Relations.Sum(r => r.Factuality.Count));
        Assert.Equal(59, Catalog.Claims.Sum(c => c.Factuality.Count));
        Assert.Equal(DatasetCounts.FactualityItems, AllFactuality().Count());
        Assert.Equal(DatasetCounts.Readings, Catalog.Discrepancies.Sum(d => d.Readings.Count));
        Assert.Equal(
            new[] { (ReadingRank.Preferred, 14), (ReadingRank.Normal, 24), (ReadingRank.Deprecated, 8) },
            Catalog.Discrepancies.SelectMany(d => d.Readings).GroupBy(r => r.Rank).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())));
    }

    [Fact]
    public void Every_factuality_item_and_reading_rests_on_evidence_that_stands_verbatim_in_the_corpus()
    {
        var problems = new List<string>();
        foreach ((Fact fact, Factuality item) in AllFactuality())
        {
            if (item.Evidence.Count == 0)
            {
                problems.Add($"{fact.Id}: a factuality item without evidence");
            }

            problems.AddRange(item.Evidence.Select(e => DatasetEvidence.QuoteProblem(Corpus, fact.Id, e) ?? DatasetEvidence.ContextProblem(Corpus, fact.Id, e)).OfType<string>());
        }

        foreach (Discrepancy d in Catalog.Discrepancies)
        {
            foreach (Reading reading in d.Readings)
            {
                if (reading.Evidence.Count == 0)
                {
                    problems.Add($"{d.Id}: reading '{reading.Text}' without evidence");
                }

                if (!reading.Documents.Order(StringComparer.Ordinal).SequenceEqual(reading.Evidence.Select(e => e.Document).Distinct().Order(StringComparer.Ordinal)))
                {
                    problems.Add($"{d.Id}: reading '{reading.Text}' names documents [{string.Join(", ", reading.Documents)}], its evidence others");
                }

                problems.AddRange(reading.Evidence.Select(e => DatasetEvidence.QuoteProblem(Corpus, d.Id, e) ?? DatasetEvidence.ContextProblem(Corpus, d.Id, e)).OfType<string>());
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void An_altered_nested_quote_is_reported_by_the_dataset_walk()
    {
        Claim claim = Claims.NoArmsDealBetweenNorthKoreaAndRussia;
        Factuality first = claim.Factuality[0];
        Evidence evidence = first.Evidence[0];
        Claim altered = claim with
        {
            Factuality = ValueList<Factuality>.Create(claim.Factuality.Skip(1).Prepend(first with
            {
                Evidence = ValueList<Evidence>.Create(new[] { evidence with { Quote = evidence.Quote.Replace("nient", "admettent", StringComparison.Ordinal) } }),
            })),
        };

        Assert.Empty(DatasetEvidence.Walk(claim).Select(x => DatasetEvidence.QuoteProblem(Corpus, x.Where, x.Item)).OfType<string>());
        string problem = Assert.Single(DatasetEvidence.Walk(altered).Select(x => DatasetEvidence.QuoteProblem(Corpus, x.Where, x.Item)).OfType<string>());
        Assert.StartsWith("no-arms-deal-between-north-korea-and-russia/factuality[0]:", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Belousov_is_preferred_in_the_English_romanisation_and_the_mixed_spelling_is_deprecated()
    {
        Discrepancy spellings = Discrepancies.BelousovSpellings;

        Assert.Equal("Andrei Belousov", spellings.PreferredReading?.Text);
        Assert.Equal(new[] { "004_1b5579975db1982e" }, spellings.PreferredReading!.Documents);
        Assert.Equal(
            new[] { ("Andrei Belousov", ReadingRank.Preferred), ("Andreï Belooussov", ReadingRank.Normal), ("Andrei Beloussov", ReadingRank.Deprecated) },
            spellings.Readings.Select(r => (r.Text, r.Rank)));
        Assert.Contains("transliteration", spellings.PreferredReading.Note, StringComparison.Ordinal);
        Assert.Equal("Kim Jong-un", Discrepancies.KimJongUnSpelledKimJungUn.PreferredReading?.Text);
        Assert.Null(Discrepancies.AllianceVsCountriesAsThreat.PreferredReading);
    }

    [Fact]
    public void Corroborations_rank_no_readings_and_no_discrepancy_prefers_two()
    {
        Assert.All(Catalog.Discrepancies.Where(d => d.DiscrepancyKind == DiscrepancyKind.Corroboration), d => Assert.Empty(d.Readings));
        Assert.All(Catalog.Discrepancies, d => Assert.True(d.Readings.Count(r => r.Rank == ReadingRank.Preferred) <= 1, d.Id));
        Assert.Equal(6, Catalog.Discrepancies.Count(d => d.DiscrepancyKind == DiscrepancyKind.Corroboration));
    }
}
