using System;
using System.Collections.Generic;
using NewsFacts.Internal;

namespace NewsFacts
{
    /// <summary>One field of a table's rows: its key, what it holds, and the column it is in.</summary>
    internal sealed class RowField
    {
        public RowField(string key, FactFieldType type, int column)
        {
            Key = key;
            Type = type;
            Column = column;
        }

        public string Key { get; }

        public FactFieldType Type { get; }

        public int Column { get; }

        /// <summary>For a <see cref="FactFieldType.Word"/>: the words, whose position the table holds.</summary>
        public IReadOnlyList<SchemaWord>? Words { get; init; }

        /// <summary>The field is no field of the record: it chooses the record's type (an entity's kind).</summary>
        public bool ChoosesRecordType { get; init; }

        /// <summary>For entities: the entity kinds that have the field; empty for all.</summary>
        public IReadOnlyList<string> OnlyFor { get; init; } = Array.Empty<string>();
    }

    /// <summary>
    /// The fields of one table's rows, taken from the description of its kind (<see cref="BuiltInSchema"/> for the
    /// built-in kinds; for a declared kind, the fields every custom fact has and those its table describes), for the
    /// walk over a record's fields (<see cref="FactCatalog.Fields(Fact)"/>). A table's column order is its kind's field
    /// order. Made on the first walk, not on a first lookup: decoding reads by the generated column constants (<see cref="EntityColumns"/>…).
    /// </summary>
    internal sealed class RowLayout
    {
        // One per built-in table, made on the first read of a record of that table and shared by every catalog.
        private static readonly RowLayout?[] BuiltInLayouts = new RowLayout?[7];

        private RowLayout(string kind, RowField[] fields)
        {
            Kind = kind;
            Fields = fields;
        }

        /// <summary>The kind's name: <c>event</c>, <c>entity</c>, a declared kind's name.</summary>
        public string Kind { get; }

        /// <summary>The fields, in column order.</summary>
        public RowField[] Fields { get; }

        /// <summary>The layout of a built-in table: <paramref name="table"/> is the kind's position in <see cref="BuiltInSchema.Kinds"/>.</summary>
        public static RowLayout BuiltIn(int table)
        {
            RowLayout? layout = System.Threading.Volatile.Read(ref BuiltInLayouts[table]);
            if (layout is null)
            {
                SchemaKind kind = BuiltInSchema.Kinds[table];
                IReadOnlyList<SchemaField> schema = kind.Record.Fields;
                var fields = new RowField[schema.Count];
                for (int i = 0; i < fields.Length; i++)
                {
                    SchemaField field = schema[i];
                    fields[i] = new RowField(field.Key, TypeOf(field), i)
                    {
                        Words = field.Words?.Words,
                        ChoosesRecordType = field.ChoosesRecordType,
                        OnlyFor = field.OnlyFor,
                    };
                }

                layout = new RowLayout(kind.Name, fields);
                System.Threading.Interlocked.CompareExchange(ref BuiltInLayouts[table], layout, null);
                layout = BuiltInLayouts[table]!;
            }

            return layout;
        }

        /// <summary>The layout of a declared kind's table: the fields every custom fact has, then the table's own.</summary>
        public static RowLayout Declared(CustomKindTable table)
        {
            IReadOnlyList<SchemaField> common = BuiltInSchema.DeclaredKindCommonFields;
            IReadOnlyList<FactField> declared = table.Fields;
            var fields = new RowField[common.Count + declared.Count];
            for (int i = 0; i < common.Count; i++)
            {
                fields[i] = new RowField(common[i].Key, TypeOf(common[i]), i);
            }

            for (int i = 0; i < declared.Count; i++)
            {
                fields[common.Count + i] = new RowField(declared[i].Key, declared[i].Type, CustomColumns.FirstField + i);
            }

            return new RowLayout(table.KindName, fields);
        }

        /// <summary>
        /// What a described field holds, in the runtime's terms. A list of sub-records is the runtime type of its
        /// description, named here one by one: a description the runtime has no record type for is a mistake of the
        /// description, not evidence.
        /// </summary>
        public static FactFieldType TypeOf(SchemaField field) => field.Type switch
        {
            SchemaFieldType.Id => FactFieldType.Id,
            SchemaFieldType.Names => FactFieldType.Names,
            SchemaFieldType.Date => FactFieldType.Date,
            SchemaFieldType.Offset or SchemaFieldType.WholeNumber => FactFieldType.Number,
            SchemaFieldType.Flag => FactFieldType.Flag,
            SchemaFieldType.Word => FactFieldType.Word,
            SchemaFieldType.Reference => FactFieldType.Reference,
            SchemaFieldType.References => FactFieldType.References,
            SchemaFieldType.TextList => FactFieldType.TextList,
            SchemaFieldType.Records when field.Items == BuiltInSchema.EvidenceItem => FactFieldType.Evidence,
            SchemaFieldType.Records when field.Items == BuiltInSchema.Rendering => FactFieldType.Renderings,
            SchemaFieldType.Records when field.Items == BuiltInSchema.FactualityItem => FactFieldType.Factuality,
            SchemaFieldType.Records when field.Items == BuiltInSchema.ReadingItem => FactFieldType.Readings,
            SchemaFieldType.Records => throw new InvalidOperationException($"The runtime has no record type for the sub-records of '{field.Key}' ({field.Items!.Singular})."),
            _ => FactFieldType.Text,
        };
    }
}
