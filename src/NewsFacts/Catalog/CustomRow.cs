using System.ComponentModel;

namespace NewsFacts
{
    /// <summary>One row of a custom kind's table, with typed readers for generated code. References are read as ids and resolve through the catalog on first access.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public readonly struct CustomRow
    {
        private readonly string[] _fields;
        private readonly FactCatalog _catalog;

        internal CustomRow(string[] fields, FactCatalog catalog)
        {
            _fields = fields;
            _catalog = catalog;
        }

        /// <summary>A text field.</summary>
        /// <param name="column">The column.</param>
        /// <returns>The text, or null when empty.</returns>
        public string? Text(int column) => RecordDecoder.OptionalText(_fields[column]);

        /// <summary>A list-of-text field.</summary>
        /// <param name="column">The column.</param>
        /// <returns>The list.</returns>
        public ValueList<string> TextList(int column) => RecordDecoder.TextList(_fields[column]);

        /// <summary>A whole-number field.</summary>
        /// <param name="column">The column.</param>
        /// <returns>The number, or null when empty.</returns>
        public long? Number(int column) => _fields[column].Length == 0 ? null : long.Parse(_fields[column], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>A yes/no field.</summary>
        /// <param name="column">The column.</param>
        /// <returns>The flag.</returns>
        public bool Flag(int column) => RecordDecoder.Flag(_fields[column]);

        /// <summary>A date field.</summary>
        /// <param name="column">The column.</param>
        /// <returns>The date, or null when empty.</returns>
        public FactDate? Date(int column) => RecordDecoder.Date(_fields[column]);

        /// <summary>A reference field, resolved when the record's property is first read.</summary>
        /// <typeparam name="T">The record type it refers to.</typeparam>
        /// <param name="column">The column.</param>
        /// <returns>The reference, or null when empty.</returns>
        public FactReference<T>? Reference<T>(int column)
            where T : Fact => _catalog.Reference<T>(_fields[column]);

        /// <summary>A list-of-references field, each item resolved when first read.</summary>
        /// <typeparam name="T">The record type it refers to.</typeparam>
        /// <param name="column">The column.</param>
        /// <returns>The records.</returns>
        public ValueList<T> References<T>(int column)
            where T : Fact => _catalog.References<T>(_fields[column]);

        /// <summary>The names.</summary>
        public Names Names => RecordDecoder.Names(_fields[CustomKindTable.Names]);

        /// <summary>The id.</summary>
        public string Id => RecordDecoder.Text(_fields[CustomKindTable.Id]);

        /// <summary>The aliases.</summary>
        public ValueList<string> Aliases => RecordDecoder.TextList(_fields[CustomKindTable.Aliases]);

        /// <summary>The description.</summary>
        public string? Description => RecordDecoder.OptionalText(_fields[CustomKindTable.Description]);

        /// <summary>The evidence.</summary>
        public ValueList<Evidence> Evidence => RecordDecoder.Evidence(_fields[CustomKindTable.Evidence]);
    }
}
