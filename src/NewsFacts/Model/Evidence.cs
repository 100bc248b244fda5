namespace NewsFacts
{
    /// <summary>Where a fact comes from: a quote that stands verbatim in a document of the corpus.</summary>
    /// <param name="Document">The id of the document (the corpus file name without <c>.txt</c>).</param>
    /// <param name="Quote">The verbatim text.</param>
    /// <param name="Start">The 0-based offset of the quote in the document text, in UTF-16 code units.</param>
    public sealed record Evidence(string Document, string Quote, int Start);
}
