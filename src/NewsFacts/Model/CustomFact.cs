namespace NewsFacts
{
    /// <summary>
    /// A fact of a kind that a dataset declares in its facts file (<c>kinds:</c>). The generator emits one
    /// sealed record type per declared kind, deriving from this one, with a typed property per field.
    /// </summary>
    /// <param name="Id">The id.</param>
    /// <param name="Names">The names per language.</param>
    /// <param name="Aliases">Other names; lookups by name find the fact by them.</param>
    /// <param name="Description">A one-line description.</param>
    /// <param name="Evidence">The quotes the fact rests on.</param>
    public abstract record CustomFact(string Id, Names Names, ValueList<string> Aliases, string? Description, ValueList<Evidence> Evidence)
        : Fact(Id, Description, Evidence)
    {
        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Custom;

        /// <summary>The kind as the facts file names it, e.g. <c>weapon-system</c>.</summary>
        public abstract string KindName { get; }

        /// <summary>The English name, else the first name.</summary>
        public string Name => Names.Default;

        /// <inheritdoc/>
        private protected override string? Label => Names?.Default;
    }
}
