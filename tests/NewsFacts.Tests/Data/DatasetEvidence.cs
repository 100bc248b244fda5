namespace NewsFacts.Tests.Data;

/// <summary>
/// Every evidence item of the compiled dataset, wherever it is nested: a fact's own evidence (a statement's starts
/// with its renderings' sources), each factuality item of an event, a relation or a claim, and each reading of a
/// discrepancy. The dataset tests check quotes, offsets and context over this one walk.
/// </summary>
internal static class DatasetEvidence
{
    /// <summary>The field types whose values hold evidence; <see cref="Walk"/> visits each of them.</summary>
    public static readonly IReadOnlySet<FactFieldType> EvidenceFieldTypes = new HashSet<FactFieldType>
    {
        FactFieldType.Evidence, FactFieldType.Renderings, FactFieldType.Factuality, FactFieldType.Readings,
    };

    /// <summary>The field types that hold no evidence.</summary>
    public static readonly IReadOnlySet<FactFieldType> PlainFieldTypes = new HashSet<FactFieldType>
    {
        FactFieldType.Id, FactFieldType.Text, FactFieldType.Names, FactFieldType.Date, FactFieldType.Number,
        FactFieldType.Flag, FactFieldType.Word, FactFieldType.Reference, FactFieldType.References, FactFieldType.TextList,
    };

    /// <summary>Every evidence item of every fact of the catalog, with where it is (<c>claim-id/factuality[1]</c>).</summary>
    public static IEnumerable<(string Where, Evidence Item)> All(FactCatalog catalog) => catalog.Facts.SelectMany(Walk);

    /// <summary>A fact's evidence items: its own, then those of its factuality items or readings.</summary>
    public static IEnumerable<(string Where, Evidence Item)> Walk(Fact fact)
    {
        foreach (Evidence e in fact.Evidence)
        {
            yield return (fact.Id, e);
        }

        ValueList<Factuality> factuality = fact switch
        {
            Event e => e.Factuality,
            Relation r => r.Factuality,
            Claim c => c.Factuality,
            _ => ValueList<Factuality>.Empty,
        };
        for (int i = 0; i < factuality.Count; i++)
        {
            foreach (Evidence e in factuality[i].Evidence)
            {
                yield return ($"{fact.Id}/factuality[{i}]", e);
            }
        }

        if (fact is Discrepancy d)
        {
            for (int i = 0; i < d.Readings.Count; i++)
            {
                foreach (Evidence e in d.Readings[i].Evidence)
                {
                    yield return ($"{fact.Id}/readings[{i}]", e);
                }
            }
        }
    }

    /// <summary>
    /// How many evidence items a fact's fields hold, counted over <see cref="FactCatalog.Fields(Fact)"/>, the walk of the
    /// description: a field type this class does not know fails, so a new nested field cannot slip past <see cref="Walk"/>.
    /// </summary>
    public static int CountThroughFields(FactCatalog catalog, Fact fact)
    {
        int count = 0;
        foreach (FactField field in catalog.Fields(fact))
        {
            count += field.Value switch
            {
                _ when PlainFieldTypes.Contains(field.Type) => 0,
                IReadOnlyList<Evidence> items when field.Type == FactFieldType.Evidence => items.Count,
                IReadOnlyList<Rendering> => 0, // a statement's evidence field already starts with its renderings' sources
                IReadOnlyList<Factuality> items => items.Sum(f => f.Evidence.Count),
                IReadOnlyList<Reading> items => items.Sum(r => r.Evidence.Count),
                _ => throw new InvalidOperationException($"{fact.Id}: field '{field.Key}' of type {field.Type} is not walked for evidence"),
            };
        }

        return count;
    }

    /// <summary>What is wrong with an item against the corpus: null when its quote stands verbatim at its offset.</summary>
    public static string? QuoteProblem(Corpus corpus, string where, Evidence e)
    {
        if (!corpus.Texts.TryGetValue(e.Document, out string? text))
        {
            return $"{where}: unknown document {e.Document}";
        }

        if (e.Quote.Length == 0 || e.Start < 0 || e.Start + e.Quote.Length > text.Length || string.CompareOrdinal(text, e.Start, e.Quote, 0, e.Quote.Length) != 0)
        {
            int found = text.IndexOf(e.Quote, StringComparison.Ordinal);
            return $"{where}: “{e.Quote}” is not at {e.Start} in {e.Document}" + (found >= 0 ? $" (it is at {found})" : " (nowhere in the document)");
        }

        return null;
    }

    /// <summary>What is wrong with an item's compiled context: null when prefix + quote + suffix is the corpus text around it.</summary>
    public static string? ContextProblem(Corpus corpus, string where, Evidence e)
    {
        if (!corpus.Texts.TryGetValue(e.Document, out string? text))
        {
            return $"{where}: unknown document {e.Document}";
        }

        if (e.Prefix is null || e.Suffix is null)
        {
            return $"{where}: no prefix or suffix for the quote at {e.Document}:{e.Start}";
        }

        int from = e.Start - e.Prefix.Length;
        int length = e.Prefix.Length + e.Quote.Length + e.Suffix.Length;
        bool whole = e.Prefix.Length == Math.Min(32, e.Start) || (e.Prefix.Length == 31 && char.IsLowSurrogate(text[e.Start - 32]));
        if (e.End != e.Start + e.Quote.Length || from < 0 || from + length > text.Length
            || text.Substring(from, length) != e.Prefix + e.Quote + e.Suffix || !whole)
        {
            return $"{where}: {e.Document}:{e.Start} prefix '{e.Prefix}' suffix '{e.Suffix}'";
        }

        return null;
    }
}
