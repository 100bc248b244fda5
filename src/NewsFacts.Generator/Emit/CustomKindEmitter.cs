using System.Collections.Generic;
using System.Linq;
using NewsFacts.Generator.Model;
using NewsFacts.Generator.Validation;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Emit
{
    /// <summary>
    /// Writes what a declared kind needs: its sealed record type (deriving from CustomFact, one property per
    /// field), its compiled table with the decoder that makes records from rows, and its rows in id order.
    /// </summary>
    internal static class CustomKindEmitter
    {
        private const string Runtime = "global::NewsFacts";

        /// <summary>The records of each kind, in the kinds' order, each list in id order: the rows of its table.</summary>
        public static List<(KindSpec Kind, List<CustomRecordSpec> Records)> Rows(DatasetSpec d) =>
            d.Kinds.Select(k => (k, d.CustomRecords.Where(r => r.Kind == k.Name).ToList())).ToList();

        public static string RecordTypes(string ns, DatasetSpec d)
        {
            SourceWriter w = Header(ns);
            bool first = true;
            foreach (KindSpec kind in d.Kinds)
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                string type = KindValidator.TypeName(kind);
                w.Line($"/// <summary>{CSharpLiterals.XmlDoc(kind.Description ?? "A " + kind.Name + ", a kind this dataset declares.")}</summary>");
                w.Line("/// <param name=\"Id\">The id.</param>");
                w.Line("/// <param name=\"Names\">The names per language.</param>");
                w.Line("/// <param name=\"Aliases\">Other names.</param>");
                w.Line("/// <param name=\"Description\">A one-line description.</param>");
                w.Line("/// <param name=\"Evidence\">The quotes the fact rests on.</param>");
                foreach (FieldSpec field in kind.Fields)
                {
                    w.Line($"/// <param name=\"{KindValidator.PropertyName(field)}\">The field '{CSharpLiterals.XmlDoc(field.Name)}' ({field.Type}{(field.RefersTo is null ? string.Empty : " of " + field.RefersTo)}).</param>");
                }

                w.Line(DatasetEmitter.GeneratedCodeAttribute);
                w.Line($"public sealed record {type}(");
                var parameters = new List<string>
                {
                    "string Id",
                    $"{Runtime}.Names Names",
                    $"{Runtime}.ValueList<string> Aliases",
                    "string? Description",
                    $"{Runtime}.ValueList<{Runtime}.Evidence> Evidence",
                };
                parameters.AddRange(kind.Fields.Select(f => $"{PropertyType(f, ns, d)} {KindValidator.PropertyName(f)}"));
                for (int i = 0; i < parameters.Count; i++)
                {
                    w.Line("    " + parameters[i] + (i < parameters.Count - 1 ? "," : ")"));
                }

                w.Line($"    : {Runtime}.CustomFact(Id, Names, Aliases, Description, Evidence)");
                w.Line("{");
                Members(w, kind, type, ns, d);
                w.Line($"    /// <inheritdoc/>");
                w.Line($"    public override string KindName => {CSharpLiterals.String(kind.Name)};");
                w.Line("}");
            }

            w.Close();
            return w.ToString();
        }

        /// <summary>Writes the <c>CustomKinds</c> override and one table class per kind, inside the Tables class.</summary>
        public static void Tables(SourceWriter w, string ns, DatasetSpec d, List<string> tableTexts)
        {
            List<(KindSpec Kind, List<CustomRecordSpec> Records)> rows = Rows(d);
            string list = string.Join(", ", rows.Select(r => $"new {KindValidator.TypeName(r.Kind)}Table()"));
            w.Line($"private static readonly {Runtime}.CustomKindTable[] s_customKinds = new {Runtime}.CustomKindTable[] {{ {list} }};");
            w.Line();
            w.Line($"public override global::System.Collections.Generic.IReadOnlyList<{Runtime}.CustomKindTable> CustomKinds => s_customKinds;");
            foreach ((KindSpec kind, List<CustomRecordSpec> records) in rows)
            {
                string type = KindValidator.TypeName(kind);
                string table = TableWriter.Custom(kind, records);
                tableTexts.Add(table);
                w.Line();
                w.Open($"private sealed class {type}Table : {Runtime}.CustomKindTable");
                w.Line($"public override string KindName => {CSharpLiterals.String(kind.Name)};");
                w.Line($"public override int ColumnCount => {Invariant.Number(CustomColumns.FirstField + kind.Fields.Count)};");
                w.Utf8LiteralLine("public override global::System.ReadOnlySpan<byte> Table => ", table, ";");
                w.Line($"public override {Runtime}.CustomFact Decode({Runtime}.CustomRow row) => new global::{ns}.{type}(row);");
                w.Close();
            }
        }

        /// <summary>
        /// Writes the constructor that makes a record from its row, and for each reference field the property that
        /// resolves it on first read: decoding a record never decodes those it refers to, so references may form cycles.
        /// </summary>
        private static void Members(SourceWriter w, KindSpec kind, string type, string ns, DatasetSpec d)
        {
            var arguments = new List<string> { "row.Id", "row.Names", "row.Aliases", "row.Description", "row.Evidence" };
            var slots = new List<string>();
            for (int i = 0; i < kind.Fields.Count; i++)
            {
                FieldSpec field = kind.Fields[i];
                string column = Invariant.Number(CustomColumns.FirstField + i);
                if (field.Type == "reference")
                {
                    arguments.Add("default!");
                    slots.Add($"_{KindValidator.PropertyName(field)} = row.Reference<{RecordType(field.RefersTo!, ns, d)}>({column});");
                }
                else
                {
                    arguments.Add(Reader(field, column, ns, d));
                }
            }

            foreach (FieldSpec field in kind.Fields.Where(f => f.Type == "reference"))
            {
                string reference = $"{Runtime}.FactReference<{RecordType(field.RefersTo!, ns, d)}>";
                w.Line($"    private readonly {reference}? _{KindValidator.PropertyName(field)} = {reference}.To({KindValidator.PropertyName(field)});");
                w.Line();
            }

            w.Line($"    internal {type}({Runtime}.CustomRow row)");
            w.Line($"        : this({string.Join(", ", arguments)})");
            w.Line("    {");
            foreach (string slot in slots)
            {
                w.Line("        " + slot);
            }

            w.Line("    }");
            w.Line();
            foreach (FieldSpec field in kind.Fields.Where(f => f.Type == "reference"))
            {
                string name = KindValidator.PropertyName(field);
                string reference = $"{Runtime}.FactReference<{RecordType(field.RefersTo!, ns, d)}>";
                w.Line($"    /// <summary>The field '{CSharpLiterals.XmlDoc(field.Name)}' (reference of {CSharpLiterals.XmlDoc(field.RefersTo!)}), resolved on first read.</summary>");
                w.Line($"    public {PropertyType(field, ns, d)} {name}");
                w.Line("    {");
                w.Line($"        get => {(field.Required ? $"(_{name}?.Value)!" : $"_{name}?.Value")};");
                w.Line($"        init => _{name} = {reference}.To(value);");
                w.Line("    }");
                w.Line();
            }
        }

        private static string PropertyType(FieldSpec field, string ns, DatasetSpec d) => field.Type switch
        {
            "text" => field.Required ? "string" : "string?",
            "number" => "long?",
            "date" => $"{Runtime}.FactDate?",
            "flag" => "bool",
            "list" => $"{Runtime}.ValueList<string>",
            "reference" => RecordType(field.RefersTo!, ns, d) + (field.Required ? string.Empty : "?"),
            _ => $"{Runtime}.ValueList<{RecordType(field.RefersTo!, ns, d)}>",
        };

        // A field other than a single reference, read from its column as an argument of the primary constructor.
        private static string Reader(FieldSpec field, string c, string ns, DatasetSpec d) => field.Type switch
        {
            "text" => field.Required ? $"row.Text({c}) ?? string.Empty" : $"row.Text({c})",
            "number" => $"row.Number({c})",
            "date" => $"row.Date({c})",
            "flag" => $"row.Flag({c})",
            "list" => $"row.TextList({c})",
            _ => $"row.References<{RecordType(field.RefersTo!, ns, d)}>({c})",
        };

        private static string RecordType(string refersTo, string ns, DatasetSpec d)
        {
            KindSpec? declared = d.Kinds.FirstOrDefault(k => k.Name == refersTo);
            return declared is not null
                ? $"global::{ns}.{KindValidator.TypeName(declared)}"
                : Runtime + "." + CSharpNames.MemberName(refersTo, string.Empty);
        }

        private static SourceWriter Header(string ns) => DatasetEmitter.Header().Open($"namespace {ns}");
    }
}
