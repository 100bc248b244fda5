using System;
using System.Collections.Generic;
using System.Linq;
using NewsFacts.Generator.Diagnostics;
using NewsFacts.Generator.Model;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Validation
{
    /// <summary>A record (or a declared kind) with the file it was read from, so diagnostics can point at its values.</summary>
    internal sealed class LocatedRecord<T>
        where T : IEquatable<T>
    {
        private static readonly FieldPath Id = new FieldPath("id");

        private readonly FileLocations _locations;
        private readonly RecordSource _source;

        public LocatedRecord(Located<T> record, string kind, FileLocations locations, bool isFirst, FileIndex? index = null, int position = 0)
        {
            Spec = record.Value;
            Kind = kind;
            _locations = locations;
            _source = record.Source;
            IsFirst = isFirst;
            Index = index;
            Position = position;
        }

        /// <summary>The index of its file (records only), where its member name and folded names were worked out.</summary>
        public FileIndex? Index { get; }

        /// <summary>Its position in its file's order (<see cref="FileIndex.Order"/>).</summary>
        public int Position { get; }

        public T Spec { get; }

        /// <summary>The path of the file it was read from.</summary>
        public string FilePath => _locations.FilePath;

        /// <summary>The schema word for its kind: <c>person</c>, <c>event</c>, <c>document</c>…</summary>
        public string Kind { get; }

        /// <summary>False for the second and later records with an id already taken: the first in file order keeps it.</summary>
        public bool IsFirst { get; }

        /// <summary>The record has errors in its own fields, reported while parsing: it is checked, never emitted.</summary>
        public bool HasErrors => _source.HasErrors;

        /// <summary>The location of a field of this record (<c>participants[1]</c>), else of its id, else null. Made only for a diagnostic.</summary>
        public LocationInfo? Locate(FieldPath field) =>
            _locations.Find(_source.FirstField, _source.FieldCount, field) ?? _locations.Find(_source.FirstField, _source.FieldCount, Id);
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

        public string FilePath => _filePath;

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
    /// Every record of every file of a project, with the index of ids the checks need. Files are taken in path
    /// order and each file's records in file order (by where each starts), so the first record of an id, which keeps
    /// it, is the first the author wrote (in the file whose path sorts first).
    /// </summary>
    internal sealed class RecordSet
    {
        private readonly List<LocatedRecord<RecordSpec>> _all = new List<LocatedRecord<RecordSpec>>();

        // Each file's index and where its records begin in _all, in path order.
        private readonly List<(FileIndex Index, int Start)> _files = new List<(FileIndex Index, int Start)>();

        public RecordSet(IEnumerable<FactsFile> files, ExternalIds external)
            : this(files.Select(FileIndex.Of), external)
        {
        }

        public RecordSet(IEnumerable<FileIndex> files, ExternalIds external)
        {
            External = external;
            int total = 0;
            var sorted = new List<FileIndex>(files);
            foreach (FileIndex index in sorted)
            {
                total += index.File.Records.Count;
            }

            sorted.Sort(static (a, b) => string.CompareOrdinal(a.File.FilePath, b.File.FilePath));
            _all.Capacity = total;
            FirstById = new Dictionary<string, LocatedRecord<RecordSpec>>(total, StringComparer.Ordinal);
            KindOf = new Dictionary<string, string>(total, StringComparer.Ordinal);
            foreach (FileIndex index in sorted)
            {
                FactsFile file = index.File;
                PartlyRead |= file.PartlyRead;
                var locations = new FileLocations(file.FilePath, file.Locations);
                foreach (Located<KindSpec> kind in file.Kinds)
                {
                    Kinds.Add(new LocatedRecord<KindSpec>(kind, "kind", locations, isFirst: true));
                }

                // In file order (FileIndex.Order): which record of an id comes first is a matter of file order.
                _files.Add((index, _all.Count));
                for (int p = 0; p < index.Order.Count; p++)
                {
                    Add(file.Records[index.Order[p]], locations, index, p);
                }
            }
        }

        public IReadOnlyList<LocatedRecord<RecordSpec>> All => _all;

        /// <summary>Some file was read only up to a problem in its YAML: an id no record has may be in the part not read.</summary>
        public bool PartlyRead { get; }

        /// <summary>The kinds every file declares, in file order.</summary>
        public List<LocatedRecord<KindSpec>> Kinds { get; } = new List<LocatedRecord<KindSpec>>();

        public Dictionary<string, string> KindOf { get; }

        public HashSet<string> Duplicates { get; } = new HashSet<string>(StringComparer.Ordinal);

        public List<DiagnosticInfo> DuplicateDiagnostics { get; } = new List<DiagnosticInfo>();

        private Dictionary<string, LocatedRecord<RecordSpec>> FirstById { get; }

        /// <summary>The ids of the referenced dataset packages.</summary>
        public ExternalIds External { get; }

        /// <summary>The names of the referenced datasets, in the order of the project's references.</summary>
        public List<string> Referenced => External.Names;

        /// <summary>The kinds the referenced datasets declare: their record types and the dataset of each.</summary>
        public Dictionary<string, (string TypeName, string Dataset)> ForeignKinds => External.ForeignKinds;

        /// <summary>Ids that two referenced datasets both have, with the two datasets' names.</summary>
        public List<(string Id, string First, string Second)> Clashes => External.Clashes;

        /// <summary>The kind of the record an id names: one of the project's (its first record) or of a referenced dataset.</summary>
        public bool TryKindOf(string id, out string kind) => KindOf.TryGetValue(id, out kind!) || External.TryGet(id, out kind, out _);

        /// <summary>The nearest existing id, for a did-you-mean.</summary>
        public string? Suggest(string id) => DidYouMean.Nearest(id, KindOf.Keys.Concat(External.Ids));

        /// <summary>
        /// The dataset of the first record of each id that <paramref name="keep"/> accepts: the built-in kinds' records
        /// in the order of <see cref="BuiltInSchema.Kinds"/>, then the declared kinds' in the order of their names,
        /// each kind's sorted by id; and beside it the path of each record's file, in the same order.
        /// </summary>
        /// <remarks>
        /// Also gives each file's records of the built-in kinds, in the same order (the file's run before the merge), for
        /// the files that have any, in path order: what <see cref="FileEmitModel.Split"/> would make of the dataset.
        /// </remarks>
        public (DatasetSpec Dataset, string[] Files, List<(string Path, List<RecordSpec> Records)> BuiltInByFile) Keep(Func<string, bool> keep, IEnumerable<KindSpec> keptKinds)
        {
            List<KindSpec> kinds = keptKinds.OrderBy(k => k.Name, StringComparer.Ordinal).ToList();
            var order = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (SchemaKind kind in BuiltInSchema.Kinds)
            {
                order[kind.Name] = order.Count;
            }

            foreach (KindSpec kind in kinds)
            {
                order[kind.Name] = order.Count;
            }

            // Each file's records come sorted by kind then id (FileIndex.Sorted, in the per-file step): the runs of the
            // records kept are merged, two by two, rather than every record sorted again on each edit.
            var runs = new List<List<(int Kind, LocatedRecord<RecordSpec> Record)>>(_files.Count);
            var byFile = new List<(string Path, List<RecordSpec> Records)>(_files.Count);
            int builtIn = BuiltInSchema.Kinds.Count;
            foreach ((FileIndex index, int start) in _files)
            {
                var run = new List<(int Kind, LocatedRecord<RecordSpec> Record)>(index.Sorted.Count);
                List<RecordSpec>? own = null;
                foreach (int p in index.Sorted)
                {
                    LocatedRecord<RecordSpec> record = _all[start + p];
                    if (record.IsFirst && order.TryGetValue(record.Spec.Kind, out int kind) && keep(record.Spec.Id))
                    {
                        run.Add((kind, record));
                        if (kind < builtIn)
                        {
                            (own ??= new List<RecordSpec>(index.Sorted.Count)).Add(record.Spec);
                        }
                    }
                }

                runs.Add(run);
                if (own is not null)
                {
                    byFile.Add((index.File.FilePath, own));
                }
            }

            while (runs.Count > 1)
            {
                var merged = new List<List<(int Kind, LocatedRecord<RecordSpec> Record)>>((runs.Count + 1) / 2);
                for (int i = 0; i < runs.Count; i += 2)
                {
                    merged.Add(i + 1 < runs.Count ? Merge(runs[i], runs[i + 1]) : runs[i]);
                }

                runs = merged;
            }

            List<(int Kind, LocatedRecord<RecordSpec> Record)> kept = runs.Count == 0 ? new List<(int Kind, LocatedRecord<RecordSpec> Record)>() : runs[0];
            var records = new RecordSpec[kept.Count];
            var files = new string[kept.Count];
            for (int i = 0; i < records.Length; i++)
            {
                records[i] = kept[i].Record.Spec;
                files[i] = kept[i].Record.FilePath;
            }

            return (new DatasetSpec(kinds.ToEquatableArray(), new EquatableArray<RecordSpec>(records)), files, byFile);
        }

        // Two runs sorted by kind then id, merged; ids of first records are unique, so no two are equal.
        private static List<(int Kind, LocatedRecord<RecordSpec> Record)> Merge(List<(int Kind, LocatedRecord<RecordSpec> Record)> a, List<(int Kind, LocatedRecord<RecordSpec> Record)> b)
        {
            var merged = new List<(int Kind, LocatedRecord<RecordSpec> Record)>(a.Count + b.Count);
            int i = 0, j = 0;
            while (i < a.Count && j < b.Count)
            {
                (int Kind, LocatedRecord<RecordSpec> Record) x = a[i], y = b[j];
                int c = x.Kind != y.Kind ? x.Kind - y.Kind : string.CompareOrdinal(x.Record.Spec.Id, y.Record.Spec.Id);
                if (c <= 0)
                {
                    merged.Add(x);
                    i++;
                }
                else
                {
                    merged.Add(y);
                    j++;
                }
            }

            for (; i < a.Count; i++)
            {
                merged.Add(a[i]);
            }

            for (; j < b.Count; j++)
            {
                merged.Add(b[j]);
            }

            return merged;
        }

        private void Add(Located<RecordSpec> located, FileLocations locations, FileIndex index, int position)
        {
            string id = located.Value.Id;
            string? owner = null;
            bool isFirst = !FirstById.TryGetValue(id, out LocatedRecord<RecordSpec>? first) && !External.TryGet(id, out _, out owner);
            var record = new LocatedRecord<RecordSpec>(located, KindSchemas.TypeOf(located.Value), locations, isFirst, index, position);
            _all.Add(record);
            if (first is null && !isFirst)
            {
                Duplicates.Add(id);
                DuplicateDiagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, record.Locate(new FieldPath("id")), id, $" by the referenced dataset '{owner}' (ids are global across the datasets a project sees)"));
                return;
            }

            if (isFirst)
            {
                FirstById[id] = record;
                KindOf[id] = record.Kind;
                return;
            }

            Duplicates.Add(id);
            LocationInfo? firstAt = first!.Locate(new FieldPath("id"));
            string where = firstAt is null ? string.Empty : $" at {System.IO.Path.GetFileName(firstAt.FilePath)}({Invariant.Number(firstAt.LineSpan.Start.Line + 1)},{Invariant.Number(firstAt.LineSpan.Start.Character + 1)})";
            DuplicateDiagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, record.Locate(new FieldPath("id")), id, where));
        }
    }
}
