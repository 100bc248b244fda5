namespace NewsFacts
{
    /// <summary>How a discrepancy ranks one of its readings, as Wikidata ranks statements.</summary>
    public enum ReadingRank
    {
        /// <summary>The reading the dataset takes.</summary>
        Preferred,

        /// <summary>A reading that stands, but is not the one taken.</summary>
        Normal,

        /// <summary>A reading known to be wrong (a typo, an error, a mistranslation), kept so it can be recognized.</summary>
        Deprecated,
    }

    /// <summary>One of the competing readings a discrepancy ranks, with the documents that give it and its own evidence.</summary>
    /// <param name="Text">The reading: the value as one side gives it (<c>Andrei Belousov</c>).</param>
    /// <param name="Rank">How the dataset ranks it.</param>
    /// <param name="Documents">The ids of the documents that give this reading.</param>
    /// <param name="Note">Why it is ranked so, if said.</param>
    /// <param name="Evidence">The quotes that give the reading.</param>
    public sealed record Reading(
        string Text,
        ReadingRank Rank,
        ValueList<string> Documents,
        string? Note,
        ValueList<Evidence> Evidence);
}
