using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

namespace NewsFacts
{
    /// <summary>
    /// The compiled tables of a dataset, one UTF-8 table per record kind. The generator emits a sealed
    /// subclass whose tables are UTF-8 literals in the assembly's data, so nothing is parsed or copied
    /// until a fact is first asked for. Not meant to be implemented by hand: the catalog relies on what the
    /// generator guarantees, among which that the rows of every segment of a table are ordered by id (ordinal,
    /// of ASCII ids) and that an id is in one table only, so a first lookup can binary-search each segment.
    /// </summary>
    /// <remarks>
    /// A table is given either whole, by its property (<see cref="Entities"/>…), or in segments, by <see cref="SegmentCount"/> and <see cref="Segment"/> (one or more per
    /// facts file, each a run of whole records): a subclass overrides one way or the other. The catalog reads the
    /// segments in place; the properties of a segmented table join its segments into one array on first read.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public abstract class FactTables
    {
        /// <summary>The number of each built-in table, for <see cref="SegmentCount"/> and <see cref="Segment"/>.</summary>
        public const int DocumentTable = 0, EntityTable = 1, EventTable = 2, RelationTable = 3, StatementTable = 4, ClaimTable = 5, DiscrepancyTable = 6;

        internal const int BuiltInTableCount = 7;

        // The tables joined from their segments, for a reader of a whole table; the catalog never asks for them.
        private byte[]?[]? _joined;

        // A subclass that overrides neither a table's property nor Segment would have each default call the other.
        // Per thread and per instance: a wrapper whose Segment reads another FactTables' whole table is no recursion.
        [ThreadStatic]
        private static FactTables? t_joining;

        // A field, not a property: the catalog's constructor reads it, and a getter would be one method more to compile
        // on a fresh process's first lookup.
        internal readonly int FormatVersion;

        /// <summary>Tables written in a version of the table format; generated code passes the version its generator wrote, and a catalog refuses any other (docs/schema.md#table-format-versions).</summary>
        /// <param name="formatVersion">The version of the table format the tables are written in.</param>
        protected FactTables(int formatVersion)
        {
            FormatVersion = formatVersion;
        }

        /// <summary>The documents table.</summary>
        public virtual ReadOnlySpan<byte> Documents => Joined(DocumentTable);

        /// <summary>The entities table.</summary>
        public virtual ReadOnlySpan<byte> Entities => Joined(EntityTable);

        /// <summary>The events table.</summary>
        public virtual ReadOnlySpan<byte> Events => Joined(EventTable);

        /// <summary>The relations table.</summary>
        public virtual ReadOnlySpan<byte> Relations => Joined(RelationTable);

        /// <summary>The statements table.</summary>
        public virtual ReadOnlySpan<byte> Statements => Joined(StatementTable);

        /// <summary>The claims table.</summary>
        public virtual ReadOnlySpan<byte> Claims => Joined(ClaimTable);

        /// <summary>The discrepancies table.</summary>
        public virtual ReadOnlySpan<byte> Discrepancies => Joined(DiscrepancyTable);

        /// <summary>The tables of the kinds the dataset declares itself, in the order of their declaration.</summary>
        public virtual IReadOnlyList<CustomKindTable> CustomKinds => Array.Empty<CustomKindTable>();

        /// <summary>How many segments a built-in table has (<see cref="DocumentTable"/>…); one unless overridden.</summary>
        /// <param name="table">The table's number.</param>
        /// <returns>The number of segments.</returns>
        public virtual int SegmentCount(int table) => 1;

        /// <summary>One segment of a built-in table: whole records, each segment ordered by id; the whole table unless overridden.</summary>
        /// <param name="table">The table's number.</param>
        /// <param name="segment">The segment, from 0 to <see cref="SegmentCount"/> − 1.</param>
        /// <returns>The segment's bytes.</returns>
        public virtual ReadOnlySpan<byte> Segment(int table, int segment) => table switch
        {
            DocumentTable => Documents,
            EntityTable => Entities,
            EventTable => Events,
            RelationTable => Relations,
            StatementTable => Statements,
            ClaimTable => Claims,
            _ => Discrepancies,
        };

        private byte[] Joined(int table)
        {
            byte[]?[] joined = _joined ?? Interlocked.CompareExchange(ref _joined, new byte[]?[BuiltInTableCount], null) ?? _joined!;
            if (joined[table] is byte[] done)
            {
                return done;
            }

            if (ReferenceEquals(t_joining, this))
            {
                throw new InvalidOperationException($"{GetType().Name} overrides neither the table properties nor {nameof(Segment)}: one of them gives the tables.");
            }

            FactTables? outer = t_joining;
            t_joining = this;
            try
            {
                int count = SegmentCount(table), length = 0;
                for (int s = 0; s < count; s++)
                {
                    length += Segment(table, s).Length;
                }

                var bytes = new byte[length];
                int at = 0;
                for (int s = 0; s < count; s++)
                {
                    ReadOnlySpan<byte> segment = Segment(table, s);
                    segment.CopyTo(bytes.AsSpan(at));
                    at += segment.Length;
                }

                return Interlocked.CompareExchange(ref joined[table], bytes, null) ?? bytes;
            }
            finally
            {
                t_joining = outer;
            }
        }
    }
}
