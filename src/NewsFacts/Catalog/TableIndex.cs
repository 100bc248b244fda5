using System;
using System.Collections.Generic;
using System.Text;
using NewsFacts.Internal;

namespace NewsFacts
{
    /// <summary>Where each record of one table starts and ends, found by one scan on first use.</summary>
    internal sealed class TableIndex
    {
        private readonly int[] _starts;

        private TableIndex(int[] starts) => _starts = starts;

        public int Count => _starts.Length - 1;

        public static TableIndex Build(ReadOnlySpan<byte> table)
        {
            var starts = new List<int> { 0 };
            int offset = 0;
            while (offset < table.Length)
            {
                int end = table.Slice(offset).IndexOf((byte)FactTableFormat.RecordEnd);
                if (end < 0)
                {
                    break;
                }

                offset += end + 1;
                starts.Add(offset);
            }

            return new TableIndex(starts.ToArray());
        }

        /// <summary>The fields of record <paramref name="index"/>, decoded.</summary>
        public string[] ReadRecord(ReadOnlySpan<byte> table, int index, int columns)
        {
            ReadOnlySpan<byte> record = table.Slice(_starts[index], _starts[index + 1] - _starts[index] - 1);
            var fields = new string[columns];
            for (int column = 0; column < columns; column++)
            {
                int end = record.IndexOf((byte)FactTableFormat.FieldSeparator);
                ReadOnlySpan<byte> field = end < 0 ? record : record.Slice(0, end);
                fields[column] = Decode(field);
                record = end < 0 ? ReadOnlySpan<byte>.Empty : record.Slice(end + 1);
            }

            return fields;
        }

        /// <summary>One field of record <paramref name="index"/>, decoded (used to index ids and kinds without decoding whole records).</summary>
        public string ReadField(ReadOnlySpan<byte> table, int index, int column)
        {
            ReadOnlySpan<byte> record = table.Slice(_starts[index], _starts[index + 1] - _starts[index] - 1);
            for (int skip = 0; skip < column; skip++)
            {
                int next = record.IndexOf((byte)FactTableFormat.FieldSeparator);
                record = next < 0 ? ReadOnlySpan<byte>.Empty : record.Slice(next + 1);
            }

            int end = record.IndexOf((byte)FactTableFormat.FieldSeparator);
            return Decode(end < 0 ? record : record.Slice(0, end));
        }

        private static unsafe string Decode(ReadOnlySpan<byte> utf8)
        {
            if (utf8.IsEmpty)
            {
                return string.Empty;
            }

            string text;
#if NETSTANDARD2_0
            fixed (byte* bytes = utf8)
            {
                text = Encoding.UTF8.GetString(bytes, utf8.Length);
            }
#else
            text = Encoding.UTF8.GetString(utf8);
#endif
            // Item separators stay in list fields; the catalog splits them before unescaping items.
            return text;
        }
    }
}
