namespace NewsFacts
{
    /// <summary>A name in one language.</summary>
    /// <param name="Language">The ISO 639-1 code of the language (<c>en</c>, <c>fr</c>, <c>ru</c>…).</param>
    /// <param name="Text">The name.</param>
    public sealed record LocalizedName(string Language, string Text);
}
