using System.Collections.Generic;
using System.Globalization;

namespace NewsFacts
{
    /// <summary>
    /// The one reader of a table row, for every kind of record: built-in kinds read their fields by key, the column
    /// coming from the description of the kind (<see cref="RowLayout"/>); generated code of declared kinds reads by
    /// column through <see cref="CustomRow"/>; <see cref="FactCatalog.Fields(Fact)"/> reads every field by its type.
    /// References are read as ids and resolve through the catalog on their first read.
    /// </summary>
    internal readonly struct FactRow
    {
        private readonly string[] _fields;
        private readonly RowLayout? _layout;
        private readonly FactCatalog _catalog;

        public FactRow(string[] fields, RowLayout? layout, FactCatalog catalog)
        {
            _fields = fields;
            _layout = layout;
            _catalog = catalog;
        }

        public string Id => RecordDecoder.Text(Field("id"));

        // By key: the built-in kinds' record constructors.
        public string Text(string key) => RecordDecoder.Text(Field(key));

        public string? OptionalText(string key) => RecordDecoder.OptionalText(Field(key));

        public FactDate? Date(string key) => RecordDecoder.Date(Field(key));

        public bool Flag(string key) => RecordDecoder.Flag(Field(key));

        /// <summary>A word of a closed list, as its position in the list (the value of the runtime enum of the same words).</summary>
        public int Word(string key) => RecordDecoder.Number(Field(key));

        public Names Names(string key) => RecordDecoder.Names(Field(key));

        public ValueList<string> TextList(string key) => RecordDecoder.TextList(Field(key));

        public ValueList<Evidence> Evidence(string key) => RecordDecoder.Evidence(Field(key));

        public ValueList<Rendering> Renderings(string key) => RecordDecoder.Renderings(Field(key));

        public FactReference<T>? Reference<T>(string key)
            where T : Fact => _catalog.Reference<T>(Field(key));

        public ValueList<T> References<T>(string key)
            where T : Fact => _catalog.References<T>(Field(key));

        // By column: generated code of declared kinds (CustomRow).
        public string Raw(int column) => _fields[column];

        public string? OptionalText(int column) => RecordDecoder.OptionalText(_fields[column]);

        public long? WholeNumber(int column) => _fields[column].Length == 0 ? null : long.Parse(_fields[column], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

        public FactReference<T>? Reference<T>(int column)
            where T : Fact => _catalog.Reference<T>(_fields[column]);

        public ValueList<T> References<T>(int column)
            where T : Fact => _catalog.References<T>(_fields[column]);

        /// <summary>The value of a field as <see cref="FactField.Value"/> holds it; references resolved.</summary>
        public object? Value(RowField field)
        {
            string raw = _fields[field.Column];
            switch (field.Type)
            {
                case FactFieldType.Names:
                    return RecordDecoder.Names(raw);
                case FactFieldType.Date:
                    return RecordDecoder.Date(raw);
                case FactFieldType.Number:
                    return WholeNumber(field.Column);
                case FactFieldType.Flag:
                    return RecordDecoder.Flag(raw);
                case FactFieldType.Word:
                    return raw.Length == 0 ? null : field.Words is { } words ? words[RecordDecoder.Number(raw)].Value : RecordDecoder.Text(raw);
                case FactFieldType.Reference:
                    return raw.Length == 0 ? null : _catalog.Resolve(RecordDecoder.Text(raw));
                case FactFieldType.References:
                    return (IReadOnlyList<Fact>)_catalog.References<Fact>(raw);
                case FactFieldType.TextList:
                    return RecordDecoder.TextList(raw);
                case FactFieldType.Evidence:
                    return RecordDecoder.Evidence(raw);
                case FactFieldType.Renderings:
                    return RecordDecoder.Renderings(raw);
                default:
                    return RecordDecoder.OptionalText(raw);
            }
        }

        private string Field(string key) => _fields[_layout!.Column(key)];
    }
}
