using System.Collections.Generic;
using NewsFacts.Generator.Diagnostics;
using NewsFacts.Generator.Model;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Parsing
{
    /// <summary>
    /// Reads records of any kind through its description (<see cref="SchemaKind"/>): each field by its type. A
    /// record that cannot be made (no valid id; for a built-in kind, a required field missing) is reported and left
    /// out; one with an error in another value is reported and made without that value, marked
    /// (<see cref="RecordSource.HasErrors"/>) so the validator checks it with the others and never emits it.
    /// </summary>
    internal sealed class RecordParser
    {
        private static readonly string[] KindDeclarationKeys = BuiltInSchema.KindDeclaration.Keys();
        private static readonly string[] FieldDeclarationKeys = BuiltInSchema.FieldDeclaration.Keys();
        private static readonly string[] FieldTypes = KindSchemas.Words(BuiltInSchema.DeclaredFieldTypes);

        private readonly ParseContext _context;

        public RecordParser(ParseContext context) => _context = context;

        /// <summary>The kinds the file declares (<c>kinds:</c>), read before anything else.</summary>
        public List<Located<KindSpec>> Kinds(YamlMapping top)
        {
            var kinds = new List<Located<KindSpec>>();
            foreach (KeyValuePair<YamlScalar, YamlNode> entry in top.Entries)
            {
                if (entry.Key.Value != "kinds")
                {
                    continue;
                }

                if (entry.Value is not YamlSequence sequence)
                {
                    _context.Report(DiagnosticDescriptors.WrongNodeType, entry.Value, "kinds", "a list", entry.Value.Describe);
                    continue;
                }

                for (int i = 0; i < sequence.Items.Count; i++)
                {
                    string path = $"kinds[{Invariant.Number(i)}]";
                    YamlMapping? mapping = MappingReader.AsMapping(_context, sequence.Items[i], path);
                    if (mapping is null)
                    {
                        continue;
                    }

                    int before = _context.Diagnostics.Count;
                    _context.BeginRecord();
                    var r = new MappingReader(_context, mapping, path, BuiltInSchema.KindDeclaration.Singular, KindDeclarationKeys);
                    string? name = r.RequiredText("name");
                    var fields = new List<FieldSpec>();
                    List<YamlNode> fieldNodes = r.Items("fields");
                    for (int j = 0; j < fieldNodes.Count; j++)
                    {
                        MappingReader? f = r.ItemReader("fields", j, fieldNodes[j], BuiltInSchema.FieldDeclaration.Singular, FieldDeclarationKeys);
                        if (f is null)
                        {
                            continue;
                        }

                        string? fieldName = f.RequiredText("name");
                        string? type = f.Word("type", FieldTypes, BuiltInSchema.DeclaredFieldTypes.Name, required: true);
                        string? refersTo = f.OptionalText("refersTo");
                        if ((type == "reference" || type == "references") && refersTo is null)
                        {
                            _context.Report(DiagnosticDescriptors.MissingField, f.Mapping, f.Describe(), "refersTo");
                        }

                        if (fieldName is not null && type is not null)
                        {
                            fields.Add(new FieldSpec(fieldName, type, refersTo, f.Flag("required")));
                        }
                    }

                    if (name is not null && !_context.HasErrorsSince(before))
                    {
                        var kind = new KindSpec(name, r.OptionalText("plural") ?? name + "s", r.OptionalText("description"), fields.ToEquatableArray());
                        kinds.Add(new Located<KindSpec>(kind, _context.EndRecord(mapping, hasErrors: false)));
                    }
                    else
                    {
                        _context.DropRecord();
                    }
                }
            }

            return kinds;
        }

        /// <summary>
        /// Reads a record of <paramref name="kind"/> by its plan. First what it cannot be made without — its id, its
        /// required fields, those with a default — and its evidence; then, if it can be made, the other fields. Fields
        /// are read in the description's order within each pass, which is the order their problems are reported in.
        /// </summary>
        public RecordSpec? Record(SchemaKind kind, RecordPlan plan, MappingReader r)
        {
            IReadOnlyList<SchemaField> fields = kind.Record.Fields;
            var values = new FieldValue[fields.Count];
            string? id = null;
            bool made = true;
            foreach (int i in plan.FirstPass)
            {
                SchemaField field = fields[i];
                if (field.Type == SchemaFieldType.Id)
                {
                    id = r.Id();
                    values[i] = FieldValue.Text(id);
                    made &= id is not null;
                    continue;
                }

                values[i] = Read(plan, i, r, id);

                // A built-in kind's record type needs its required values; a declared kind's record is made with them missing (and not emitted).
                if (values[i].IsNone && field.Required && !kind.Declared && !IsEvidence(field))
                {
                    made = false;
                }
            }

            if (!made || id is null)
            {
                return null;
            }

            foreach (int i in plan.SecondPass)
            {
                values[i] = Read(plan, i, r, id);
            }

            return new RecordSpec(kind.Name, id, new EquatableArray<FieldValue>(values));
        }

        // Evidence: a list of quotes whose absence is its own problem (NF0010), not a missing value.
        private static bool IsEvidence(SchemaField field) => field.Items == BuiltInSchema.EvidenceItem;

        /// <summary>Reads field <paramref name="index"/> of the plan's description by its type; a required one that is missing is reported.</summary>
        private FieldValue Read(RecordPlan plan, int index, MappingReader r, string? id)
        {
            SchemaField field = plan.Record.Fields[index];
            string key = field.Key;
            if (field.Computed)
            {
                // The validator computes it (Quotes.WithContext); an author's key of that name is NF0005.
                return FieldValue.Text(null);
            }

            switch (field.Type)
            {
                case SchemaFieldType.Names:
                    return Required(field, r, FieldValue.List(r.Names(key)));
                case SchemaFieldType.TextList:
                    return Required(field, r, FieldValue.List(r.Texts(key, share: false)));
                case SchemaFieldType.References:
                    return Required(field, r, FieldValue.List(r.Texts(key, share: true)));
                case SchemaFieldType.Records:
                    // Recurses: an item's own list of sub-records (a factuality item's evidence) is read by its plan the same way.
                    FieldValue items = FieldValue.Records(SubRecords(field, plan.Items[index]!, r));
                    if (IsEvidence(field) && !r.IsItem)
                    {
                        if (field.Required && items.IsNone && id is not null)
                        {
                            _context.Report(DiagnosticDescriptors.MissingEvidence, r.Node(key) ?? r.Mapping, r.What, id);
                        }

                        return items;
                    }

                    // Within a sub-record (no id), missing evidence is a missing field of that item (NF0004), which leaves the item out.
                    return Required(field, r, items);
                default:
                    string? value = Scalar(field, plan.Words[index], r);
                    if (value is null && field.Required && r.Node(key) is null)
                    {
                        _context.Report(DiagnosticDescriptors.MissingField, r.Mapping, r.Describe(), key);
                    }

                    return FieldValue.Text(value);
            }
        }

        // A required list with no item is missing.
        private FieldValue Required(SchemaField field, MappingReader r, FieldValue value)
        {
            if (value.IsNone && field.Required)
            {
                _context.Report(DiagnosticDescriptors.MissingField, r.Mapping, r.Describe(), field.Key);
            }

            return value;
        }

        private static string? Scalar(SchemaField field, string[]? words, MappingReader r)
        {
            string key = field.Key;
            switch (field.Type)
            {
                case SchemaFieldType.Id:
                    return r.Id();
                case SchemaFieldType.Code:
                case SchemaFieldType.Reference:
                    return r.Code(key, required: false);
                case SchemaFieldType.Date:
                    return r.Date(key);
                case SchemaFieldType.Offset:
                    return r.Offset(key);
                case SchemaFieldType.WholeNumber:
                    return r.WholeNumber(key);
                case SchemaFieldType.Flag:
                    return r.Flag(key) ? "1" : null;
                case SchemaFieldType.Word:
                    string? word = r.Word(key, words!, field.Words!.Name, required: false);
                    return word ?? (field.Default is null ? null : words![System.Array.IndexOf(words, field.Default)]);
                default:
                    return r.OptionalText(key);
            }
        }

        /// <summary>The items of a list of sub-records; an item is kept when it has every required value.</summary>
        private EquatableArray<FieldValue>[] SubRecords(SchemaField field, RecordPlan plan, MappingReader r)
        {
            List<YamlNode> nodes = r.Items(field.Key);
            if (nodes.Count == 0)
            {
                return System.Array.Empty<EquatableArray<FieldValue>>();
            }

            SchemaRecord description = plan.Record;
            var items = new List<EquatableArray<FieldValue>>(nodes.Count);
            for (int i = 0; i < nodes.Count; i++)
            {
                MappingReader? item = r.ItemReader(field.Key, i, nodes[i], description.Singular, plan.Keys);
                if (item is null)
                {
                    continue;
                }

                var values = new FieldValue[description.Fields.Count];
                bool complete = true;
                for (int f = 0; f < values.Length; f++)
                {
                    values[f] = Read(plan, f, item, null);
                    complete &= !(values[f].IsNone && description.Fields[f].Required);
                }

                if (complete)
                {
                    items.Add(new EquatableArray<FieldValue>(values));
                }
            }

            return items.ToArray();
        }
    }
}
