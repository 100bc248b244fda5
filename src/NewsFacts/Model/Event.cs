namespace NewsFacts
{
    /// <summary>Whether an event had happened when the articles were written.</summary>
    public enum EventStatus
    {
        /// <summary>It happened.</summary>
        Occurred,

        /// <summary>It was expected or planned.</summary>
        Expected,

        /// <summary>It was under way.</summary>
        Ongoing,
    }

    /// <summary>Something that happened or was expected: a visit, a meeting, a signing, a vote…</summary>
    /// <param name="Id">The id.</param>
    /// <param name="EventKind">What sort of event, as lowercase words joined by hyphens (<c>state-visit</c>).</param>
    /// <param name="Status">Whether it happened.</param>
    /// <param name="Names">Its names per language.</param>
    /// <param name="Start">When it started, as precisely as known.</param>
    /// <param name="End">When it ended, if it spans days.</param>
    /// <param name="DateWording">The article's own words for the date ("on Tuesday").</param>
    /// <param name="DateNote">How the date was resolved from relative wording, and whether that is an inference.</param>
    /// <param name="Place">Where it took place.</param>
    /// <param name="Participants">Who took part.</param>
    /// <param name="Holders">Who the article attributes the event to ("according to Ushakov"); empty when it is the article's own statement.</param>
    /// <param name="Modality">How the text presents the event (asserted, reported, expected…); null when not stated.</param>
    /// <param name="Factuality">How certain each source holds it (FactBank: value and polarity per holder); empty when not recorded.</param>
    /// <param name="Description">A one-line description.</param>
    /// <param name="Evidence">The quotes the event rests on.</param>
    public sealed record Event(
        string Id,
        string EventKind,
        EventStatus Status,
        Names Names,
        FactDate? Start,
        FactDate? End,
        string? DateWording,
        string? DateNote,
        Entity? Place,
        ValueList<Entity> Participants,
        ValueList<Entity> Holders,
        ClaimModality? Modality,
        ValueList<Factuality> Factuality,
        string? Description,
        ValueList<Evidence> Evidence)
        : Fact(Id, Description, Evidence)
    {
        private readonly FactReference<Entity>? _place = FactReference<Entity>.To(Place);

        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Event;

        /// <summary>Where it took place; resolved on first read.</summary>
        public Entity? Place
        {
            get => _place?.Value;
            init => _place = FactReference<Entity>.To(value);
        }

        /// <summary>The English name, else the first name.</summary>
        public string Name => Names.Default;

        /// <summary>Set by the catalog: the place as a reference it resolves on first read.</summary>
        internal FactReference<Entity>? PlaceReference
        {
            init => _place = value;
        }

        /// <inheritdoc/>
        private protected override string? Label => Names?.Default;
    }
}
