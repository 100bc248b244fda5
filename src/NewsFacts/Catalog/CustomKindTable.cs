using System;
using System.Collections.Generic;
using System.ComponentModel;
using NewsFacts.Internal;

namespace NewsFacts
{
    /// <summary>
    /// The compiled table of one declared kind, with the generated code that turns a row into its record.
    /// Rows start with the columns every custom fact has (id, names, aliases, description, evidence), then
    /// one column per declared field. Not meant to be implemented by hand.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public abstract class CustomKindTable
    {
        /// <summary>The columns every custom row starts with.</summary>
        public const int Id = CustomColumns.Id, Names = CustomColumns.Names, Aliases = CustomColumns.Aliases, Description = CustomColumns.Description, Evidence = CustomColumns.Evidence, FirstField = CustomColumns.FirstField;

        /// <summary>The kind as the facts file names it.</summary>
        public abstract string KindName { get; }

        /// <summary>How many columns a row has.</summary>
        public abstract int ColumnCount { get; }

        /// <summary>The table.</summary>
        public abstract ReadOnlySpan<byte> Table { get; }

        /// <summary>
        /// The kind's own fields, in column order from <see cref="FirstField"/>: each one's key in the facts file and what it
        /// holds (<see cref="FactField.Value"/> null). <see cref="FactCatalog.Fields(Fact)"/> lists them after the fields
        /// every custom fact has; generated code overrides this, and a table that does not lists those only.
        /// </summary>
        public virtual IReadOnlyList<FactField> Fields => Array.Empty<FactField>();

        /// <summary>Makes the record of one row.</summary>
        /// <param name="row">The row's fields, decoded with <see cref="CustomRow"/>.</param>
        /// <returns>The record.</returns>
        public abstract CustomFact Decode(CustomRow row);
    }
}
