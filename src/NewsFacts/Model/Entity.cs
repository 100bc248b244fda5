namespace NewsFacts
{
    /// <summary>Someone or something the articles name: a person, country, organization, place or group.</summary>
    /// <param name="Id">The id.</param>
    /// <param name="Names">The names per language.</param>
    /// <param name="Aliases">Other surface forms met in the corpus.</param>
    /// <param name="Misspellings">Surface forms met in the corpus that are misspellings; they resolve too.</param>
    /// <param name="IsAmbiguous">Whether some of its aliases are shared with another entity on purpose.</param>
    /// <param name="Description">A one-line description.</param>
    /// <param name="Evidence">The quotes the entity rests on.</param>
    public abstract record Entity(
        string Id,
        Names Names,
        ValueList<string> Aliases,
        ValueList<string> Misspellings,
        bool IsAmbiguous,
        string? Description,
        ValueList<Evidence> Evidence)
        : Fact(Id, Description, Evidence)
    {
        /// <summary>The English name, else the first name.</summary>
        public string Name => Names.Default;

        /// <inheritdoc/>
        private protected override string? Label => Names?.Default;
    }

    /// <summary>A person.</summary>
    /// <inheritdoc cref="Entity"/>
    public sealed record Person(string Id, Names Names, ValueList<string> Aliases, ValueList<string> Misspellings, bool IsAmbiguous, string? Description, ValueList<Evidence> Evidence)
        : Entity(Id, Names, Aliases, Misspellings, IsAmbiguous, Description, Evidence)
    {
        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Person;
    }

    /// <summary>A country.</summary>
    /// <param name="Id">The id.</param>
    /// <param name="Names">The names per language.</param>
    /// <param name="Aliases">Other surface forms met in the corpus.</param>
    /// <param name="Misspellings">Surface forms met in the corpus that are misspellings; they resolve too.</param>
    /// <param name="IsAmbiguous">Whether some of its aliases are shared with another entity on purpose.</param>
    /// <param name="Description">A one-line description.</param>
    /// <param name="Evidence">The quotes the entity rests on.</param>
    /// <param name="Iso">The ISO 3166-1 alpha-2 code, when it has one.</param>
    public sealed record Country(string Id, Names Names, ValueList<string> Aliases, ValueList<string> Misspellings, bool IsAmbiguous, string? Description, ValueList<Evidence> Evidence, string? Iso)
        : Entity(Id, Names, Aliases, Misspellings, IsAmbiguous, Description, Evidence)
    {
        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Country;
    }

    /// <summary>An organization: a government body, an alliance, a news agency, an institute…</summary>
    /// <inheritdoc cref="Entity"/>
    public sealed record Organization(string Id, Names Names, ValueList<string> Aliases, ValueList<string> Misspellings, bool IsAmbiguous, string? Description, ValueList<Evidence> Evidence)
        : Entity(Id, Names, Aliases, Misspellings, IsAmbiguous, Description, Evidence)
    {
        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Organization;
    }

    /// <summary>A place: a city, a region, a building, a square…</summary>
    /// <inheritdoc cref="Entity"/>
    public sealed record Place(string Id, Names Names, ValueList<string> Aliases, ValueList<string> Misspellings, bool IsAmbiguous, string? Description, ValueList<Evidence> Evidence)
        : Entity(Id, Names, Aliases, Misspellings, IsAmbiguous, Description, Evidence)
    {
        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Place;
    }

    /// <summary>A collective or unnamed actor as the articles use it ("the West", "Russian media").</summary>
    /// <inheritdoc cref="Entity"/>
    public sealed record Group(string Id, Names Names, ValueList<string> Aliases, ValueList<string> Misspellings, bool IsAmbiguous, string? Description, ValueList<Evidence> Evidence)
        : Entity(Id, Names, Aliases, Misspellings, IsAmbiguous, Description, Evidence)
    {
        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Group;
    }
}
