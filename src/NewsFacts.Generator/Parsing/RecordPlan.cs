using System.Collections.Generic;
using NewsFacts.Generator.Model;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Parsing
{
    /// <summary>
    /// How to read records of one description, worked out once per section rather than per record: the keys it
    /// accepts, the fields of its two passes (<see cref="RecordParser.Record"/>), the words of its closed lists and
    /// the plans of its sub-records.
    /// </summary>
    internal sealed class RecordPlan
    {
        public RecordPlan(SchemaRecord record)
        {
            Record = record;
            Keys = AuthoredKeys(record);
            Words = new string[]?[record.Fields.Count];
            Items = new RecordPlan?[record.Fields.Count];
            var first = new List<int>();
            var rest = new List<int>();
            for (int i = 0; i < record.Fields.Count; i++)
            {
                SchemaField field = record.Fields[i];
                (IsFirst(field) ? first : rest).Add(i);
                Words[i] = field.Words is null ? null : KindSchemas.Words(field.Words);
                Items[i] = field.Items is null ? null : new RecordPlan(field.Items);
            }

            FirstPass = first.ToArray();
            SecondPass = rest.ToArray();
        }

        public SchemaRecord Record { get; }

        public string[] Keys { get; }

        /// <summary>What a record cannot be made without — its id, its required fields, those with a default — and its evidence.</summary>
        public int[] FirstPass { get; }

        /// <summary>The other fields, read once the record can be made.</summary>
        public int[] SecondPass { get; }

        /// <summary>The words of each field that takes one of a closed list.</summary>
        public string[]?[] Words { get; }

        /// <summary>The plan of each list of sub-records.</summary>
        public RecordPlan?[] Items { get; }

        // The keys an author may write: a computed field (an evidence item's prefix) is no key of the YAML.
        private static string[] AuthoredKeys(SchemaRecord record)
        {
            var keys = new List<string>(record.Fields.Count);
            foreach (SchemaField field in record.Fields)
            {
                if (!field.Computed)
                {
                    keys.Add(field.Key);
                }
            }

            return keys.ToArray();
        }

        private static bool IsFirst(SchemaField field) => field.Type == SchemaFieldType.Id || field.Required || field.Default is not null;
    }
}
