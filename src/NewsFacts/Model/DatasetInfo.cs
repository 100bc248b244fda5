namespace NewsFacts
{
    /// <summary>How many facts of one kind a dataset holds.</summary>
    /// <param name="Kind">The kind.</param>
    /// <param name="Count">How many.</param>
    public sealed record KindCount(FactKind Kind, int Count);

    /// <summary>A document of a dataset with the hash of its text, to tell which corpus version the facts come from.</summary>
    /// <param name="Id">The document id.</param>
    /// <param name="Sha256">The lowercase hex SHA-256 of the document's bytes, when the facts file gives it.</param>
    public sealed record DocumentHash(string Id, string? Sha256);

    /// <summary>
    /// Which data a compiled dataset holds, so a consumer can pin and compare data versions: the schema
    /// version, counts per kind, the documents with their hashes, and a hash of the whole content.
    /// </summary>
    /// <param name="SchemaVersion">The facts-file schema the dataset was written in.</param>
    /// <param name="ContentHash">Lowercase hex SHA-256 of the compiled tables: equal datasets, equal hashes.</param>
    /// <param name="Counts">The number of facts of each kind, every kind listed.</param>
    /// <param name="Documents">The documents, ordered by id.</param>
    public sealed record DatasetInfo(int SchemaVersion, string ContentHash, ValueList<KindCount> Counts, ValueList<DocumentHash> Documents)
    {
        /// <summary>The dataset's name: the package id of the project it was compiled in (its assembly name by default).</summary>
        public string Name { get; init; } = string.Empty;

        /// <summary>The dataset's version: the version of the project it was compiled in.</summary>
        public string Version { get; init; } = string.Empty;

        /// <summary>
        /// The datasets this one references (the dataset packages of the project, transitively), each with its own
        /// name, version and content hash as loaded: the facts of <c>Dataset.Catalog</c> come from this dataset and these.
        /// The counts and documents of this info are this dataset's own.
        /// </summary>
        public ValueList<DatasetInfo> References { get; init; } = ValueList<DatasetInfo>.Empty;

        /// <summary>The number of facts of <paramref name="kind"/>.</summary>
        /// <param name="kind">A kind.</param>
        /// <returns>The count, 0 when there are none.</returns>
        public int CountOf(FactKind kind)
        {
            foreach (KindCount count in Counts)
            {
                if (count.Kind == kind)
                {
                    return count.Count;
                }
            }

            return 0;
        }

        /// <summary>The number of facts of every kind together.</summary>
        public int FactCount
        {
            get
            {
                int total = 0;
                foreach (KindCount count in Counts)
                {
                    total += count.Count;
                }

                return total;
            }
        }
    }
}
