namespace NewsFacts.Generator.Model
{
    /// <summary>
    /// A dataset package the project references, as its manifest describes it (<see cref="Parsing.DatasetManifest"/>):
    /// its name, version and content hash, the namespace of its <c>Dataset</c> class, the datasets it references
    /// itself, the kinds it declares and the id and kind of each of its records. Plain values: the pipeline keeps no symbol.
    /// </summary>
    internal sealed record ReferencedDatasetSpec(
        string Name,
        string Version,
        string ContentHash,
        string Namespace,
        EquatableArray<string> References,
        EquatableArray<ForeignKind> Kinds,
        EquatableArray<ExternalId> Ids,
        int TableFormat)
    {
        /// <summary>What the emitter needs of it: no ids, so that the emit model compares cheaply.</summary>
        public DatasetReference Reference => new DatasetReference(Name, Namespace, Kinds);
    }

    /// <summary>A kind a referenced dataset declares: its name in facts files and its record type, fully qualified without <c>global::</c>.</summary>
    internal sealed record ForeignKind(string Name, string TypeName);

    /// <summary>A referenced dataset as the emitted code names it: its catalog and info are <c>global::Namespace.Dataset</c>'s.</summary>
    internal sealed record DatasetReference(string Name, string Namespace, EquatableArray<ForeignKind> Kinds);

    /// <summary>
    /// What the project's own dataset is called, for its manifest and <c>Dataset.Info</c>: the project's
    /// <c>PackageId</c> (its assembly name by default) and <c>Version</c>.
    /// </summary>
    internal sealed record DatasetIdentity(string Name, string Version);
}
