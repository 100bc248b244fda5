using System;

namespace NewsFacts.Generator.Emit
{
    /// <summary>
    /// How much XML documentation the typed members carry, from the MSBuild property
    /// <c>&lt;NewsFactsDocComments&gt;</c>: <c>full</c> (the default: names, description, id and up to three
    /// evidence quotes, what an editor shows on hover), <c>summary</c> (names and description only) or
    /// <c>none</c>. Datasets of tens of thousands of facts in projects that write a documentation file
    /// build faster with less (docs/performance.md).
    /// </summary>
    internal enum DocComments
    {
        Full,
        Summary,
        None,
    }

    internal static class DocCommentsOption
    {
        public const string Property = "NewsFactsDocComments";

        /// <summary>Reads the property's value; an empty or absent value is <see cref="DocComments.Full"/>, an unknown one null.</summary>
        public static DocComments? Parse(string? value)
        {
            string text = value?.Trim() ?? string.Empty;
            if (text.Length == 0 || text.Equals("full", StringComparison.OrdinalIgnoreCase))
            {
                return DocComments.Full;
            }

            if (text.Equals("summary", StringComparison.OrdinalIgnoreCase))
            {
                return DocComments.Summary;
            }

            return text.Equals("none", StringComparison.OrdinalIgnoreCase) ? DocComments.None : null;
        }
    }
}
