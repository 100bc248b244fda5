namespace NewsFacts.Cli.Search;

/// <summary>How well a search text matches a field, best last so that a higher value ranks first.</summary>
public enum MatchQuality
{
    /// <summary>The text occurs inside a word of the field ("tin" in "Putin").</summary>
    Substring = 1,

    /// <summary>The text occurs as whole words of the field ("jong" in "Kim Jong Un").</summary>
    Word = 2,

    /// <summary>A name begins with the text ("vlad" for "Vladimir Putin"); names only.</summary>
    Prefix = 3,

    /// <summary>The text is the whole name, alias, misspelling or id; names only.</summary>
    Exact = 4,
}
