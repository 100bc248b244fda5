namespace NewsFacts.Generator.Model
{
    // The dataset as values: what the parser makes of a facts file and what the emitter writes.
    // Only strings, numbers, enums-as-strings and equatable arrays, so the pipeline can compare them.
    // Locations live apart (FactsFile.Locations), so moving text without changing facts re-emits nothing.

    /// <summary>A record with an id: every section's records.</summary>
    internal interface IRecordSpec
    {
        string Id { get; }
    }

    internal sealed record EvidenceSpec(string Document, string Quote, int Start);

    internal sealed record NameSpec(string Language, string Text);

    internal sealed record DocumentSpec(string Id, string Language, string Title, string? Published, string? PublishedNote, string? Outlet, string? Sha256) : IRecordSpec;

    internal sealed record EntitySpec(
        string Id,
        string Kind,
        EquatableArray<NameSpec> Names,
        EquatableArray<string> Aliases,
        EquatableArray<string> Misspellings,
        bool Ambiguous,
        string? Description,
        string? Iso,
        EquatableArray<EvidenceSpec> Evidence) : IRecordSpec;

    internal sealed record EventSpec(
        string Id,
        string Kind,
        string Status,
        EquatableArray<NameSpec> Names,
        string? Start,
        string? End,
        string? DateWording,
        string? DateNote,
        string? Place,
        EquatableArray<string> Participants,
        string? Description,
        EquatableArray<EvidenceSpec> Evidence) : IRecordSpec;

    internal sealed record RelationSpec(
        string Id,
        string Subject,
        string Predicate,
        string? Role,
        string Object,
        string? Start,
        string? End,
        string? Description,
        EquatableArray<EvidenceSpec> Evidence) : IRecordSpec;

    internal sealed record RenderingSpec(string Language, string Document, string Text, int Start);

    internal sealed record StatementSpec(
        string Id,
        string Speaker,
        string? Event,
        string? Date,
        EquatableArray<RenderingSpec> Renderings,
        string? Description,
        EquatableArray<EvidenceSpec> Evidence) : IRecordSpec;

    internal sealed record ClaimSpec(
        string Id,
        string Text,
        string Modality,
        EquatableArray<string> Holders,
        EquatableArray<string> About,
        string? Description,
        EquatableArray<EvidenceSpec> Evidence) : IRecordSpec;

    internal sealed record DiscrepancySpec(
        string Id,
        string Kind,
        string? Description,
        string Reading,
        EquatableArray<string> About,
        EquatableArray<EvidenceSpec> Evidence) : IRecordSpec;

    /// <summary>A field of a declared kind: its name, its type word, and for references the kind it refers to.</summary>
    internal sealed record FieldSpec(string Name, string Type, string? RefersTo, bool Required);

    /// <summary>A kind the dataset declares itself (<c>kinds:</c>), whose records stand in the section named <see cref="Plural"/>.</summary>
    internal sealed record KindSpec(string Name, string Plural, string? Description, EquatableArray<FieldSpec> Fields) : IRecordSpec
    {
        public string Id => Name;
    }

    /// <summary>The value of one field of a record of a declared kind; lists have several.</summary>
    internal sealed record FieldValue(string Name, EquatableArray<string> Values);

    /// <summary>A record of a declared kind.</summary>
    internal sealed record CustomRecordSpec(
        string Kind,
        string Id,
        EquatableArray<NameSpec> Names,
        EquatableArray<string> Aliases,
        string? Description,
        EquatableArray<FieldValue> Fields,
        EquatableArray<EvidenceSpec> Evidence) : IRecordSpec;

    /// <summary>Every record of a dataset, by section.</summary>
    internal sealed record DatasetSpec(
        EquatableArray<DocumentSpec> Documents,
        EquatableArray<EntitySpec> Entities,
        EquatableArray<EventSpec> Events,
        EquatableArray<RelationSpec> Relations,
        EquatableArray<StatementSpec> Statements,
        EquatableArray<ClaimSpec> Claims,
        EquatableArray<DiscrepancySpec> Discrepancies,
        EquatableArray<KindSpec> Kinds = default,
        EquatableArray<CustomRecordSpec> CustomRecords = default)
    {
        public static DatasetSpec Empty { get; } = new DatasetSpec(default, default, default, default, default, default, default);

        public int FactCount => Entities.Count + Events.Count + Relations.Count + Statements.Count + Claims.Count + Discrepancies.Count + CustomRecords.Count;
    }

    /// <summary>
    /// One parsed facts file: its records (those with errors of their own included, marked in their origin, so
    /// that their references are checked too), the diagnostics found while parsing, where each record came
    /// from and where its values stand. <paramref name="PartlyRead"/>: a problem in the YAML stopped the reading,
    /// so the records after it are missing.
    /// </summary>
    internal sealed record FactsFile(string FilePath, DatasetSpec Dataset, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<RecordOrigin> Origins, SourceMap Locations, bool PartlyRead = false);

    /// <summary>
    /// Which node path of its file a record was read from (<c>the file.entities[3]</c>), and which range of the
    /// file's <see cref="SourceMap.Fields"/> holds the places of the values it read. <paramref name="HasErrors"/>: the
    /// record has errors in its own fields (reported while parsing); it is checked with the others, never emitted.
    /// </summary>
    internal readonly record struct RecordOrigin(string Id, string Path, int FirstField, int FieldCount, bool HasErrors = false);

    /// <summary>A document's text, from an AdditionalFile named <c>&lt;document id&gt;.txt</c>: evidence quotes are checked against it.</summary>
    internal sealed record DocumentText(string Id, string Text);

    /// <summary>A record of a referenced dataset that a project's facts may refer to: its id and kind (built-in or declared).</summary>
    internal sealed record ExternalId(string Id, string Kind);

    /// <summary>What the generator takes from the project besides its facts files.</summary>
    /// <param name="Namespace">Where the project's facts are generated.</param>
    /// <param name="LanguageVersionTooLow">The project's C# version when it is older than 11, else null.</param>
    /// <param name="ReadReferencedDatasets">False (<c>NewsFactsReferences=false</c>): the project's facts stand alone; no referenced dataset package is read.</param>
    internal sealed record GeneratorOptions(string Namespace, string? LanguageVersionTooLow, bool ReadReferencedDatasets = true);

    /// <summary>The outcome of validation: what to emit (null when nothing) and what to report.</summary>
    internal sealed record ValidationResult(EmitModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>What the emitter needs: the namespace, the validated dataset, sorted by id, and the referenced datasets its catalog takes in.</summary>
    internal sealed record EmitModel(string Namespace, DatasetSpec Dataset, EquatableArray<DatasetReference> Referenced = default);
}
