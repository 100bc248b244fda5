namespace NewsFacts
{
    /// <summary>What sort of discrepancy.</summary>
    public enum DiscrepancyKind
    {
        /// <summary>Articles disagree with each other.</summary>
        Disagreement,

        /// <summary>A misspelling in an article.</summary>
        Typo,

        /// <summary>A (machine) translation that says something else than its source.</summary>
        Mistranslation,

        /// <summary>An article is plainly wrong or garbled.</summary>
        Error,

        /// <summary>No discrepancy: articles agree where they might have differed (a note that two wordings say the same).</summary>
        Corroboration,
    }

    /// <summary>Where articles disagree or one is wrong, and which reading the dataset takes.</summary>
    /// <param name="Id">The id.</param>
    /// <param name="DiscrepancyKind">What sort of discrepancy.</param>
    /// <param name="Description">What is wrong or disputed.</param>
    /// <param name="Reading">Which reading the dataset takes, and why.</param>
    /// <param name="Readings">The competing readings, ranked (preferred, normal, deprecated); empty when not recorded.</param>
    /// <param name="About">The facts it concerns.</param>
    /// <param name="Evidence">One quote per document involved.</param>
    public sealed record Discrepancy(
        string Id,
        DiscrepancyKind DiscrepancyKind,
        string? Description,
        string Reading,
        ValueList<Reading> Readings,
        ValueList<Fact> About,
        ValueList<Evidence> Evidence)
        : Fact(Id, Description, Evidence)
    {
        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Discrepancy;

        /// <summary>The first reading ranked preferred, the one the dataset takes; null when none is.</summary>
        public Reading? PreferredReading
        {
            get
            {
                foreach (Reading reading in Readings)
                {
                    if (reading.Rank == ReadingRank.Preferred)
                    {
                        return reading;
                    }
                }

                return null;
            }
        }
    }
}
