using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Model
{
    /// <summary>
    /// The descriptions of the kinds of a dataset, by name: the built-in kinds (<see cref="BuiltInSchema"/>) and the
    /// kinds it declares (<see cref="DeclaredKindSchema"/>). What every stage reads a record's fields through.
    /// </summary>
    internal sealed class KindSchemas
    {
        private static readonly Dictionary<string, SchemaKind> BuiltIn = Index(BuiltInSchema.Kinds);

        // For each built-in kind with a field that chooses the record type (entities), that field's position.
        private static readonly Dictionary<string, int> Choosers = BuiltInSchema.Kinds
            .Where(k => ChooserOf(k.Record) >= 0).ToDictionary(k => k.Name, k => ChooserOf(k.Record), StringComparer.Ordinal);

        // Word lists as arrays, made once per list (the parser looks words up per record).
        private static readonly ConditionalWeakTable<SchemaWords, string[]> WordArrays = new ConditionalWeakTable<SchemaWords, string[]>();

        // Field positions by key, made once per description (a declared kind's description is made per stage).
        private static readonly ConditionalWeakTable<SchemaRecord, Dictionary<string, int>> Positions = new ConditionalWeakTable<SchemaRecord, Dictionary<string, int>>();

        private readonly Dictionary<string, SchemaKind> _kinds;

        public KindSchemas(IEnumerable<KindSpec> declared)
        {
            _kinds = new Dictionary<string, SchemaKind>(BuiltIn, StringComparer.Ordinal);
            foreach (KindSpec kind in declared)
            {
                if (!_kinds.ContainsKey(kind.Name))
                {
                    _kinds.Add(kind.Name, DeclaredKindSchema.Describe(kind));
                }
            }
        }

        /// <summary>The description of a kind, built in or declared; null for a kind it does not know.</summary>
        public SchemaKind? Of(string kind) => _kinds.TryGetValue(kind, out SchemaKind? schema) ? schema : null;

        /// <summary>A built-in kind's description by name.</summary>
        public static SchemaKind? BuiltInKind(string kind) => BuiltIn.TryGetValue(kind, out SchemaKind? schema) ? schema : null;

        /// <summary>
        /// What kind of record a record is for references and messages: the word of the field that chooses its
        /// record type (an entity's <c>person</c>, <c>country</c>…), else its kind's name.
        /// </summary>
        public static string TypeOf(RecordSpec record)
        {
            return Choosers.TryGetValue(record.Kind, out int chooser) && record[chooser].AsText is string word ? word : record.Kind;
        }

        /// <summary>The position of the field that chooses the record type, or -1.</summary>
        public static int ChooserOf(SchemaRecord record)
        {
            for (int i = 0; i < record.Fields.Count; i++)
            {
                if (record.Fields[i].ChoosesRecordType)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The position of the field with this key, or -1.</summary>
        public static int IndexOf(SchemaRecord record, string key) =>
            Positions.GetValue(record, static r =>
            {
                var positions = new Dictionary<string, int>(StringComparer.Ordinal);
                for (int i = 0; i < r.Fields.Count; i++)
                {
                    positions[r.Fields[i].Key] = i;
                }

                return positions;
            }).TryGetValue(key, out int index) ? index : -1;

        /// <summary>The value of the field with this key (none if the kind has no such field).</summary>
        public static FieldValue Get(SchemaKind kind, RecordSpec record, string key)
        {
            int index = IndexOf(kind.Record, key);
            return index < 0 ? default : record[index];
        }

        /// <summary>The words of a closed list, as an array made once.</summary>
        public static string[] Words(SchemaWords words) => WordArrays.GetValue(words, static w => w.Values());

        private static Dictionary<string, SchemaKind> Index(IEnumerable<SchemaKind> kinds)
        {
            var index = new Dictionary<string, SchemaKind>(StringComparer.Ordinal);
            foreach (SchemaKind kind in kinds)
            {
                index.Add(kind.Name, kind);
            }

            return index;
        }
    }
}
