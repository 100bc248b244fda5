namespace NewsFacts
{
    /// <summary>Anything the dataset asserts, with the evidence it rests on.</summary>
    /// <param name="Id">The id, unique in the dataset (e.g. <c>vladimir-putin</c>).</param>
    /// <param name="Description">A one-line description, if any.</param>
    /// <param name="Evidence">The quotes the fact rests on; never empty.</param>
    public abstract record Fact(string Id, string? Description, ValueList<Evidence> Evidence)
    {
        /// <summary>The kind of the fact.</summary>
        public abstract FactKind Kind { get; }
    }
}
