namespace NewsFacts
{
    /// <summary>The kind of a fact.</summary>
    public enum FactKind
    {
        /// <summary>A <see cref="NewsFacts.Person"/>.</summary>
        Person,

        /// <summary>A <see cref="NewsFacts.Country"/>.</summary>
        Country,

        /// <summary>An <see cref="NewsFacts.Organization"/>.</summary>
        Organization,

        /// <summary>A <see cref="NewsFacts.Place"/>.</summary>
        Place,

        /// <summary>A <see cref="NewsFacts.Group"/>.</summary>
        Group,

        /// <summary>An <see cref="NewsFacts.Event"/>.</summary>
        Event,

        /// <summary>A <see cref="NewsFacts.Relation"/>.</summary>
        Relation,

        /// <summary>A <see cref="NewsFacts.Statement"/>.</summary>
        Statement,

        /// <summary>A <see cref="NewsFacts.Claim"/>.</summary>
        Claim,

        /// <summary>A <see cref="NewsFacts.Discrepancy"/>.</summary>
        Discrepancy,

        /// <summary>A fact of a kind a dataset declares itself (<see cref="NewsFacts.CustomFact"/>); <see cref="CustomFact.KindName"/> says which.</summary>
        Custom,
    }
}
