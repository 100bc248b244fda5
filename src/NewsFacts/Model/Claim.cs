namespace NewsFacts
{
    /// <summary>How a claim is held.</summary>
    public enum ClaimModality
    {
        /// <summary>Its holders assert it.</summary>
        Asserted,

        /// <summary>The article reports it, attributed to its holders.</summary>
        Reported,

        /// <summary>Its holders deny it.</summary>
        Denied,

        /// <summary>Its holders expect it.</summary>
        Expected,

        /// <summary>It is put as a possibility.</summary>
        Hypothetical,
    }

    /// <summary>An accusation, denial, expectation or assessment, with who holds it.</summary>
    /// <param name="Id">The id.</param>
    /// <param name="Text">What is claimed.</param>
    /// <param name="Modality">How it is held.</param>
    /// <param name="Holders">Who holds it.</param>
    /// <param name="About">Whom or what it is about.</param>
    /// <param name="Factuality">How certain each source holds it (FactBank: value and polarity per holder); empty when not recorded.</param>
    /// <param name="Description">A one-line description.</param>
    /// <param name="Evidence">The quotes the claim rests on.</param>
    public sealed record Claim(
        string Id,
        string Text,
        ClaimModality Modality,
        ValueList<Entity> Holders,
        ValueList<Entity> About,
        ValueList<Factuality> Factuality,
        string? Description,
        ValueList<Evidence> Evidence)
        : Fact(Id, Description, Evidence)
    {
        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Claim;
    }
}
