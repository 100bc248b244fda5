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
        public static ValidationResult Validate(ImmutableArray<FactsFile> files, ImmutableArray<DocumentText> documents, EquatableArray<ExternalId> referenced, GeneratorOptions options, CancellationToken cancellationToken)
        {
            try
            {
                return ValidateCore(files, documents, referenced, options, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A bug of ours must not become CS8785 in a consumer's build, nor emit half a dataset.
                var diagnostics = files.SelectMany(f => f.Diagnostics).ToList();
                LocationInfo? where = files.IsEmpty ? null : Parsing.FactsFileParser.StartOf(files.Select(f => f.FilePath).OrderBy(p => p, StringComparer.Ordinal).First());
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, where, exception.GetType().Name, exception.Message));
                return new ValidationResult(null, diagnostics.ToEquatableArray());
            }
        }

        private static ValidationResult ValidateCore(ImmutableArray<FactsFile> files, ImmutableArray<DocumentText> documents, EquatableArray<ExternalId> referenced, GeneratorOptions options, CancellationToken cancellationToken)
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

            var records = new RecordSet(files, referenced);
            Dictionary<string, KindSpec> kinds = KindValidator.Validate(records, diagnostics);
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (DocumentText document in documents)
            {
                texts[document.Id] = document.Text;
            }

            var invalid = new HashSet<string>(StringComparer.Ordinal);
            var referencesOf = new References(kinds);
            var references = new List<Reference>();

            // Records that refer to NewsFacts' own: the generated code then refers to NewsFacts (if they are kept).
            var refersToExternal = new List<string>();

            // Every record is checked in full, those with errors of their own and second records of an id included,
            // so one build shows every error. Only the first record of an id decides whether the id is emitted.
            void Invalidate(LocatedRecord record)
            {
                if (record.IsFirst)
                {
                    invalid.Add(record.Spec.Id);
                }
            }

            foreach (LocatedRecord record in records.All)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (record.HasErrors)
                {
                    Invalidate(record);
                }

                if (record.Spec is CustomRecordSpec custom && !kinds.ContainsKey(custom.Kind))
                {
                    // Its kind was rejected (NF0024): the record cannot be emitted.
                    Invalidate(record);
                }

                bool external = false;
                referencesOf.Of(record.Spec, references);
                foreach (Reference reference in references)
                {
                    external |= records.IsExternal(reference.Id);
                    if (!CheckReference(records, record, reference, diagnostics))
                    {
                        Invalidate(record);
                    }
                }

                if (external && record.IsFirst)
                {
                    refersToExternal.Add(record.Spec.Id);
                }

                if (!CheckQuotes(record, texts, diagnostics))
                {
                    Invalidate(record);
                }

                if (!CheckDates(record, diagnostics))
                {
                    Invalidate(record);
                }
            }

            // A second record of an id is reported (NF0006) and left out; the first keeps the id, and what refers to it.
            diagnostics.AddRange(records.DuplicateDiagnostics);
            CheckMemberNames(records, kinds, invalid, diagnostics);
            CheckAliases(records, diagnostics, cancellationToken);

            LeaveOutReferrers(records, referencesOf, invalid, cancellationToken);
            DatasetSpec dataset = records.Keep(id => !invalid.Contains(id), kinds.Values);
            bool refersToNewsFacts = refersToExternal.Any(id => !invalid.Contains(id));
            return new ValidationResult(new EmitModel(options.Namespace, dataset, refersToNewsFacts), diagnostics.ToEquatableArray());
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
            foreach (LocatedRecord record in records.All)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!record.IsFirst)
                {
                    continue;
                }

                referencesOf.Of(record.Spec, references);
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

        private static bool CheckReference(RecordSet records, LocatedRecord record, Reference reference, List<DiagnosticInfo> diagnostics)
        {
            if (!records.KindOf.TryGetValue(reference.Id, out string? kind))
            {
                if (records.PartlyRead)
                {
                    // The id may be in the part of a file not read: the record is left out until that file reads to its end,
                    // and a reference that is really wrong is reported then.
                    return false;
                }

                string? suggestion = records.Suggest(reference.Id);
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownReference, record.Locate(reference.Path), Field(record, reference), reference.Id, suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?"));
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
        private static string Field(LocatedRecord record, Reference reference) => $"{record.Kind} '{record.Spec.Id}', {reference.Path}";

        private static bool CheckQuotes(LocatedRecord record, Dictionary<string, string> texts, List<DiagnosticInfo> diagnostics)
        {
            if (texts.Count == 0)
            {
                return true;
            }

            bool valid = true;
            foreach ((string document, string quote, int start, FieldPath field) in Quotes.Of(record.Spec))
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

        private static bool CheckDates(LocatedRecord record, List<DiagnosticInfo> diagnostics)
        {
            (string? start, string? end) = record.Spec switch
            {
                EventSpec e => (e.Start, e.End),
                RelationSpec r => (r.Start, r.End),
                _ => (null, null),
            };

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
            foreach (LocatedRecord record in records.All)
            {
                if (records.Duplicates.Contains(record.Spec.Id) && !record.IsFirst)
                {
                    continue;
                }

                string containing = record.Spec is CustomRecordSpec custom
                    ? (kinds.TryGetValue(custom.Kind, out KindSpec? kind) ? CSharpNames.ClassName(kind) : custom.Kind)
                    : ClassOf(record.Spec);
                string member = CSharpNames.MemberName(record.Spec.Id, containing);
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

        private static void CheckAliases(RecordSet records, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            var owners = new Dictionary<string, EntitySpec>(StringComparer.Ordinal);
            foreach (LocatedRecord record in records.All)
            {
                if (record.Spec is not EntitySpec entity)
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                foreach ((string name, FieldPath path) in NamesOf(entity))
                {
                    string key = NameFolding.Fold(name);
                    if (!owners.TryGetValue(key, out EntitySpec? owner))
                    {
                        owners[key] = entity;
                    }
                    else if (owner.Id != entity.Id && !(owner.Ambiguous && entity.Ambiguous))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SharedAlias, record.Locate(path), name, owner.Id, entity.Id));
                    }
                }
            }
        }

        private static IEnumerable<(string Name, FieldPath Path)> NamesOf(EntitySpec entity)
        {
            foreach (NameSpec name in entity.Names)
            {
                yield return (name.Text, new FieldPath("names", Sub: name.Language));
            }

            for (int i = 0; i < entity.Aliases.Count; i++)
            {
                yield return (entity.Aliases[i], new FieldPath("aliases", i));
            }

            for (int i = 0; i < entity.Misspellings.Count; i++)
            {
                yield return (entity.Misspellings[i], new FieldPath("misspellings", i));
            }
        }

        internal static string ClassOf(IRecordSpec spec) => spec switch
        {
            EntitySpec entity => MemberClasses.ForEntity(entity.Kind),
            DocumentSpec => MemberClasses.Documents,
            EventSpec => MemberClasses.Events,
            RelationSpec => MemberClasses.Relations,
            StatementSpec => MemberClasses.Statements,
            ClaimSpec => MemberClasses.Claims,
            _ => MemberClasses.Discrepancies,
        };

        private static string Article(string kind) => ("aeiou".IndexOf(kind[0]) >= 0 ? "an " : "a ") + kind;
    }
}
