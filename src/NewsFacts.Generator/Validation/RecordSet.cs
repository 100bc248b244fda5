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

        private readonly FileLocations _locations;
        private readonly int _firstField;
        private readonly int _fieldCount;

        public LocatedRecord(IRecordSpec spec, string kind, FileLocations locations, RecordOrigin? origin, bool isFirst)
        {
            Spec = spec;
            Kind = kind;
            Path = origin?.Path ?? string.Empty;
            _locations = locations;
            _firstField = origin?.FirstField ?? 0;
            _fieldCount = origin?.FieldCount ?? 0;
            HasErrors = origin?.HasErrors ?? false;
            IsFirst = isFirst;
        }

        public IRecordSpec Spec { get; }

        /// <summary>The schema word for its kind: <c>person</c>, <c>event</c>, <c>document</c>…</summary>
        public string Kind { get; }

        public string Path { get; }

        /// <summary>False for the second and later records with an id already taken: the first in file order keeps it.</summary>
        public bool IsFirst { get; }

        /// <summary>The record has errors in its own fields, reported while parsing: it is checked, never emitted.</summary>
        public bool HasErrors { get; }

        /// <summary>The location of a field of this record (<c>participants[1]</c>), else of its id, else null. Made only for a diagnostic.</summary>
        public LocationInfo? Locate(FieldPath field) =>
            _locations.Find(_firstField, _fieldCount, field) ?? _locations.Find(_firstField, _fieldCount, Id);
    }

    /// <summary>The places of the values of one file's records, looked up only for diagnostics.</summary>
    internal sealed class FileLocations
    {
        // A record of a dozen values is scanned; one with a long list (thousands of aliases, each maybe a
        // diagnostic) gets an index, so that many diagnostics on one record stay cheap.
        private const int ScanLimit = 64;

        private readonly string _filePath;
        private readonly SourceMap _map;
        private Dictionary<FieldPath, int>? _pathIndex;
        // For each record with more than ScanLimit values (by its first field): the last field at each path.
        private Dictionary<int, Dictionary<int, int>>? _bigRecords;

        public FileLocations(string filePath, SourceMap map)
        {
            _filePath = filePath;
            _map = map;
        }

        /// <summary>Where in the file a record stands (the offset of a value it read), to put records in file order; records do not overlap.</summary>
        public int OffsetOf(RecordOrigin? origin) =>
            origin is { FieldCount: > 0 } known ? _map.Fields[known.FirstField].Span.Start : int.MaxValue;

        /// <summary>The place of the value at <paramref name="path"/> among the record's fields; the last if it was read twice.</summary>
        public LocationInfo? Find(int first, int count, FieldPath path)
        {
            if (count == 0)
            {
                return null;
            }

            _pathIndex ??= Index(_map.Paths);
            if (!_pathIndex.TryGetValue(path, out int index))
            {
                return null;
            }

            if (count <= ScanLimit)
            {
                for (int i = first + count - 1; i >= first; i--)
                {
                    if (_map.Fields[i].Path == index)
                    {
                        return _map.Fields[i].ToLocationInfo(_filePath);
                    }
                }

                return null;
            }

            _bigRecords ??= new Dictionary<int, Dictionary<int, int>>();
            if (!_bigRecords.TryGetValue(first, out Dictionary<int, int>? fields))
            {
                _bigRecords[first] = fields = new Dictionary<int, int>();
                for (int i = first; i < first + count; i++)
                {
                    fields[_map.Fields[i].Path] = i;
                }
            }

            return fields.TryGetValue(index, out int at) ? _map.Fields[at].ToLocationInfo(_filePath) : null;
        }

        private static Dictionary<FieldPath, int> Index(EquatableArray<FieldPath> paths)
        {
            var index = new Dictionary<FieldPath, int>();
            for (int i = 0; i < paths.Count; i++)
            {
                index[paths[i]] = i;
            }

            return index;
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

    /// <summary>
    /// Every record of every file of a project, with the index of ids the checks need. Files are taken in path
    /// order and each file's records in file order, so the first record of an id, which keeps it, is the first
    /// the author wrote (in the file whose path sorts first).
    /// </summary>
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
                PartlyRead |= file.PartlyRead;
                var origins = new FileOrigins(file.Origins);
                var locations = new FileLocations(file.FilePath, file.Locations);
                DatasetSpec d = file.Dataset;
                foreach (KindSpec kind in d.Kinds)
                {
                    Kinds.Add(new LocatedRecord(kind, "kind", locations, origins.Next(Parsing.RecordParser.KindOriginPrefix + kind.Name), isFirst: true));
                }

                // Sections are listed in a fixed order; which record of an id comes first is a matter of file order.
                var inFile = new List<(IRecordSpec Spec, string Kind, RecordOrigin? Origin)>();
                foreach ((IRecordSpec spec, string kind) in Enumerate(d))
                {
                    inFile.Add((spec, kind, origins.Next(spec.Id)));
                }

                foreach ((IRecordSpec spec, string kind, RecordOrigin? origin) in inFile.OrderBy(r => locations.OffsetOf(r.Origin)))
                {
                    Add(spec, kind, locations, origin);
                }
            }
        }

        public IReadOnlyList<LocatedRecord> All => _all;

        /// <summary>Some file was read only up to a problem in its YAML: an id no record has may be in the part not read.</summary>
        public bool PartlyRead { get; }

        /// <summary>The kinds every file declares, in file order.</summary>
        public List<LocatedRecord> Kinds { get; } = new List<LocatedRecord>();

        public Dictionary<string, string> KindOf { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        public HashSet<string> Duplicates { get; } = new HashSet<string>(StringComparer.Ordinal);

        public List<DiagnosticInfo> DuplicateDiagnostics { get; } = new List<DiagnosticInfo>();

        private Dictionary<string, LocatedRecord> FirstById { get; } = new Dictionary<string, LocatedRecord>(StringComparer.Ordinal);

        /// <summary>Whether <paramref name="id"/> is a record of the referenced NewsFacts dataset.</summary>
        public bool IsExternal(string id) => _external.Contains(id);

        /// <summary>The nearest existing id, for a did-you-mean.</summary>
        public string? Suggest(string id) => DidYouMean.Nearest(id, KindOf.Keys);

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

        private void Add(IRecordSpec spec, string kind, FileLocations locations, RecordOrigin? origin)
        {
            bool isFirst = !FirstById.TryGetValue(spec.Id, out LocatedRecord? first) && !_external.Contains(spec.Id);
            var record = new LocatedRecord(spec, kind, locations, origin, isFirst);
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
