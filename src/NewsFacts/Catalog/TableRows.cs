using System;

namespace NewsFacts
{
    /// <summary>
    /// The rows of one table read in place from its segments (one or more per facts file, each ordered by id), in
    /// the order of their ids across the whole table: a row is a record's position in that order, the one the
    /// catalog's lists and generated code's lookups use. A table of one segment (every table of a dataset of one
    /// facts file, and a table given whole by its property) is its segment's index as it is; several segments are merged once, on first use, into a permutation of their records.
    /// </summary>
    internal sealed class TableRows
    {
        private readonly TableIndex[] _segments;

        // _firstRow[s] is where segment s starts among the records taken segment after segment ("concatenated rows").
        private readonly int[] _firstRow;

        // With several segments not already in order: row → concatenated row, and back. Null: the orders are one.
        private readonly int[]? _concatenatedOf;
        private readonly int[]? _rowOf;

        private TableRows(TableIndex[] segments, int[] firstRow, int[]? concatenatedOf, int[]? rowOf)
        {
            _segments = segments;
            _firstRow = firstRow;
            _concatenatedOf = concatenatedOf;
            _rowOf = rowOf;
            Count = firstRow[segments.Length];
        }

        public int Count { get; }

        public static TableRows Build(FactCatalog catalog, int table)
        {
            int count = catalog.SegmentCount(table);
            var segments = new TableIndex[count];
            var firstRow = new int[count + 1];
            for (int s = 0; s < count; s++)
            {
                segments[s] = new TableIndex(catalog.Segment(table, s));
                firstRow[s + 1] = firstRow[s] + segments[s].Count;
            }

            if (count <= 1 || InOrder(catalog, table, segments))
            {
                return new TableRows(segments, firstRow, null, null);
            }

            int[] order = Merge(catalog, table, segments, firstRow);
            var rowOf = new int[order.Length];
            for (int row = 0; row < order.Length; row++)
            {
                rowOf[order[row]] = row;
            }

            return new TableRows(segments, firstRow, order, rowOf);
        }

        /// <summary>The row of record <paramref name="index"/> counted from the start of <paramref name="segment"/> (generated code's handle of a record).</summary>
        public int RowOf(int segment, int index)
        {
            int concatenated = _firstRow[segment] + index;
            if ((uint)index >= (uint)Count || (uint)concatenated >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return _rowOf is null ? concatenated : _rowOf[concatenated];
        }

        /// <summary>The row of <paramref name="id"/>, or -1: a binary search of each segment.</summary>
        public int Find(FactCatalog catalog, int table, string id)
        {
            for (int s = 0; s < _segments.Length; s++)
            {
                int index = _segments[s].Find(catalog.Segment(table, s), id);
                if (index >= 0)
                {
                    return RowOf(s, index);
                }
            }

            return -1;
        }

        /// <summary>The fields of a row, decoded from UTF-8 (see <see cref="TableIndex.ReadRecord"/>).</summary>
        public string[] ReadRecord(FactCatalog catalog, int table, int row, int columns)
        {
            int segment = Locate(row, out int index);
            return _segments[segment].ReadRecord(catalog.Segment(table, segment), index, columns);
        }

        /// <summary>One field of a row, decoded.</summary>
        public string ReadField(FactCatalog catalog, int table, int row, int column)
        {
            int segment = Locate(row, out int index);
            return _segments[segment].ReadField(catalog.Segment(table, segment), index, column);
        }

        // The segment of a row and its index there.
        private int Locate(int row, out int index)
        {
            int concatenated = _concatenatedOf is null ? row : _concatenatedOf[row];
            if (_segments.Length == 1)
            {
                index = concatenated;
                return 0;
            }

            // The last segment that starts at or before the row (empty segments start where the next one does).
            int low = 0, high = _segments.Length - 1;
            while (low < high)
            {
                int middle = (low + high + 1) >> 1;
                if (_firstRow[middle] <= concatenated)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }

            index = concatenated - _firstRow[low];
            return low;
        }

        // Whether every segment's first id comes after the previous segment's last: then no permutation is needed.
        private static bool InOrder(FactCatalog catalog, int table, TableIndex[] segments)
        {
            int last = -1;
            for (int s = 0; s < segments.Length; s++)
            {
                if (segments[s].Count == 0)
                {
                    continue;
                }

                if (last >= 0 && CompareIds(catalog.Segment(table, last), segments[last], segments[last].Count - 1, catalog.Segment(table, s), segments[s], 0) > 0)
                {
                    return false;
                }

                last = s;
            }

            return true;
        }

        // The concatenated rows in id order: the segments, each already in order, merged two runs at a time.
        private static int[] Merge(FactCatalog catalog, int table, TableIndex[] segments, int[] firstRow)
        {
            int count = firstRow[segments.Length];
            var segmentOf = new int[count];
            for (int s = 0; s < segments.Length; s++)
            {
                for (int row = firstRow[s]; row < firstRow[s + 1]; row++)
                {
                    segmentOf[row] = s;
                }
            }

            int Compare(int a, int b)
            {
                int sa = segmentOf[a], sb = segmentOf[b];
                return CompareIds(catalog.Segment(table, sa), segments[sa], a - firstRow[sa], catalog.Segment(table, sb), segments[sb], b - firstRow[sb]);
            }

            var order = new int[count];
            for (int row = 0; row < count; row++)
            {
                order[row] = row;
            }

            // Runs are the segments; each pass merges neighbouring runs.
            var bounds = new System.Collections.Generic.List<int>(firstRow);
            var buffer = new int[count];
            while (bounds.Count > 2)
            {
                var merged = new System.Collections.Generic.List<int> { 0 };
                for (int r = 0; r + 1 < bounds.Count; r += 2)
                {
                    int start = bounds[r], middle = bounds[r + 1], end = r + 2 < bounds.Count ? bounds[r + 2] : middle;
                    int i = start, j = middle, k = start;
                    while (i < middle && j < end)
                    {
                        buffer[k++] = Compare(order[j], order[i]) < 0 ? order[j++] : order[i++];
                    }

                    while (i < middle)
                    {
                        buffer[k++] = order[i++];
                    }

                    while (j < end)
                    {
                        buffer[k++] = order[j++];
                    }

                    merged.Add(end);
                }

                (order, buffer) = (buffer, order);
                bounds = merged;
            }

            return order;
        }

        // Ids compare as their UTF-8 bytes, which for the ASCII ids the generator accepts is ordinal order.
        private static int CompareIds(ReadOnlySpan<byte> tableA, TableIndex a, int indexA, ReadOnlySpan<byte> tableB, TableIndex b, int indexB)
        {
            ReadOnlySpan<byte> idA = a.Id(tableA, indexA), idB = b.Id(tableB, indexB);
            return idA.SequenceCompareTo(idB);
        }
    }
}
