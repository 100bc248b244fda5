namespace NewsFacts
{
    /// <summary>A fact's names, one per language.</summary>
    /// <param name="All">Every name, ordered by language code.</param>
    public sealed record Names(ValueList<LocalizedName> All)
    {
        /// <summary>No names.</summary>
        public static Names None { get; } = new Names(ValueList<LocalizedName>.Empty);

        /// <summary>The name in <paramref name="language"/>, or <see langword="null"/> when there is none.</summary>
        /// <param name="language">An ISO 639-1 language code.</param>
        /// <returns>The name or null.</returns>
        public string? this[string language]
        {
            get
            {
                // The list's array rather than foreach, Count and the indexer: methods fewer to JIT on a fresh process's
                // first lookup (a list of names holds no references, so every item is there).
                LocalizedName[] all = All.Items;
                for (int i = 0; i < all.Length; i++)
                {
                    if (all[i].Language == language)
                    {
                        return all[i].Text;
                    }
                }

                return null;
            }
        }

        /// <summary>The English name, else the first one, else an empty string.</summary>
        public string Default => this["en"] ?? (All.Count > 0 ? All[0].Text : string.Empty);

        /// <inheritdoc/>
        public override string ToString() => Default;
    }
}
