using System;
using System.Collections.Generic;
using System.Linq;
using NewsFacts.Generator.Diagnostics;
using NewsFacts.Generator.Model;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Validation
{
    /// <summary>A record with the file and node path it was read from, so diagnostics can point at it.</summary>
    internal sealed class LocatedRecord
    {
        private static readonly FieldPath Id = new FieldPath("id");

        private readonly string _filePath;
        private readonly EquatableArray<FieldLocation> _fields;

        public LocatedRecord(IRecordSpec spec, string kind, string filePath, RecordOrigin? origin, bool isFirst)
        {
            Spec = spec;
            Kind = kind;
            Path = origin?.Path ?? string.Empty;
            _filePath = filePath;
            _fields = origin?.Fields ?? EquatableArray<FieldLocation>.Empty;
            IsFirst = isFirst;
        }

        public IRecordSpec Spec { get; }

        /// <summary>The schema word for its kind: <c>person</c>, <c>event</c>, <c>document</c>…</summary>
        public string Kind { get; }

        public string Path { get; }

        /// <summary>False for the second and later records with an id already taken.</summary>
        public bool IsFirst { get; }

        /// <summary>The location of a field of this record (<c>participants[1]</c>), else of its id, else null. Made only for a diagnostic.</summary>
        public LocationInfo? Locate(FieldPath field) => Find(field) ?? Find(Id);

        // A record remembers a dozen values or so: a scan is all it takes. The last wins, as a value read twice stands in one place.
        private LocationInfo? Find(FieldPath field)
        {
            for (int i = _fields.Count - 1; i >= 0; i--)
            {
                if (_fields[i].Path == field)
                {
                    return _fields[i].ToLocationInfo(_filePath);
                }
            }

            return null;
        }
    }

    /// <summary>
    /// The origins of one file's records, found by id in the order the parser added them. The parser adds
    /// records and origins in the same order, so the next origin is nearly always the one sought; a duplicate
    /// id within a file takes its origins in order.
    /// </summary>
    internal sealed class FileOrigins
    {
        private readonly EquatableArray<RecordOrigin> _origins;
        private readonly bool[] _taken;
        private int _next;
        private Dictionary<string, Queue<int>>? _byId;

        public FileOrigins(EquatableArray<RecordOrigin> origins)
        {
            _origins = origins;
            _taken = new bool[origins.Count];
        }

        public RecordOrigin? Next(string id)
        {
            if (_next < _origins.Count && !_taken[_next] && _origins[_next].Id == id)
            {
                _taken[_next] = true;
                return _origins[_next++];
            }

            // Out of order (kinds are listed apart from records): index every origin not yet taken, once.
            if (_byId is null)
            {
                _byId = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
                for (int i = 0; i < _origins.Count; i++)
                {
                    if (_taken[i])
                    {
                        continue;
                    }

                    if (!_byId.TryGetValue(_origins[i].Id, out Queue<int>? queue))
                    {
                        _byId[_origins[i].Id] = queue = new Queue<int>();
                    }

                    queue.Enqueue(i);
                }
            }

            while (_byId.TryGetValue(id, out Queue<int>? queue) && queue.Count > 0)
            {
                int index = queue.Dequeue();
                if (!_taken[index])
                {
                    _taken[index] = true;
                    return _origins[index];
                }
            }

            return null;
        }
    }

    /// <summary>Every record of every file of a project, with the index of ids the checks need.</summary>
    internal sealed class RecordSet
    {
        private readonly List<LocatedRecord> _all = new List<LocatedRecord>();

        private readonly HashSet<string> _external = new HashSet<string>(StringComparer.Ordinal);

        public RecordSet(IEnumerable<FactsFile> files, EquatableArray<ExternalId> referenced)
        {
            foreach (ExternalId external in referenced)
            {
                KindOf[external.Id] = external.Kind;
                _external.Add(external.Id);
            }

            foreach (FactsFile file in files.OrderBy(f => f.FilePath, StringComparer.Ordinal))
            {
                var origins = new FileOrigins(file.Origins);
                DatasetSpec d = file.Dataset;
                foreach (KindSpec kind in d.Kinds)
                {
                    Kinds.Add(new LocatedRecord(kind, "kind", file.FilePath, origins.Next(Parsing.RecordParser.KindOriginPrefix + kind.Name), isFirst: true));
                }

                foreach ((IRecordSpec spec, string kind) in Enumerate(d))
                {
                    Add(spec, kind, file.FilePath, origins.Next(spec.Id));
                }
            }
        }

        public IReadOnlyList<LocatedRecord> All => _all;

        /// <summary>The kinds every file declares, in file order.</summary>
        public List<LocatedRecord> Kinds { get; } = new List<LocatedRecord>();

        public Dictionary<string, string> KindOf { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        public HashSet<string> Duplicates { get; } = new HashSet<string>(StringComparer.Ordinal);

        public List<DiagnosticInfo> DuplicateDiagnostics { get; } = new List<DiagnosticInfo>();

        private Dictionary<string, LocatedRecord> FirstById { get; } = new Dictionary<string, LocatedRecord>(StringComparer.Ordinal);

        /// <summary>Whether <paramref name="id"/> is a record of the referenced NewsFacts dataset.</summary>
        public bool IsExternal(string id) => _external.Contains(id);

        /// <summary>The nearest existing id, for a did-you-mean.</summary>
        public string? Suggest(string id)
        {
            string? best = null;
            int bestDistance = Math.Max(2, id.Length / 4) + 1;
            foreach (string candidate in KindOf.Keys)
            {
                if (Math.Abs(candidate.Length - id.Length) >= bestDistance)
                {
                    continue;
                }

                int distance = EditDistance.Between(id, candidate);
                if (distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }

            return best;
        }

        /// <summary>The dataset of the first record of each id that <paramref name="keep"/> accepts, each section sorted by id.</summary>
        public DatasetSpec Keep(Func<string, bool> keep, IEnumerable<KindSpec> keptKinds)
        {
            List<T> Section<T>()
                where T : IRecordSpec => _all.Where(r => r.IsFirst && r.Spec is T && keep(r.Spec.Id)).Select(r => (T)r.Spec).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();

            return new DatasetSpec(
                Section<DocumentSpec>().ToEquatableArray(),
                Section<EntitySpec>().ToEquatableArray(),
                Section<EventSpec>().ToEquatableArray(),
                Section<RelationSpec>().ToEquatableArray(),
                Section<StatementSpec>().ToEquatableArray(),
                Section<ClaimSpec>().ToEquatableArray(),
                Section<DiscrepancySpec>().ToEquatableArray(),
                keptKinds.OrderBy(k => k.Name, StringComparer.Ordinal).ToEquatableArray(),
                Section<CustomRecordSpec>().ToEquatableArray());
        }

        private void Add(IRecordSpec spec, string kind, string filePath, RecordOrigin? origin)
        {
            bool isFirst = !FirstById.TryGetValue(spec.Id, out LocatedRecord? first) && !_external.Contains(spec.Id);
            var record = new LocatedRecord(spec, kind, filePath, origin, isFirst);
            _all.Add(record);
            if (first is null && !isFirst)
            {
                Duplicates.Add(spec.Id);
                DuplicateDiagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, record.Locate(new FieldPath("id")), spec.Id, " by the referenced NewsFacts dataset"));
                return;
            }

            if (isFirst)
            {
                FirstById[spec.Id] = record;
                KindOf[spec.Id] = kind;
                return;
            }

            Duplicates.Add(spec.Id);
            LocationInfo? firstAt = first!.Locate(new FieldPath("id"));
            string where = firstAt is null ? string.Empty : $" at {System.IO.Path.GetFileName(firstAt.FilePath)}({Invariant.Number(firstAt.LineSpan.Start.Line + 1)},{Invariant.Number(firstAt.LineSpan.Start.Character + 1)})";
            DuplicateDiagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, record.Locate(new FieldPath("id")), spec.Id, where));
        }

        // Records in the order the parser added origins: section by section, as in DatasetSpec.
        private static IEnumerable<(IRecordSpec Spec, string Kind)> Enumerate(DatasetSpec d)
        {
            foreach (DocumentSpec x in d.Documents)
            {
                yield return (x, "document");
            }

            foreach (EntitySpec x in d.Entities)
            {
                yield return (x, x.Kind);
            }

            foreach (EventSpec x in d.Events)
            {
                yield return (x, "event");
            }

            foreach (RelationSpec x in d.Relations)
            {
                yield return (x, "relation");
            }

            foreach (StatementSpec x in d.Statements)
            {
                yield return (x, "statement");
            }

            foreach (ClaimSpec x in d.Claims)
            {
                yield return (x, "claim");
            }

            foreach (DiscrepancySpec x in d.Discrepancies)
            {
                yield return (x, "discrepancy");
            }

            foreach (CustomRecordSpec x in d.CustomRecords)
            {
                yield return (x, x.Kind);
            }
        }
    }
}
