namespace NewsFacts
{
    /// <summary>An article of the corpus.</summary>
    /// <param name="Id">The corpus file name without <c>.txt</c>.</param>
    /// <param name="Language">The ISO 639-1 code of its language.</param>
    /// <param name="Title">The headline where there is one, else the first sentence.</param>
    /// <param name="Published">When it was published, as precisely as the text allows.</param>
    /// <param name="PublishedNote">How the publication date was derived.</param>
    /// <param name="Outlet">The outlet, where the text names it.</param>
    /// <param name="Sha256">The lowercase hex SHA-256 of the file's bytes.</param>
    public sealed record Document(
        string Id,
        string Language,
        string Title,
        FactDate? Published,
        string? PublishedNote,
        string? Outlet,
        string? Sha256);
}
