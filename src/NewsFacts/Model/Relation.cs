namespace NewsFacts
{
    /// <summary>What a relation says of its subject and object.</summary>
    public enum RelationPredicate
    {
        /// <summary>The subject holds an office in the object (President of Russia).</summary>
        Office,

        /// <summary>The subject has a role at the object (spokesman, adviser, expert).</summary>
        Role,

        /// <summary>The subject is a member of the object.</summary>
        Membership,

        /// <summary>The subject is affiliated with the object.</summary>
        Affiliation,

        /// <summary>The subject is kin of the object; the role says how (father).</summary>
        Kinship,

        /// <summary>The subject and object are allies.</summary>
        Alliance,

        /// <summary>The subject supports the object.</summary>
        Support,

        /// <summary>The subject and object are partners.</summary>
        Partnership,

        /// <summary>The subject opposes the object.</summary>
        Opposition,

        /// <summary>The subject is located in the object.</summary>
        Location,
    }

    /// <summary>A lasting link between two entities: an office, a membership, kinship, an alliance…</summary>
    /// <param name="Id">The id.</param>
    /// <param name="Subject">Who or what the relation is about.</param>
    /// <param name="Predicate">What sort of link.</param>
    /// <param name="Role">A qualifier: the office, the kin, the role.</param>
    /// <param name="Object">The other end of the link.</param>
    /// <param name="Start">Since when it holds, if known.</param>
    /// <param name="End">Until when it held, if known.</param>
    /// <param name="Holders">Who the article attributes the relation to; empty when it is the article's own statement.</param>
    /// <param name="Modality">How the text presents the relation (asserted, reported, expected…); null when not stated.</param>
    /// <param name="Factuality">How certain each source holds it (FactBank: value and polarity per holder); empty when not recorded.</param>
    /// <param name="Description">A one-line description.</param>
    /// <param name="Evidence">The quotes the relation rests on.</param>
    public sealed record Relation(
        string Id,
        Entity Subject,
        RelationPredicate Predicate,
        string? Role,
        Entity Object,
        FactDate? Start,
        FactDate? End,
        ValueList<Entity> Holders,
        ClaimModality? Modality,
        ValueList<Factuality> Factuality,
        string? Description,
        ValueList<Evidence> Evidence)
        : Fact(Id, Description, Evidence)
    {
        private readonly FactReference<Entity>? _subject = FactReference<Entity>.To(Subject);
        private readonly FactReference<Entity>? _object = FactReference<Entity>.To(Object);

        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Relation;

        /// <summary>Who or what the relation is about; resolved on first read.</summary>
        public Entity Subject
        {
            get => (_subject?.Value)!;
            init => _subject = FactReference<Entity>.To(value);
        }

        /// <summary>The other end of the link; resolved on first read.</summary>
        public Entity Object
        {
            get => (_object?.Value)!;
            init => _object = FactReference<Entity>.To(value);
        }

        /// <summary>Set by the catalog: the subject as a reference it resolves on first read.</summary>
        internal FactReference<Entity> SubjectReference
        {
            init => _subject = value;
        }

        /// <summary>Set by the catalog: the object as a reference it resolves on first read.</summary>
        internal FactReference<Entity> ObjectReference
        {
            init => _object = value;
        }
    }
}
