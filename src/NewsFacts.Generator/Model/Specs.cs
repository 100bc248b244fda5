using System.Collections.Generic;

namespace NewsFacts.Generator.Model
{
    // The dataset as values: what the parser makes of a facts file and what the emitter writes.
    // Only strings, numbers and equatable arrays, so the pipeline can compare them. A record's fields follow
    // its kind's description (BuiltInSchema, DeclaredKindSchema); where it was read from travels with it
    // (Located<T>) as far as validation, and the emitter's model holds the records alone, so moving text
    // without changing facts re-emits nothing.

    /// <summary>
    /// A record of any kind, built in or declared: its values in the order of its kind's fields
    /// (<see cref="NewsFacts.Internal.SchemaRecord.Fields"/>, which is also its table's column order).
    /// <paramref name="Kind"/> is the kind's name (<c>entity</c>, <c>event</c>, a declared kind's name).
    /// </summary>
    internal sealed record RecordSpec(string Kind, string Id, EquatableArray<FieldValue> Values)
    {
        public FieldValue this[int field] => Values[field];
    }

    /// <summary>A field of a declared kind: its name, its type word, and for references the kind it refers to.</summary>
    internal sealed record FieldSpec(string Name, string Type, string? RefersTo, bool Required);

    /// <summary>A kind the dataset declares itself (<c>kinds:</c>), whose records stand in the section named <see cref="Plural"/>.</summary>
    internal sealed record KindSpec(string Name, string Plural, string? Description, EquatableArray<FieldSpec> Fields);

    /// <summary>Where a record was read from: the offset of its mapping in the file (its place in file order), the range of the file's <see cref="SourceMap.Fields"/> that holds the places of its values, and whether it has errors of its own (reported while parsing: it is checked with the others, never emitted).</summary>
    internal readonly record struct RecordSource(int Offset, int FirstField, int FieldCount, bool HasErrors = false);

    /// <summary>A value with where it was read from; equal when both are.</summary>
    internal readonly record struct Located<T>(T Value, RecordSource Source)
        where T : System.IEquatable<T>;

    /// <summary>The declared kinds and the records of a dataset, each with no location: what the emitter sees.</summary>
    internal sealed record DatasetSpec(EquatableArray<KindSpec> Kinds, EquatableArray<RecordSpec> Records)
    {
        public static DatasetSpec Empty { get; } = new DatasetSpec(default, default);

        /// <summary>The records of one kind, in the dataset's order.</summary>
        public List<RecordSpec> Of(string kind)
        {
            var records = new List<RecordSpec>();
            foreach (RecordSpec record in Records)
            {
                if (record.Kind == kind)
                {
                    records.Add(record);
                }
            }

            return records;
        }
    }

    /// <summary>
    /// One parsed facts file: the kinds it declares and its records, each with where it was read from (those with
    /// errors of their own included, marked in their source, so that their references are checked too), the
    /// diagnostics found while parsing, and where the records' values stand. <paramref name="PartlyRead"/>: a
    /// problem in the YAML stopped the reading, so the records after it are missing.
    /// </summary>
    internal sealed record FactsFile(
        string FilePath,
        EquatableArray<Located<KindSpec>> Kinds,
        EquatableArray<Located<RecordSpec>> Records,
        EquatableArray<DiagnosticInfo> Diagnostics,
        SourceMap Locations,
        bool PartlyRead = false)
    {
        /// <summary>The file's kinds and records without their locations.</summary>
        public DatasetSpec Dataset
        {
            get
            {
                var kinds = new KindSpec[Kinds.Count];
                for (int i = 0; i < kinds.Length; i++)
                {
                    kinds[i] = Kinds[i].Value;
                }

                var records = new RecordSpec[Records.Count];
                for (int i = 0; i < records.Length; i++)
                {
                    records[i] = Records[i].Value;
                }

                return new DatasetSpec(new EquatableArray<KindSpec>(kinds), new EquatableArray<RecordSpec>(records));
            }
        }
    }

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

    /// <summary>
    /// What the emitter needs: the namespace, the validated dataset, sorted by id, the referenced datasets its catalog
    /// takes in, and the dataset split by facts file (<see cref="FileEmitModel"/>: each file's records are emitted into
    /// files of their own; empty in a model built by hand, which is then emitted as one file, <see cref="PerFile"/>).
    /// </summary>
    internal sealed record EmitModel(string Namespace, DatasetSpec Dataset, EquatableArray<DatasetReference> Referenced = default, EquatableArray<FileEmitModel> Files = default)
    {
        /// <summary>The files to emit: <see cref="Files"/>, or the whole dataset as one file.</summary>
        public EquatableArray<FileEmitModel> PerFile => Files.Count > 0 || Dataset.Records.Count == 0 ? Files : FileEmitModel.Whole(Namespace, Dataset);
    }
}
