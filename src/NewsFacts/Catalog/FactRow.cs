using System.Collections.Generic;
using System.Globalization;

namespace NewsFacts
{
    /// <summary>
    /// A table row read by column: generated code of declared kinds reads through it (<see cref="CustomRow"/>), and
    /// <see cref="FactCatalog.Fields(Fact)"/> reads every field of a <see cref="RowLayout"/> by its type. The built-in
    /// kinds' decoders (<see cref="BuiltInRecords"/>) read the raw fields by the generated column constants instead, so a
    /// first lookup compiles no row reader. References are read as ids and resolve through the catalog on their first read.
    /// </summary>
    internal readonly struct FactRow
    {
        private readonly string[] _fields;
        private readonly FactCatalog _catalog;

        /// <param name="fields">The row's raw fields.</param>
        /// <param name="catalog">The catalog references resolve through.</param>
        public FactRow(string[] fields, FactCatalog catalog)
        {
            _fields = fields;
            _catalog = catalog;
        }

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
                    return raw.Length == 0 || raw == "-1" ? null : field.Words is { } words ? words[RecordDecoder.Number(raw)].Value : RecordDecoder.Text(raw);
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
                case FactFieldType.Factuality:
                    return RecordDecoder.Factuality(raw, _catalog);
                case FactFieldType.Readings:
                    return RecordDecoder.Readings(raw);
                default:
                    return RecordDecoder.OptionalText(raw);
            }
        }
    }
}
