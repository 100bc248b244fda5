using System;

namespace NewsFacts.Generator.Model
{
    /// <summary>
    /// The value of one field of a record, held as its type in the description (<see cref="NewsFacts.Internal.SchemaFieldType"/>)
    /// needs: one text (Text, Code, Date, Word, Reference, Offset, WholeNumber; a Flag is <c>1</c> when true), a list of
    /// texts (TextList, References; Names as language, text pairs in language order), or a list of sub-records (Records:
    /// each item's values in the order of its fields). The default is no value; an empty list is no value too.
    /// </summary>
    /// <remarks>One reference per field, so a record of a dozen fields is one array of a dozen references, as a typed record was.</remarks>
    internal readonly struct FieldValue : IEquatable<FieldValue>
    {
        // null, a string, a string[] or an EquatableArray<FieldValue>[].
        private readonly object? _value;

        private FieldValue(object? value) => _value = value;

        public static FieldValue Text(string? text) => new FieldValue(text);

        public static FieldValue List(string[] items) => new FieldValue(items.Length == 0 ? null : items);

        public static FieldValue Records(EquatableArray<FieldValue>[] items) => new FieldValue(items.Length == 0 ? null : items);

        public bool IsNone => _value is null;

        /// <summary>The one text, or null.</summary>
        public string? AsText => _value as string;

        /// <summary>The texts of a list (names: language, text, language, text…).</summary>
        public EquatableArray<string> Items => _value is string[] items ? new EquatableArray<string>(items) : default;

        /// <summary>The sub-records of a list of them.</summary>
        public EquatableArray<EquatableArray<FieldValue>> SubRecords =>
            _value is EquatableArray<FieldValue>[] items ? new EquatableArray<EquatableArray<FieldValue>>(items) : default;

        public bool Equals(FieldValue other)
        {
            switch (_value)
            {
                case null:
                    return other._value is null;
                case string text:
                    return other._value is string otherText && string.Equals(text, otherText, StringComparison.Ordinal);
                case string[] items:
                    return other._value is string[] otherItems && new EquatableArray<string>(items).Equals(new EquatableArray<string>(otherItems));
                default:
                    return other._value is EquatableArray<FieldValue>[] otherRecords && SubRecords.Equals(new EquatableArray<EquatableArray<FieldValue>>(otherRecords));
            }
        }

        public override bool Equals(object? obj) => obj is FieldValue other && Equals(other);

        public override int GetHashCode() => _value switch
        {
            null => 0,
            string text => StringComparer.Ordinal.GetHashCode(text),
            string[] items => new EquatableArray<string>(items).GetHashCode(),
            _ => SubRecords.GetHashCode(),
        };

        public override string ToString() => _value switch
        {
            null => "(none)",
            string text => text,
            string[] items => "[" + string.Join(", ", items) + "]",
            _ => "[" + SubRecords.Count + " items]",
        };

        public static bool operator ==(FieldValue left, FieldValue right) => left.Equals(right);

        public static bool operator !=(FieldValue left, FieldValue right) => !left.Equals(right);
    }
}
