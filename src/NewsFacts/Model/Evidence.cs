namespace NewsFacts
{
    /// <summary>
    /// Where a fact comes from: a quote that stands verbatim in a document of the corpus, as a W3C Web Annotation
    /// selector would find it — by position (<see cref="Start"/>, <see cref="End"/>: a TextPositionSelector) and by
    /// content (<see cref="Quote"/> with <see cref="Prefix"/> and <see cref="Suffix"/>: a TextQuoteSelector), so the
    /// quote can be found again in a re-encoded text whose offsets moved.
    /// </summary>
    /// <param name="Document">The id of the document (the corpus file name without <c>.txt</c>).</param>
    /// <param name="Quote">The verbatim text.</param>
    /// <param name="Start">The 0-based offset of the quote in the document text, in UTF-16 code units.</param>
    public sealed record Evidence(string Document, string Quote, int Start)
    {
        /// <summary>The offset just past the quote in the document text: <see cref="Start"/> + the quote's length, in UTF-16 code units.</summary>
        public int End => Start + Quote.Length;

        /// <summary>
        /// Up to 32 UTF-16 code units of the document text just before the quote, computed by the generator at build
        /// time: fewer at the document's start (empty for a quote at offset 0), and one fewer where 32 would split a
        /// surrogate pair. Null when the document's text was not among the project's AdditionalFiles at build time.
        /// </summary>
        public string? Prefix { get; init; }

        /// <summary>
        /// Up to 32 UTF-16 code units of the document text just after the quote, computed by the generator at build
        /// time: fewer at the document's end (empty for a quote that ends it), and one fewer where 32 would split a
        /// surrogate pair. Null when the document's text was not among the project's AdditionalFiles at build time.
        /// </summary>
        public string? Suffix { get; init; }
    }
}
