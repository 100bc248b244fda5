using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using NewsFacts.Generator.Diagnostics;
using NewsFacts.Generator.Model;
using NewsFacts.Generator.Naming;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Validation
{
    /// <summary>
    /// Checks the facts files of a project together — ids unique across files, references resolve to a
    /// record of the right kind, date ranges in order, ids distinct as C# names, aliases not shared — and
    /// keeps, for emission, only records that are valid and whose references all reach valid records.
    /// </summary>
    internal static class DatasetValidator
    {
        public static ValidationResult Validate(ImmutableArray<FactsFile> files, ImmutableArray<DocumentText> documents, EquatableArray<ReferencedDatasetSpec> referenced, GeneratorOptions options, CancellationToken cancellationToken) =>
            Validate(files, documents, new ExternalIds(referenced), options, cancellationToken);

        /// <summary>Validates against referenced datasets indexed beforehand (the generator indexes them once per change of the references).</summary>
        public static ValidationResult Validate(ImmutableArray<FactsFile> files, ImmutableArray<DocumentText> documents, ExternalIds referenced, GeneratorOptions options, CancellationToken cancellationToken)
        {
            ImmutableArray<FileIndex> indexes;
            try
            {
                indexes = files.Select(FileIndex.Of).ToImmutableArray();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return Failed(files, exception);
            }

            return Validate(indexes, documents, referenced, options, cancellationToken);
        }

        /// <summary>Validates files indexed beforehand, each in its own step (<see cref="FileIndex"/>): an edit re-indexes only its file.</summary>
        public static ValidationResult Validate(ImmutableArray<FileIndex> indexes, ImmutableArray<DocumentText> documents, ExternalIds referenced, GeneratorOptions options, CancellationToken cancellationToken)
        {
            ImmutableArray<FactsFile> files = indexes.Select(i => i.File).ToImmutableArray();
            if (indexes.FirstOrDefault(i => i.Error is not null) is { } broken)
            {
                return Failed(files, broken.Error!.Value.Type, broken.Error.Value.Message);
            }

            try
            {
                return ValidateCore(files, indexes, documents, referenced, options, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return Failed(files, exception);
            }
        }

        private static ValidationResult Failed(ImmutableArray<FactsFile> files, Exception exception) =>
            Failed(files, exception.GetType().Name, exception.Message);

        private static ValidationResult Failed(ImmutableArray<FactsFile> files, string exceptionType, string message)
        {
            // A bug of ours must not become CS8785 in a consumer's build, nor emit half a dataset.
            var diagnostics = files.SelectMany(f => f.Diagnostics).ToList();
            LocationInfo? where = files.IsEmpty ? null : Parsing.FactsFileParser.StartOf(files.Select(f => f.FilePath).OrderBy(p => p, StringComparer.Ordinal).First());
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, where, exceptionType, message));
            return new ValidationResult(null, diagnostics.ToEquatableArray());
        }

        private static ValidationResult ValidateCore(ImmutableArray<FactsFile> files, ImmutableArray<FileIndex> indexes, ImmutableArray<DocumentText> documents, ExternalIds external, GeneratorOptions options, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>();
            foreach (FactsFile file in files.OrderBy(f => f.FilePath, StringComparer.Ordinal))
            {
                diagnostics.AddRange(file.Diagnostics);
            }

            if (files.IsEmpty)
            {
                return new ValidationResult(null, diagnostics.ToEquatableArray());
            }

            if (options.LanguageVersionTooLow is not null)
            {
                string first = files.Select(f => f.FilePath).OrderBy(p => p, StringComparer.Ordinal).First();
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LanguageVersion, Parsing.FactsFileParser.StartOf(first), options.LanguageVersionTooLow));
                return new ValidationResult(null, diagnostics.ToEquatableArray());
            }

            EquatableArray<ReferencedDatasetSpec> referenced = external.Datasets;
            var records = new RecordSet(indexes, external);
            ReferencedDatasetChecks.Report(records, referenced, options, files, diagnostics);
            Dictionary<string, KindSpec> kinds = KindValidator.Validate(records, diagnostics);
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (DocumentText document in documents)
            {
                texts[document.Id] = document.Text;
            }

            var schemas = new KindSchemas(kinds.Values);
            var invalid = new HashSet<string>(StringComparer.Ordinal);
            var referencesOf = new References(schemas, kinds.Keys, records.ForeignKinds.Keys);
            var references = new List<Reference>();

            // Every record is checked in full, those with errors of their own and second records of an id included,
            // so one build shows every error. Only the first record of an id decides whether the id is emitted.
            void Invalidate(LocatedRecord<RecordSpec> record)
            {
                if (record.IsFirst)
                {
                    invalid.Add(record.Spec.Id);
                }
            }

            foreach (LocatedRecord<RecordSpec> record in records.All)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (record.HasErrors)
                {
                    Invalidate(record);
                }

                SchemaKind? schema = schemas.Of(record.Spec.Kind);
                if (schema is null)
                {
                    // Its kind was rejected (NF0024): the record cannot be emitted.
                    Invalidate(record);
                }

                referencesOf.Of(record, references);
                foreach (Reference reference in references)
                {
                    if (!CheckReference(records, record, reference, diagnostics))
                    {
                        Invalidate(record);
                    }
                }

                if (schema is not null && !CheckQuotes(record, schema, texts, diagnostics))
                {
                    Invalidate(record);
                }

                if (schema is not null && !CheckDates(record, schema, diagnostics))
                {
                    Invalidate(record);
                }
            }

            // A second record of an id is reported (NF0006) and left out; the first keeps the id, and what refers to it.
            diagnostics.AddRange(records.DuplicateDiagnostics);
            CheckMemberNames(records, kinds, invalid, diagnostics);
            CheckAliases(records, diagnostics, cancellationToken);

            LeaveOutReferrers(records, referencesOf, invalid, cancellationToken);
            (DatasetSpec kept, string[] fileOfRecord, List<(string Path, List<RecordSpec> Records)> builtInByFile) = records.Keep(id => !invalid.Contains(id), kinds.Values);
            DatasetSpec dataset = WithQuoteContext(kept, schemas, texts);
            // A dataset in this project's own namespace (NF0028) cannot be named from it, and one whose tables this NewsFacts
            // does not read (NF0029) would throw at run time: their catalogs are left out.
            EquatableArray<DatasetReference> datasets = referenced.Where(r => r.Namespace != options.Namespace && ReferencedDatasetChecks.Readable(r)).Select(r => r.Reference).ToEquatableArray();
            // Each file's records as Keep gave them, unless quotes took their context (new records) or two files share a
            // path (Split joins them): then the dataset is split again.
            EquatableArray<FileEmitModel> perFile = ReferenceEquals(dataset, kept) && builtInByFile.Select(f => f.Path).Distinct(StringComparer.Ordinal).Count() == builtInByFile.Count
                ? FileEmitModel.Of(options.Namespace, builtInByFile, files.Select(f => f.FilePath))
                : FileEmitModel.Split(options.Namespace, dataset, fileOfRecord, files.Select(f => f.FilePath));
            return new ValidationResult(new EmitModel(options.Namespace, dataset, datasets, perFile), diagnostics.ToEquatableArray());
        }

        // Each quote's prefix and suffix, from its document's text where the project has it (Quotes.WithContext).
        private static DatasetSpec WithQuoteContext(DatasetSpec dataset, KindSchemas schemas, Dictionary<string, string> texts)
        {
            if (texts.Count == 0)
            {
                return dataset;
            }

            var records = new RecordSpec[dataset.Records.Count];
            for (int i = 0; i < records.Length; i++)
            {
                RecordSpec record = dataset.Records[i];
                records[i] = schemas.Of(record.Kind) is SchemaKind schema ? Quotes.WithContext(schema, record, texts) : record;
            }

            return dataset with { Records = new EquatableArray<RecordSpec>(records) };
        }

        /// <summary>
        /// A record that refers to a record left out is left out too, and so on, or the emitted tables would
        /// dangle: every record from which a chain of references reaches an invalid id becomes invalid. Walked
        /// backwards from the invalid ids, once, and only when there are any.
        /// </summary>
        private static void LeaveOutReferrers(RecordSet records, References referencesOf, HashSet<string> invalid, CancellationToken cancellationToken)
        {
            if (invalid.Count == 0)
            {
                return;
            }

            // Who refers to each id: only the first record of an id is emitted, so only its references count.
            var referrers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            var references = new List<Reference>();
            foreach (LocatedRecord<RecordSpec> record in records.All)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!record.IsFirst)
                {
                    continue;
                }

                referencesOf.Of(record, references);
                foreach (Reference reference in references)
                {
                    if (!referrers.TryGetValue(reference.Id, out List<string>? list))
                    {
                        referrers[reference.Id] = list = new List<string>();
                    }

                    list.Add(record.Spec.Id);
                }
            }

            var pending = new Queue<string>(invalid);
            while (pending.Count > 0)
            {
                if (referrers.TryGetValue(pending.Dequeue(), out List<string>? list))
                {
                    foreach (string referrer in list)
                    {
                        if (invalid.Add(referrer))
                        {
                            pending.Enqueue(referrer);
                        }
                    }
                }
            }
        }

        private static bool CheckReference(RecordSet records, LocatedRecord<RecordSpec> record, Reference reference, List<DiagnosticInfo> diagnostics)
        {
            if (!records.TryKindOf(reference.Id, out string kind))
            {
                if (records.PartlyRead)
                {
                    // The id may be in the part of a file not read: the record is left out until that file reads to its end,
                    // and a reference that is really wrong is reported then.
                    return false;
                }

                string? suggestion = records.Suggest(reference.Id);
                string looked = records.Referenced.Count == 0 ? " (the project references no dataset package)" : $" (looked in this project's facts and in the referenced datasets {string.Join(", ", records.Referenced.Select(n => "'" + n + "'"))})";
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownReference, record.Locate(reference.Path), Field(record, reference), reference.Id, looked + (suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?")));
                return false;
            }

            if (Array.IndexOf(reference.Kinds, kind) < 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongReferenceKind, record.Locate(reference.Path), Field(record, reference), reference.Describe, reference.Id, Article(kind)));
                return false;
            }

            return true;
        }

        // The reference in messages, by its record's kind and id and its field: event 'putin-visit', participants[1].
        private static string Field(LocatedRecord<RecordSpec> record, Reference reference) => $"{record.Kind} '{record.Spec.Id}', {reference.Path}";

        private static bool CheckQuotes(LocatedRecord<RecordSpec> record, SchemaKind schema, Dictionary<string, string> texts, List<DiagnosticInfo> diagnostics)
        {
            if (texts.Count == 0)
            {
                return true;
            }

            bool valid = true;
            foreach ((string document, string quote, int start, FieldPath field) in Quotes.Of(schema, record.Spec))
            {
                if (!texts.TryGetValue(document, out string? text)
                    || (start <= text.Length - quote.Length && string.CompareOrdinal(text, start, quote, 0, quote.Length) == 0 && quote.Length > 0))
                {
                    continue;
                }

                int found = quote.Length == 0 ? -1 : text.IndexOf(quote, StringComparison.Ordinal);
                string hint = found >= 0 ? $"; it is at offset {Invariant.Number(found)}" : "; it is nowhere in the document";
                string shown = quote.Length > 60 ? quote.Substring(0, 57) + "…" : quote;
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuoteNotInDocument, record.Locate(field), shown, Invariant.Number(start), document, hint));
                valid = false;
            }

            return valid;
        }

        // A built-in kind's start and end dates (an event's, a relation's) are in order.
        private static bool CheckDates(LocatedRecord<RecordSpec> record, SchemaKind schema, List<DiagnosticInfo> diagnostics)
        {
            if (schema.Declared)
            {
                return true;
            }

            string? start = KindSchemas.Get(schema, record.Spec, "start").AsText;
            string? end = KindSchemas.Get(schema, record.Spec, "end").AsText;
            if (start is null || end is null || string.CompareOrdinal(Earliest(end), Earliest(start)) >= 0)
            {
                return true;
            }

            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EndBeforeStart, record.Locate(new FieldPath("end")), end, start));
            return false;
        }

        // Dates are YYYY[-MM[-DD]]: padded to a full day they order as text.
        private static string Earliest(string date) => date.Length == 4 ? date + "-01-01" : date.Length == 7 ? date + "-01" : date;

        private static void CheckMemberNames(RecordSet records, Dictionary<string, KindSpec> kinds, HashSet<string> invalid, List<DiagnosticInfo> diagnostics)
        {
            var taken = new Dictionary<(string Class, string Member), string>();
            foreach (LocatedRecord<RecordSpec> record in records.All)
            {
                if (records.Duplicates.Contains(record.Spec.Id) && !record.IsFirst)
                {
                    continue;
                }

                string containing, member;
                if (KindSchemas.BuiltInKind(record.Spec.Kind) is null)
                {
                    containing = kinds.TryGetValue(record.Spec.Kind, out KindSpec? kind) ? CSharpNames.ClassName(kind) : record.Spec.Kind;
                    member = CSharpNames.MemberName(record.Spec.Id, containing);
                }
                else if (record.Index is { } index)
                {
                    // Worked out with the file (FileIndex): a built-in kind's class depends on the record alone.
                    containing = index.Classes[record.Position];
                    member = index.Members[record.Position];
                }
                else
                {
                    containing = ClassOf(record.Spec);
                    member = CSharpNames.MemberName(record.Spec.Id, containing);
                }

                if (taken.TryGetValue((containing, member), out string? other))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MemberNameCollision, record.Locate(new FieldPath("id")), other, record.Spec.Id, containing + "." + member));
                    invalid.Add(record.Spec.Id);
                }
                else
                {
                    taken[(containing, member)] = record.Spec.Id;
                }
            }
        }

        // An entity's names, aliases and misspellings are its own, unless both entities are ambiguous.
        private static void CheckAliases(RecordSet records, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            SchemaKind entities = BuiltInSchema.Entity;
            int ambiguous = KindSchemas.IndexOf(entities.Record, "ambiguous");
            var owners = new Dictionary<string, RecordSpec>(StringComparer.Ordinal);
            foreach (LocatedRecord<RecordSpec> record in records.All)
            {
                if (record.Spec.Kind != entities.Name)
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                RecordSpec entity = record.Spec;
                // The names' folded forms were worked out with the file (FileIndex), in the order NamesOf gives them.
                EquatableArray<string> folded = record.Index is { } index ? index.FoldedNames[record.Position] : default;
                int n = 0;
                foreach ((string name, FieldPath path) in NamesOf(entities.Record, entity))
                {
                    string key = record.Index is null ? NameFolding.Fold(name) : folded[n];
                    n++;
                    if (!owners.TryGetValue(key, out RecordSpec? owner))
                    {
                        owners[key] = entity;
                    }
                    else if (owner.Id != entity.Id && !(owner[ambiguous].AsText is not null && entity[ambiguous].AsText is not null))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SharedAlias, record.Locate(path), name, owner.Id, entity.Id));
                    }
                }
            }
        }

        // The texts that name an entity: its names (language, name pairs) and its lists of other names.
        internal static IEnumerable<(string Name, FieldPath Path)> NamesOf(SchemaRecord description, RecordSpec entity)
        {
            for (int f = 0; f < description.Fields.Count; f++)
            {
                SchemaField field = description.Fields[f];
                EquatableArray<string> items = entity[f].Items;
                if (field.Type == SchemaFieldType.Names)
                {
                    for (int i = 0; i + 1 < items.Count; i += 2)
                    {
                        yield return (items[i + 1], new FieldPath(field.Key, Sub: items[i]));
                    }
                }
                else if (field.Type == SchemaFieldType.TextList)
                {
                    for (int i = 0; i < items.Count; i++)
                    {
                        yield return (items[i], new FieldPath(field.Key, i));
                    }
                }
            }
        }

        /// <summary>The generated class that holds a built-in record's member: <c>People</c>, <c>Events</c>…</summary>
        internal static string ClassOf(RecordSpec record) =>
            record.Kind == BuiltInSchema.Entity.Name ? MemberClasses.ForEntity(KindSchemas.TypeOf(record)) : MemberClasses.Of(record.Kind);

        private static string Article(string kind) => ("aeiou".IndexOf(kind[0]) >= 0 ? "an " : "a ") + kind;
    }
}
