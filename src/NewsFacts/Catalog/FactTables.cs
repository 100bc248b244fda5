using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace NewsFacts
{
    /// <summary>
    /// The compiled tables of a dataset, one UTF-8 table per record kind. The generator emits a sealed
    /// subclass whose tables are UTF-8 literals in the assembly's data, so nothing is parsed or copied
    /// until a fact is first asked for. Not meant to be implemented by hand: the catalog relies on what the
    /// generator guarantees, among which that the rows of every table are ordered by id (ordinal) and that
    /// an id is in one table only, so a first lookup can binary-search each table.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public abstract class FactTables
    {
        // A field, not a property: the catalog's constructor reads it, and a getter would be one method more to compile
        // on a fresh process's first lookup.
        internal readonly int FormatVersion;

        /// <summary>Tables generated before the table format had a version: of its first version.</summary>
        protected FactTables()
            : this(Internal.FactTableFormat.Unversioned)
        {
        }

        /// <summary>Tables written in a version of the table format; generated code passes the version its generator wrote.</summary>
        /// <param name="formatVersion">The version of the table format the tables are written in.</param>
        protected FactTables(int formatVersion)
        {
            FormatVersion = formatVersion;
        }

        /// <summary>The documents table.</summary>
        public abstract ReadOnlySpan<byte> Documents { get; }

        /// <summary>The entities table.</summary>
        public abstract ReadOnlySpan<byte> Entities { get; }

        /// <summary>The events table.</summary>
        public abstract ReadOnlySpan<byte> Events { get; }

        /// <summary>The relations table.</summary>
        public abstract ReadOnlySpan<byte> Relations { get; }

        /// <summary>The statements table.</summary>
        public abstract ReadOnlySpan<byte> Statements { get; }

        /// <summary>The claims table.</summary>
        public abstract ReadOnlySpan<byte> Claims { get; }

        /// <summary>The discrepancies table.</summary>
        public abstract ReadOnlySpan<byte> Discrepancies { get; }

        /// <summary>The tables of the kinds the dataset declares itself, in the order of their declaration.</summary>
        public virtual IReadOnlyList<CustomKindTable> CustomKinds => Array.Empty<CustomKindTable>();
    }
}
