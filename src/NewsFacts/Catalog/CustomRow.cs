using System.ComponentModel;

namespace NewsFacts
{
    /// <summary>
    /// One row of a custom kind's table, with typed readers by column for generated code: the row reader every kind
    /// reads through (built-in kinds by key), as generated code sees it. References are read as ids and resolve
    /// through the catalog on first access.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public readonly struct CustomRow
    {
        private readonly FactRow _row;

        internal CustomRow(FactRow row)
        {
            _row = row;
        }

        /// <summary>A text field.</summary>
        /// <param name="column">The column.</param>
        /// <returns>The text, or null when empty.</returns>
        public string? Text(int column) => _row.OptionalText(column);

        /// <summary>A list-of-text field.</summary>
        /// <param name="column">The column.</param>
        /// <returns>The list.</returns>
        public ValueList<string> TextList(int column) => RecordDecoder.TextList(_row.Raw(column));

        /// <summary>A whole-number field.</summary>
        /// <param name="column">The column.</param>
        /// <returns>The number, or null when empty.</returns>
        public long? Number(int column) => _row.WholeNumber(column);

        /// <summary>A yes/no field.</summary>
        /// <param name="column">The column.</param>
        /// <returns>The flag.</returns>
        public bool Flag(int column) => RecordDecoder.Flag(_row.Raw(column));

        /// <summary>A date field.</summary>
        /// <param name="column">The column.</param>
        /// <returns>The date, or null when empty.</returns>
        public FactDate? Date(int column) => RecordDecoder.Date(_row.Raw(column));

        /// <summary>A reference field, resolved when the record's property is first read.</summary>
        /// <typeparam name="T">The record type it refers to.</typeparam>
        /// <param name="column">The column.</param>
        /// <returns>The reference, or null when empty.</returns>
        public FactReference<T>? Reference<T>(int column)
            where T : Fact => _row.Reference<T>(column);

        /// <summary>A list-of-references field, each item resolved when first read.</summary>
        /// <typeparam name="T">The record type it refers to.</typeparam>
        /// <param name="column">The column.</param>
        /// <returns>The records.</returns>
        public ValueList<T> References<T>(int column)
            where T : Fact => _row.References<T>(column);

        /// <summary>The names.</summary>
        public Names Names => RecordDecoder.Names(_row.Raw(CustomKindTable.Names));

        /// <summary>The id.</summary>
        public string Id => RecordDecoder.Text(_row.Raw(CustomKindTable.Id));

        /// <summary>The aliases.</summary>
        public ValueList<string> Aliases => RecordDecoder.TextList(_row.Raw(CustomKindTable.Aliases));

        /// <summary>The description.</summary>
        public string? Description => _row.OptionalText(CustomKindTable.Description);

        /// <summary>The evidence.</summary>
        public ValueList<Evidence> Evidence => RecordDecoder.Evidence(_row.Raw(CustomKindTable.Evidence));
    }
}
