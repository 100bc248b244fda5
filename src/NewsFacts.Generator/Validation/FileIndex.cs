using System;
using System.Collections.Generic;
using NewsFacts.Generator.Model;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Validation
{
    /// <summary>
    /// One facts file's share of validation that depends on that file alone, computed in a per-file step so that an
    /// edit to one file recomputes only its index: its records in file order, the C# member name of each record of a
    /// built-in kind (its class and member), the folded names of each entity, and its records sorted by kind then id.
    /// The cross-file checks (<see cref="DatasetValidator"/>) then work over the indexes. Nothing here may depend on
    /// another file (a declared kind's member names, which depend on the kinds every file declares, are worked out there).
    /// </summary>
    internal sealed record FileIndex(
        FactsFile File,
        EquatableArray<int> Order,
        EquatableArray<string> Classes,
        EquatableArray<string> Members,
        EquatableArray<EquatableArray<string>> FoldedNames,
        EquatableArray<int> Sorted,
        EquatableArray<int> ReferenceStarts,
        EquatableArray<FileReference> References,
        (string Type, string Message)? Error = null)
    {
        /// <summary>The index of a file, or — should indexing meet a bug of ours — one that carries the exception, which validation reports (NF9999) rather than the generator throwing.</summary>
        public static FileIndex Safe(FactsFile file)
        {
            try
            {
                return Of(file);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return new FileIndex(file, default, default, default, default, default, default, default, (exception.GetType().Name, exception.Message));
            }
        }

        /// <summary>The kinds' ranks in the sort: the built-in kinds in the order of <see cref="BuiltInSchema.Kinds"/>, then any other.</summary>
        private static readonly Dictionary<string, int> BuiltInRank = Ranks();

        public static FileIndex Of(FactsFile file)
        {
            int count = file.Records.Count;

            // The parser gives the records section by section; which record of an id comes first is a matter of file order.
            var order = new int[count];
            for (int i = 0; i < count; i++)
            {
                order[i] = i;
            }

            var offsets = new int[count];
            for (int i = 0; i < count; i++)
            {
                offsets[i] = file.Records[i].Source.Offset;
            }

            // Stable, as OrderBy was: records at one offset keep the parser's order.
            Array.Sort(offsets, order);
            StableFix(file, order);

            // The references of each record of a built-in kind (none listed for a declared kind's), by position.
            var walker = new References(new KindSchemas(Array.Empty<KindSpec>()), Array.Empty<string>());
            var referenceStarts = new int[count + 1];
            var references = new List<FileReference>();
            var found = new List<Reference>();

            var classes = new string[count];
            var members = new string[count];
            var folded = new EquatableArray<string>[count];
            SchemaKind entities = BuiltInSchema.Entity;
            for (int p = 0; p < count; p++)
            {
                RecordSpec record = file.Records[order[p]].Value;
                referenceStarts[p] = references.Count;
                if (KindSchemas.BuiltInKind(record.Kind) is null)
                {
                    classes[p] = string.Empty;
                    members[p] = string.Empty;
                }
                else
                {
                    walker.Of(record, found);
                    foreach (Reference reference in found)
                    {
                        references.Add(new FileReference(reference.Path, reference.Id, reference.RefersTo));
                    }

                    classes[p] = DatasetValidator.ClassOf(record);
                    members[p] = Naming.CSharpNames.MemberName(record.Id, classes[p]);
                }

                if (record.Kind == entities.Name)
                {
                    var keys = new List<string>();
                    foreach ((string name, FieldPath _) in DatasetValidator.NamesOf(entities.Record, record))
                    {
                        keys.Add(NameFolding.Fold(name));
                    }

                    folded[p] = keys.ToEquatableArray();
                }
            }

            referenceStarts[count] = references.Count;

            // By kind (built-in first, in their order; then the others by name), then id: the order the dataset keeps.
            var sorted = new int[count];
            for (int p = 0; p < count; p++)
            {
                sorted[p] = p;
            }

            var ranks = new int[count];
            for (int p = 0; p < count; p++)
            {
                ranks[p] = Rank(file.Records[order[p]].Value.Kind);
            }

            Array.Sort(sorted, (a, b) =>
            {
                RecordSpec x = file.Records[order[a]].Value, y = file.Records[order[b]].Value;
                int c = ranks[a] - ranks[b];
                if (c == 0 && ranks[a] == int.MaxValue)
                {
                    c = string.CompareOrdinal(x.Kind, y.Kind);
                }

                if (c == 0)
                {
                    c = string.CompareOrdinal(x.Id, y.Id);
                }

                return c != 0 ? c : a - b;
            });

            return new FileIndex(file, new EquatableArray<int>(order), new EquatableArray<string>(classes), new EquatableArray<string>(members), new EquatableArray<EquatableArray<string>>(folded), new EquatableArray<int>(sorted), new EquatableArray<int>(referenceStarts), references.ToEquatableArray());
        }

        /// <summary>The rank of a kind in the sort: a built-in kind's position, else <see cref="int.MaxValue"/> (then by name).</summary>
        public static int Rank(string kind) => BuiltInRank.TryGetValue(kind, out int rank) ? rank : int.MaxValue;

        // Array.Sort is not stable: records at one offset (none in practice) go back to the parser's order.
        private static void StableFix(FactsFile file, int[] order)
        {
            for (int start = 0; start < order.Length;)
            {
                int end = start + 1;
                while (end < order.Length && file.Records[order[end]].Source.Offset == file.Records[order[start]].Source.Offset)
                {
                    end++;
                }

                if (end - start > 1)
                {
                    Array.Sort(order, start, end - start);
                }

                start = end;
            }
        }

        private static Dictionary<string, int> Ranks()
        {
            var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (SchemaKind kind in BuiltInSchema.Kinds)
            {
                ranks[kind.Name] = ranks.Count;
            }

            return ranks;
        }
    }
}
