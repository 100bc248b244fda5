using System.Collections.Generic;
using System.Globalization;

namespace NewsFacts
{
    /// <summary>
    /// The one reader of a table row, for every kind of record: built-in kinds read their fields by key, the column
    /// being the key's position in the description of the kind (<see cref="BuiltInColumns"/>, written from it);
    /// generated code of declared kinds reads by column through <see cref="CustomRow"/>;
    /// <see cref="FactCatalog.Fields(Fact)"/> reads every field of a <see cref="RowLayout"/> by its type.
    /// References are read as ids and resolve through the catalog on their first read.
    /// </summary>
    internal readonly struct FactRow
    {
        private readonly string[] _fields;
        private readonly string[]? _keys;
        private readonly FactCatalog _catalog;

        /// <param name="fields">The row's raw fields.</param>
        /// <param name="keys">The keys of the fields in column order, for the readers by key; null when read by column only.</param>
        /// <param name="catalog">The catalog references resolve through.</param>
        public FactRow(string[] fields, string[]? keys, FactCatalog catalog)
        {
            _fields = fields;
            _keys = keys;
            _catalog = catalog;
        }

        /// <summary>
        /// The raw field of a key, for <see cref="RecordDecoder"/> to read: the built-in kinds' record constructors.
        /// One method rather than a reader per type: each method is compiled on its first call, and a fresh process's
        /// first lookup pays for every one.
        /// </summary>
        public string this[string key]
        {
            get
            {
                string[] keys = _keys!;
                for (int i = 0; i < keys.Length; i++)
                {
                    // Keys are literals on both sides, so the reference check settles most of them.
                    if ((object)keys[i] == key || keys[i] == key)
                    {
                        return _fields[i];
                    }
                }

                throw new System.InvalidOperationException($"The description has no field '{key}'.");
            }
        }

        public FactReference<T>? Reference<T>(string key)
            where T : Fact => _catalog.Reference<T>(this[key]);

        public ValueList<T> References<T>(string key)
            where T : Fact => _catalog.References<T>(this[key]);

        /// <summary>A list of factuality items, whose holders resolve through the catalog.</summary>
        public ValueList<Factuality> Factualities(string key) => RecordDecoder.Factuality(this[key], _catalog);

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
