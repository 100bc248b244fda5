using System.Collections.Generic;

namespace NewsFacts.Internal
{
    // The vocabulary in which every kind of record is described, built-in (BuiltInSchema) or declared in a facts
    // file (kinds:, DeclaredKindSchema). One description per kind, read by the layers that need the fields: for now
    // the JSON Schema of a facts file, the generator's word lists and the tests that hold the record types, the
    // table columns and the parser's keys to it.

    /// <summary>What a field's YAML value is.</summary>
    internal enum SchemaFieldType
    {
        /// <summary>The record's own id: lowercase letters, digits, '.', '_' and '-'.</summary>
        Id,

        /// <summary>A line of text.</summary>
        Text,

        /// <summary>A short code that many records repeat (a language, an event's kind).</summary>
        Code,

        /// <summary>Names per language: a mapping from language code to text.</summary>
        Names,

        /// <summary>A date: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
        Date,

        /// <summary>A whole number of zero or more (an offset).</summary>
        Offset,

        /// <summary>A whole number, possibly negative (fields of declared kinds).</summary>
        WholeNumber,

        /// <summary>true or false.</summary>
        Flag,

        /// <summary>One word of a closed list (<see cref="SchemaField.Words"/>).</summary>
        Word,

        /// <summary>The id of another record (<see cref="SchemaField.RefersTo"/>).</summary>
        Reference,

        /// <summary>A list of ids of other records.</summary>
        References,

        /// <summary>A list of texts.</summary>
        TextList,

        /// <summary>A list of sub-records (<see cref="SchemaField.Items"/>): evidence, renderings, a kind's fields.</summary>
        Records,
    }

    /// <summary>One word of a closed list and what it means.</summary>
    internal sealed class SchemaWord
    {
        public required string Value { get; init; }

        public required string Doc { get; init; }
    }

    /// <summary>A closed list of words (an event's status, a relation's predicate…).</summary>
    internal sealed class SchemaWords
    {
        /// <summary>How messages name a word of the list ("event status").</summary>
        public required string Name { get; init; }

        /// <summary>The runtime enum whose members are these words in order (PascalCase), if there is one.</summary>
        public string? EnumName { get; init; }

        public required IReadOnlyList<SchemaWord> Words { get; init; }

        public string[] Values()
        {
            var values = new string[Words.Count];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = Words[i].Value;
            }

            return values;
        }
    }

    /// <summary>One field of a record: its YAML key, its type, whether it must be there, and what it means.</summary>
    internal sealed class SchemaField
    {
        /// <summary>The YAML key.</summary>
        public required string Key { get; init; }

        public required SchemaFieldType Type { get; init; }

        public bool Required { get; init; }

        /// <summary>One line for the author: what the field holds.</summary>
        public required string Doc { get; init; }

        /// <summary>For <see cref="SchemaFieldType.Word"/>: the words it may take.</summary>
        public SchemaWords? Words { get; init; }

        /// <summary>
        /// A regular expression the value must match (a declared kind's name). For a <see cref="SchemaFieldType.Word"/>
        /// field, a value of this form is taken besides the words (<c>refersTo</c>: a built-in kind or a declared one).
        /// </summary>
        public string? Pattern { get; init; }

        /// <summary>A word, when the field is missing (an event's status is 'occurred').</summary>
        public string? Default { get; init; }

        /// <summary>For references: the kinds of record the ids may name (<c>entity</c>, <c>event</c>, <c>fact</c>, <c>document</c>, a declared kind).</summary>
        public IReadOnlyList<string> RefersTo { get; init; } = System.Array.Empty<string>();

        /// <summary>For <see cref="SchemaFieldType.Records"/>: what each item is.</summary>
        public SchemaRecord? Items { get; init; }

        /// <summary>For <see cref="SchemaFieldType.Records"/>: at least one item is required (evidence of a fact).</summary>
        public bool NonEmpty { get; init; }

        /// <summary>
        /// The runtime record's constructor parameter that holds the field, where it is not the key in PascalCase
        /// (an event's <c>kind</c> is <c>EventKind</c>).
        /// </summary>
        public string? Member { get; init; }

        /// <summary>The field is no parameter of the record: it chooses the record's type (an entity's kind: Person, Country…).</summary>
        public bool ChoosesRecordType { get; init; }

        public string MemberName => Member ?? Pascal(Key);

        /// <summary><c>dateWording</c> → <c>DateWording</c>, <c>range-km</c> → <c>RangeKm</c>.</summary>
        public static string Pascal(string key)
        {
            var text = new System.Text.StringBuilder(key.Length);
            bool upper = true;
            foreach (char c in key)
            {
                if (c == '-' || c == '_' || c == '.')
                {
                    upper = true;
                    continue;
                }

                text.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }

            return text.ToString();
        }

        /// <summary>
        /// The generator computes the field at build time (an evidence item's prefix and suffix, from the document's
        /// text): authors never write it — the parser takes no such key (NF0005) and the JSON Schema of a facts file
        /// leaves it out — but the compiled tables hold it.
        /// </summary>
        public bool Computed { get; init; }

        /// <summary>For entities: the entity kinds that have the field (an ISO code is a country's); empty for all.</summary>
        public IReadOnlyList<string> OnlyFor { get; init; } = System.Array.Empty<string>();
    }

    /// <summary>The fields of a record or sub-record, in the order of its table's columns and of the parser's keys.</summary>
    internal sealed class SchemaRecord
    {
        /// <summary>How messages name one ("an event", "an evidence item").</summary>
        public required string Singular { get; init; }

        public required IReadOnlyList<SchemaField> Fields { get; init; }

        /// <summary>Whether keys other than the fields are reported (NF0005). Always so for now.</summary>
        public bool Closed { get; init; } = true;

        /// <summary>
        /// For a sub-record, which a table holds flattened in one list column: the keys of its fields in the order
        /// the column holds them, where that is not the fields' order (see FactTableColumns.cs).
        /// </summary>
        public IReadOnlyList<string>? TableOrder { get; init; }

        public string[] Keys()
        {
            var keys = new string[Fields.Count];
            for (int i = 0; i < keys.Length; i++)
            {
                keys[i] = Fields[i].Key;
            }

            return keys;
        }
    }

    /// <summary>A kind of record and the section of a facts file that holds its records.</summary>
    internal sealed class SchemaKind
    {
        /// <summary>The kind's name (<c>event</c>; for entities, <c>entity</c>).</summary>
        public required string Name { get; init; }

        /// <summary>The top-level key of its records (<c>events</c>).</summary>
        public required string Section { get; init; }

        public required string Doc { get; init; }

        /// <summary>The runtime record types: one per kind, or one per entity kind (<c>Person</c>…), in the order of <see cref="BuiltInSchema.EntityKinds"/>.</summary>
        public required IReadOnlyList<string> RecordTypes { get; init; }

        public required SchemaRecord Record { get; init; }

        /// <summary>Whether the kind is declared by a facts file (<c>kinds:</c>) rather than built in.</summary>
        public bool Declared { get; init; }
    }
}
