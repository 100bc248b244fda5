using System.Collections.Generic;
using System.Linq;
using NewsFacts.Generator.Model;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Validation
{
    /// <summary>One id a record refers to: where it stands in the record and which kinds of record it may name.</summary>
    internal readonly struct Reference
    {
        public Reference(FieldPath path, string id, string[] kinds, string describe, string refersTo = "")
        {
            Path = path;
            Id = id;
            Kinds = kinds;
            Describe = describe;
            RefersTo = refersTo;
        }

        /// <summary>The field's <see cref="SchemaField.RefersTo"/>, from which <see cref="Kinds"/> and <see cref="Describe"/> come.</summary>
        public string RefersTo { get; }

        public FieldPath Path { get; }

        public string Id { get; }

        public string[] Kinds { get; }

        /// <summary>What it must name, for messages: "an entity", "an event".</summary>
        public string Describe { get; }
    }

    /// <summary>
    /// Lists the references of a record: the values of its kind's Reference and References fields, and of those of
    /// its sub-records, each with the kinds of record its field's <see cref="SchemaField.RefersTo"/> allows.
    /// </summary>
    internal sealed class References
    {
        private static readonly string[] Entity = KindSchemas.Words(BuiltInSchema.EntityKinds);

        private readonly KindSchemas _kinds;

        // Any fact: the built-in kinds and the declared ones, worked out once rather than per record.
        private readonly string[] _anyFact;

        // What each kind of record named by refersTo allows, and how messages name it, made once.
        private readonly Dictionary<string, (string[] Kinds, string Describe)> _targets = new Dictionary<string, (string[] Kinds, string Describe)>(System.StringComparer.Ordinal);

        public References(KindSchemas kinds, IEnumerable<string> declared, IEnumerable<string>? foreignKinds = null)
        {
            _kinds = kinds;
            _anyFact = Entity.Concat(BuiltInSchema.Kinds.Where(k => k != BuiltInSchema.Document && k != BuiltInSchema.Entity).Select(k => k.Name)).Concat(declared).Concat(foreignKinds ?? Enumerable.Empty<string>()).ToArray();
        }

        /// <summary>Fills <paramref name="references"/> (emptied first; one list serves every record) with the references of <paramref name="record"/>; none for a kind not known.</summary>
        public void Of(RecordSpec record, List<Reference> references)
        {
            references.Clear();
            SchemaKind? kind = _kinds.Of(record.Kind);
            if (kind is not null)
            {
                Add(references, kind.Record, record.Values, at: null);
            }
        }

        // The references of a record or sub-record standing at `at` of the record, and of its sub-records at any depth
        // (a factuality item's holder, its evidence's documents: factuality[0].evidence[1].document).
        private void Add(List<Reference> references, SchemaRecord description, EquatableArray<FieldValue> values, FieldPath? at)
        {
            for (int f = 0; f < description.Fields.Count; f++)
            {
                SchemaField field = description.Fields[f];
                switch (field.Type)
                {
                    case SchemaFieldType.Reference when values[f].AsText is string id:
                        (string[] kinds, string describe) = Targets(field.RefersTo[0]);
                        references.Add(new Reference(new FieldPath(field.Key).Within(at), id, kinds, describe, field.RefersTo[0]));
                        break;
                    case SchemaFieldType.References:
                        EquatableArray<string> ids = values[f].Items;
                        (string[] allowed, string what) = Targets(field.RefersTo[0]);
                        for (int i = 0; i < ids.Count; i++)
                        {
                            references.Add(new Reference(new FieldPath(field.Key, i).Within(at), ids[i], allowed, what, field.RefersTo[0]));
                        }

                        break;
                    case SchemaFieldType.Records:
                        EquatableArray<EquatableArray<FieldValue>> items = values[f].SubRecords;
                        for (int i = 0; i < items.Count; i++)
                        {
                            Add(references, field.Items!, items[i], new FieldPath(field.Key, i).Within(at));
                        }

                        break;
                }
            }
        }

        /// <summary>
        /// Fills <paramref name="references"/> (emptied first) with a record's references: from its file's index
        /// (<see cref="FileIndex.References"/>, listed with the file) for a record of a built-in kind, whose fields do not
        /// depend on the kinds declared; else by walking the record.
        /// </summary>
        public void Of(LocatedRecord<RecordSpec> record, List<Reference> references)
        {
            if (record.Index is not { Error: null } index || KindSchemas.BuiltInKind(record.Spec.Kind) is null)
            {
                Of(record.Spec, references);
                return;
            }

            references.Clear();
            for (int r = index.ReferenceStarts[record.Position], end = index.ReferenceStarts[record.Position + 1]; r < end; r++)
            {
                FileReference reference = index.References[r];
                (string[] kinds, string describe) = Targets(reference.RefersTo);
                references.Add(new Reference(reference.Path, reference.Id, kinds, describe, reference.RefersTo));
            }
        }

        private (string[] Kinds, string Describe) Targets(string refersTo)
        {
            if (!_targets.TryGetValue(refersTo, out (string[] Kinds, string Describe) targets))
            {
                string[] kinds = refersTo switch
                {
                    "entity" => Entity,
                    "fact" => _anyFact,
                    _ => new[] { refersTo },
                };
                _targets[refersTo] = targets = (kinds, Describe(refersTo));
            }

            return targets;
        }

        private static string Describe(string refersTo) => ("aeiou".IndexOf(refersTo[0]) >= 0 ? "an " : "a ") + refersTo;
    }

    /// <summary>One reference of a record of a built-in kind, as its file's index lists it: what it may name is resolved in validation.</summary>
    internal readonly record struct FileReference(FieldPath Path, string Id, string RefersTo);
}
