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

        /// <summary>A name to show after the id, where the fact has one.</summary>
        private protected virtual string? Label => null;

        /// <summary>
        /// The record type, the id and, where the fact has one, its name: <c>Person vladimir-putin (Vladimir Putin)</c>.
        /// Short on purpose: facts refer to each other, in cycles too, and printing one never walks the others.
        /// </summary>
        /// <returns>The text.</returns>
        public sealed override string ToString()
        {
            string? label = Label;
            return string.IsNullOrEmpty(label) ? GetType().Name + " " + Id : GetType().Name + " " + Id + " (" + label + ")";
        }
    }
}
