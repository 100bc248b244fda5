using System;
using System.Runtime.CompilerServices;
using NewsFacts.Internal;

namespace NewsFacts
{
    /// <summary>
    /// Where each record of one table (or segment of a table, <see cref="TableRows"/>) starts and ends, found by one scan on first use. The scans are plain
    /// loops rather than <c>span.IndexOf</c>: in a fresh process the first vectorized search costs over a
    /// millisecond, more than scanning every table of a dataset this size.
    /// </summary>
    internal sealed class TableIndex
    {
        private const byte RecordEnd = (byte)FactTableFormat.RecordEnd;
        private const byte FieldSeparator = (byte)FactTableFormat.FieldSeparator;

        /// <summary>The number of records. A field, not a property: a getter would be one method more to compile on a fresh process's first lookup.</summary>
        public readonly int Count;

        // _starts[k] is where record k starts; _starts[Count] is one past the end of the last record.
        private readonly int[] _starts;

        /// <summary>Scans a table for the ends of its records (the scan is the constructor, for the reason of <see cref="Count"/>).</summary>
        public unsafe TableIndex(ReadOnlySpan<byte> table)
        {
            const ulong Ones = 0x0101010101010101UL, Highs = 0x8080808080808080UL, RecordEnds = Ones * RecordEnd;
            var starts = new int[(table.Length / 256) + 2];
            int count = 0, length = table.Length, i = 0;
            fixed (byte* bytes = table)
            {
                while (i < length)
                {
                    // Eight bytes at a time while none of them ends a record: a first scan runs before the
                    // JIT has optimized this loop, and eight times fewer turns keep that cheap.
                    if (i + 8 <= length)
                    {
                        ulong word = Unsafe.ReadUnaligned<ulong>(bytes + i) ^ RecordEnds;
                        if (((word - Ones) & ~word & Highs) == 0)
                        {
                            i += 8;
                            continue;
                        }
                    }

                    for (int stop = Math.Min(i + 8, length); i < stop; i++)
                    {
                        if (bytes[i] == RecordEnd)
                        {
                            if (count + 1 == starts.Length)
                            {
                                Array.Resize(ref starts, starts.Length * 2);
                            }

                            starts[++count] = i + 1;
                        }
                    }
                }
            }

            _starts = starts;
            Count = count;
        }

        /// <summary>
        /// The record whose id (its first field) is <paramref name="id"/>, or -1: a binary search, since the
        /// generator writes every table ordered by id (ordinal), so a first lookup needs no dictionary of all ids.
        /// </summary>
        public unsafe int Find(ReadOnlySpan<byte> table, string id)
        {
            int low = 0, high = Count - 1;
            fixed (byte* bytes = table)
            fixed (char* chars = id)
            {
                while (low <= high)
                {
                    int middle = low + ((high - low) >> 1);
                    int start = _starts[middle], end = _starts[middle + 1] - 1;

                    // The ids the generator accepts are ASCII, whose UTF-8 bytes are their UTF-16 code units, so
                    // the bytes compare with the query as they stand; any other id is compared decoded.
                    int order;
                    for (int i = 0; ; i++)
                    {
                        bool idEnds = i == id.Length;
                        bool fieldEnds = start + i == end || bytes[start + i] == FieldSeparator;
                        if (idEnds || fieldEnds)
                        {
                            order = idEnds == fieldEnds ? 0 : idEnds ? -1 : 1;
                            break;
                        }

                        int b = bytes[start + i];
                        if (b >= 0x80 || b == FactTableFormat.Escape)
                        {
                            order = CompareDecoded(table, middle, id);
                            break;
                        }

                        order = chars[i] - b;
                        if (order != 0)
                        {
                            break;
                        }
                    }

                    if (order == 0)
                    {
                        return middle;
                    }

                    if (order < 0)
                    {
                        high = middle - 1;
                    }
                    else
                    {
                        low = middle + 1;
                    }
                }
            }

            return -1;
        }

        /// <summary>The fields of record <paramref name="index"/>, decoded from UTF-8; escapes are left for <see cref="RecordDecoder"/> to undo.</summary>
        public string[] ReadRecord(ReadOnlySpan<byte> table, int index, int columns)
        {
            ReadOnlySpan<byte> record = table.Slice(_starts[index], _starts[index + 1] - _starts[index] - 1);
            var fields = new string[columns];
            int start = 0;
            for (int column = 0; column < columns; column++)
            {
                int end = start;
                while (end < record.Length && record[end] != FieldSeparator)
                {
                    end++;
                }

                fields[column] = Utf8Text.Decode(record.Slice(start, end - start));
                start = Math.Min(end + 1, record.Length);
            }

            return fields;
        }

        /// <summary>One field of record <paramref name="index"/>, decoded (used to index ids and kinds without decoding whole records).</summary>
        public string ReadField(ReadOnlySpan<byte> table, int index, int column)
        {
            ReadOnlySpan<byte> record = table.Slice(_starts[index], _starts[index + 1] - _starts[index] - 1);
            int start = 0, end = 0;
            for (int field = 0; field <= column; field++)
            {
                start = Math.Min(end + (field == 0 ? 0 : 1), record.Length);
                end = start;
                while (end < record.Length && record[end] != FieldSeparator)
                {
                    end++;
                }
            }

            return Utf8Text.Decode(record.Slice(start, end - start));
        }

        /// <summary>The bytes of record <paramref name="index"/>'s id (its first field), as the table holds them.</summary>
        public ReadOnlySpan<byte> Id(ReadOnlySpan<byte> table, int index)
        {
            ReadOnlySpan<byte> record = table.Slice(_starts[index], _starts[index + 1] - _starts[index] - 1);
            int end = 0;
            while (end < record.Length && record[end] != FieldSeparator)
            {
                end++;
            }

            return record.Slice(0, end);
        }

        // An id with escapes or non-ASCII characters (never one the generator accepts): ordinal order of the decoded strings.
        private int CompareDecoded(ReadOnlySpan<byte> table, int index, string id) =>
            string.CompareOrdinal(id, FactTableFormat.UnescapeValue(ReadField(table, index, 0)));
    }
}
