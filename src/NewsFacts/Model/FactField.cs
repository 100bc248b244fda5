namespace NewsFacts
{
    /// <summary>What a field of a record holds, and so the type of <see cref="FactField.Value"/>.</summary>
    public enum FactFieldType
    {
        /// <summary>The record's id: a <see cref="string"/>.</summary>
        Id,

        /// <summary>A line of text or a short code (a language, an event's kind): a <see cref="string"/>, or null.</summary>
        Text,

        /// <summary>Names per language: <see cref="NewsFacts.Names"/>.</summary>
        Names,

        /// <summary>A date with its precision: a <see cref="FactDate"/>, or null.</summary>
        Date,

        /// <summary>A whole number: a <see cref="long"/>, or null.</summary>
        Number,

        /// <summary>Yes or no: a <see cref="bool"/>.</summary>
        Flag,

        /// <summary>One word of a closed list, as the facts file writes it (<c>occurred</c>, <c>office</c>): a <see cref="string"/>.</summary>
        Word,

        /// <summary>Another record: a <see cref="Fact"/> (or a <see cref="Document"/>), or null.</summary>
        Reference,

        /// <summary>Other records: an <see cref="System.Collections.Generic.IReadOnlyList{T}"/> of <see cref="Fact"/>, possibly empty.</summary>
        References,

        /// <summary>Texts: an <see cref="System.Collections.Generic.IReadOnlyList{T}"/> of <see cref="string"/>, possibly empty.</summary>
        TextList,

        /// <summary>Quotes: an <see cref="System.Collections.Generic.IReadOnlyList{T}"/> of <see cref="NewsFacts.Evidence"/>, possibly empty.</summary>
        Evidence,

        /// <summary>A statement's renderings: an <see cref="System.Collections.Generic.IReadOnlyList{T}"/> of <see cref="Rendering"/>.</summary>
        Renderings,

        /// <summary>How certain each source holds a claim, an event or a relation: an <see cref="System.Collections.Generic.IReadOnlyList{T}"/> of <see cref="NewsFacts.Factuality"/>, possibly empty.</summary>
        Factuality,

        /// <summary>A discrepancy's ranked readings: an <see cref="System.Collections.Generic.IReadOnlyList{T}"/> of <see cref="Reading"/>, possibly empty.</summary>
        Readings,
    }

    /// <summary>
    /// One field of a record as <see cref="FactCatalog.Fields(Fact)"/> lists it: its key in the facts file, what it
    /// holds, and its value. Lets a program walk the fields of any record — of a built-in kind or of a kind a dataset
    /// declares — without knowing its type and without reflection. As a description of a kind's fields
    /// (<see cref="FactCatalog.FieldsOf(string)"/>, <see cref="CustomKindTable.Fields"/>) its value is null.
    /// </summary>
    public readonly struct FactField
    {
        /// <summary>Makes a field.</summary>
        /// <param name="key">The key in the facts file (<c>dateWording</c>, <c>range-km</c>).</param>
        /// <param name="type">What it holds.</param>
        /// <param name="value">Its value, of the type <paramref name="type"/> says; null in a description.</param>
        public FactField(string key, FactFieldType type, object? value = null)
        {
            Key = key;
            Type = type;
            Value = value;
        }

        /// <summary>The key in the facts file: <c>dateWording</c>, <c>participants</c>, a declared field's name.</summary>
        public string Key { get; }

        /// <summary>What the field holds: the type of <see cref="Value"/>.</summary>
        public FactFieldType Type { get; }

        /// <summary>
        /// The value: a <see cref="string"/>, <see cref="NewsFacts.Names"/>, <see cref="FactDate"/>, <see cref="long"/>,
        /// <see cref="bool"/>, <see cref="Fact"/> or a read-only list, as <see cref="Type"/> says; null where the record
        /// has none (lists are empty instead).
        /// </summary>
        public object? Value { get; }

        /// <summary>Whether the record has no value: null, or an empty list.</summary>
        public bool IsEmpty => Value is null
            || (Value is System.Collections.Generic.IReadOnlyCollection<object> list && list.Count == 0)
            || (Value is Names names && names.All.Count == 0);

        /// <summary>The key and the value: <c>dateWording: on Tuesday</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => Key + ": " + Value;
    }
}
