using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsFacts.Generator.Model;
using NewsFacts.Generator.Validation;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Emit
{
    /// <summary>
    /// Writes the C# of a validated dataset: the compiled tables, one static class of typed members per
    /// kind, and <c>FactIds</c> constants. Sees only the <see cref="EmitModel"/>; the same model always
    /// gives byte-identical files.
    /// </summary>
    internal static class DatasetEmitter
    {
        private const string Runtime = "global::NewsFacts";
        private const int MaxEvidenceInDocs = 3;

        public static string GeneratedCodeAttribute { get; } =
            $"[global::System.CodeDom.Compiler.GeneratedCode(\"NewsFacts.Generator\", \"{typeof(DatasetEmitter).Assembly.GetName().Version}\")]";

        public static IEnumerable<(string HintName, string Source)> Emit(EmitModel model, DocComments docComments = DocComments.Full, bool typedMembers = true)
        {
            DatasetSpec d = model.Dataset;
            string dataset = $"global::{model.Namespace}.Dataset";
            foreach ((string HintName, string Source) file in EmitDataset(model))
            {
                yield return file;
            }

            if (d.Kinds.Count > 0)
            {
                yield return ("CustomKinds.g.cs", CustomKindEmitter.RecordTypes(model.Namespace, d));
            }

            var members = new List<MemberClass>();
            for (int kind = 0; kind < Vocabulary.EntityKinds.Length; kind++)
            {
                string entityKind = Vocabulary.EntityKinds[kind];
                string type = Runtime + "." + char.ToUpperInvariant(entityKind[0]) + entityKind.Substring(1);
                var entities = new MemberClass(Vocabulary.EntityKindClasses[kind], type, $"({type}){dataset}.Catalog.GetEntity({MemberClass.Index})");
                for (int i = 0; i < d.Entities.Count; i++)
                {
                    EntitySpec e = d.Entities[i];
                    if (e.Kind == entityKind)
                    {
                        entities.Add(e.Id, i, () => Summary(e.Names, e.Description), e.Evidence);
                    }
                }

                members.Add(entities);
            }

            members.Add(Section(MemberClasses.Events, d.Events, "Event", dataset, "GetEvent", e => Summary(e.Names, e.Description), e => e.Evidence));
            members.Add(Section(MemberClasses.Relations, d.Relations, "Relation", dataset, "GetRelation", r => r.Description ?? $"{r.Subject} {r.Predicate} {r.Object}", r => r.Evidence));
            members.Add(Section(MemberClasses.Statements, d.Statements, "Statement", dataset, "GetStatement", s => s.Description ?? $"A quote of {s.Speaker}: “{s.Renderings[0].Text}”", StatementEvidence));
            members.Add(Section(MemberClasses.Claims, d.Claims, "Claim", dataset, "GetClaim", c => c.Text, c => c.Evidence));
            members.Add(Section(MemberClasses.Discrepancies, d.Discrepancies, "Discrepancy", dataset, "GetDiscrepancy", x => x.Description ?? x.Reading, x => x.Evidence));
            members.Add(Section(MemberClasses.Documents, d.Documents, "Document", dataset, "GetDocument", x => x.Title, _ => EquatableArray<EvidenceSpec>.Empty));

            // A declared kind's position among the kinds is its table's position in Tables.CustomKinds.
            List<(KindSpec Kind, List<CustomRecordSpec> Records)> customRows = CustomKindEmitter.Rows(d);
            for (int kindIndex = 0; kindIndex < customRows.Count; kindIndex++)
            {
                (KindSpec kind, List<CustomRecordSpec> records) = customRows[kindIndex];
                string type = $"global::{model.Namespace}.{KindValidator.TypeName(kind)}";
                var custom = new MemberClass(KindValidator.ClassName(kind), type, $"({type}){dataset}.Catalog.GetCustom({Invariant.Number(kindIndex)}, {MemberClass.Index})");
                for (int i = 0; i < records.Count; i++)
                {
                    CustomRecordSpec record = records[i];
                    custom.Add(record.Id, i, () => Summary(record.Names, record.Description), record.Evidence);
                }

                members.Add(custom);
            }

            if (!typedMembers)
            {
                foreach ((string HintName, string Source) part in EmitFactIdIndex(model.Namespace, members))
                {
                    yield return part;
                }

                yield break;
            }

            foreach (MemberClass member in members)
            {
                if (member.Members.Count > 0)
                {
                    foreach ((string HintName, string Source) part in EmitMembers(model.Namespace, member, docComments))
                    {
                        yield return part;
                    }
                }
            }

            foreach ((string HintName, string Source) part in EmitFactIds(model.Namespace, members, docComments))
            {
                yield return part;
            }
        }

        private static MemberClass Section<T>(string name, EquatableArray<T> records, string type, string dataset, string getter, System.Func<T, string> summary, System.Func<T, EquatableArray<EvidenceSpec>> evidence)
            where T : System.IEquatable<T>, IRecordSpec
        {
            var section = new MemberClass(name, $"{Runtime}.{type}", $"{dataset}.Catalog.{getter}({MemberClass.Index})");
            for (int i = 0; i < records.Count; i++)
            {
                T record = records[i];
                section.Add(record.Id, i, () => summary(record), evidence(record));
            }

            return section;
        }

        // A statement's renderings are its first evidence, as the runtime's Statement.Evidence lists them.
        private static EquatableArray<EvidenceSpec> StatementEvidence(StatementSpec s) =>
            s.Renderings.Select(r => new EvidenceSpec(r.Document, r.Text, r.Start)).Concat(s.Evidence).ToEquatableArray();

        // Dataset.g.cs, then the files of the tables cut into pieces, if any (TableLiterals).
        private static IEnumerable<(string HintName, string Source)> EmitDataset(EmitModel model)
        {
            DatasetSpec d = model.Dataset;
            var tables = new[]
            {
                ("Documents", TableWriter.Documents(d.Documents)),
                ("Entities", TableWriter.Entities(d.Entities)),
                ("Events", TableWriter.Events(d.Events)),
                ("Relations", TableWriter.Relations(d.Relations)),
                ("Statements", TableWriter.Statements(d.Statements)),
                ("Claims", TableWriter.Claims(d.Claims)),
                ("Discrepancies", TableWriter.Discrepancies(d.Discrepancies)),
            };

            // Every table, the declared kinds' last: the content hash covers them all, and the size bound weighs them all.
            var tableTexts = tables.Select(t => t.Item2).ToList();
            List<string> customTables = CustomKindEmitter.TableTexts(d);
            tableTexts.AddRange(customTables);
            TableLiterals literals = TableLiterals.Plan(model.Namespace, tableTexts);

            SourceWriter w = Header();
            w.Open($"namespace {model.Namespace}");
            w.Line("/// <summary>The facts compiled from this project's facts files.</summary>");
            w.Line(GeneratedCodeAttribute);
            w.Open("public static partial class Dataset");
            w.Line("/// <summary>Every fact of the dataset: lookup by id and by name, enumeration per kind.</summary>");
            // Facts that refer to NewsFacts' own records resolve them in its catalog: the same instances.
            string references = model.RefersToNewsFacts ? $", {Runtime}.Dataset.Catalog" : string.Empty;
            w.Line($"public static {Runtime}.FactCatalog Catalog {{ get; }} = new {Runtime}.FactCatalog(new Tables(){references});");
            w.Line();
            DatasetInfoWriter.Write(w, d, tableTexts);
            w.Line();
            w.Line(GeneratedCodeAttribute);
            w.Open($"private sealed {(literals.AnyCut ? "partial " : string.Empty)}class Tables : {Runtime}.FactTables");
            for (int i = 0; i < tables.Length; i++)
            {
                (string name, string table) = tables[i];
                literals.Write(w, i, $"public override global::System.ReadOnlySpan<byte> {name} => ", name, table);
            }

            if (d.Kinds.Count > 0)
            {
                var body = new SourceWriter();
                CustomKindEmitter.Tables(body, model.Namespace, d, customTables, literals, tables.Length);
                w.Raw(body.ToString());
            }

            literals.WriteHelper(w);
            w.Close();
            w.Close();
            w.Close();
            yield return ("Dataset.g.cs", w.ToString());
            foreach ((string HintName, string Source) file in literals.Files)
            {
                yield return file;
            }
        }

        // One class of typed members, in files of at most TableLiterals.MaxFileBytes: "People.g.cs", then "People.2.g.cs"…,
        // each a part of the same partial class; the first has the class's doc comment, attribute and accessor.
        private static IEnumerable<(string HintName, string Source)> EmitMembers(string ns, MemberClass member, DocComments docComments)
        {
            int part = 1;
            SourceWriter w = Header(docComments);
            w.Open($"namespace {ns}");
            w.Line($"/// <summary>The {member.Name.ToLowerInvariant()} of the dataset, one member each.</summary>");
            w.Line(GeneratedCodeAttribute);
            w.Open($"public static partial class {member.Name}");

            // Every member calls this one accessor with its row: a call the compiler binds once per member is
            // cheaper than a cast and a qualified member chain per member, and a dataset has up to ~100,000 of them.
            w.Line($"private static {member.Type} {MemberClass.Accessor}(int {MemberClass.Index}) => {member.AccessorBody};");

            // The members only pass a constant to that accessor: nullable analysis can find nothing in them, and
            // it is about a fifth of their compile time (docs/performance.md). Annotations stay enabled, so the
            // member types are non-nullable for the project, not oblivious.
            w.Line("#nullable disable warnings");
            bool empty = true;
            foreach (Member m in member.Members)
            {
                var mark = w.Mark;
                WriteMember(w, member, m, docComments);
                if (w.Utf8Length + ClassEndBytes > TableLiterals.MaxFileBytes && !empty)
                {
                    // Over the bound: this member starts the next part.
                    w.Truncate(mark);
                    w.Close();
                    w.Close();
                    yield return (PartName(member.Name, part++), w.ToString());
                    w = Header(docComments);
                    w.Open($"namespace {ns}");
                    w.Open($"public static partial class {member.Name}");
                    w.Line("#nullable disable warnings");
                    WriteMember(w, member, m, docComments);
                }

                empty = false;
            }

            w.Close();
            w.Close();
            yield return (PartName(member.Name, part), w.ToString());
        }

        // What closing a part adds: the class's and the namespace's braces.
        private const int ClassEndBytes = 16;

        private static string PartName(string name, int part) => part == 1 ? name + ".g.cs" : $"{name}.{Invariant.Number(part)}.g.cs";

        private static void WriteMember(SourceWriter w, MemberClass member, Member m, DocComments docComments)
        {
            if (docComments != DocComments.None)
            {
                w.Line();
                w.Line($"/// <summary>{CSharpLiterals.XmlDoc(m.Summary())}</summary>");
            }

            if (docComments == DocComments.Full)
            {
                w.Line($"/// <remarks>{Remarks(m)}</remarks>");
            }

            w.Line($"public static {member.Type} {m.Name} => {MemberClass.Accessor}({Invariant.Number(m.Row)});");
        }

        // FactIds, in files of at most TableLiterals.MaxFileBytes ("FactIds.g.cs", "FactIds.2.g.cs"…): a nested class
        // that goes on in the next part is opened again there, without its doc comment.
        private static IEnumerable<(string HintName, string Source)> EmitFactIds(string ns, List<MemberClass> members, DocComments docComments)
        {
            int part = 1;
            SourceWriter w = Header(docComments);
            w.Open($"namespace {ns}");
            w.Line("/// <summary>The id of every fact as a constant, for attributes, switches and lookups.</summary>");
            w.Line(GeneratedCodeAttribute);
            w.Open("public static partial class FactIds");
            bool firstClass = true, emptyPart = true;
            foreach (MemberClass member in members)
            {
                if (member.Members.Count == 0)
                {
                    continue;
                }

                if (!firstClass)
                {
                    w.Line();
                }

                firstClass = false;
                w.Line($"/// <summary>The ids of the {member.Name.ToLowerInvariant()}.</summary>");
                w.Open($"public static partial class {member.Name}");
                foreach (Member m in member.Members)
                {
                    var mark = w.Mark;
                    WriteFactId(w, ns, member, m, docComments);
                    if (w.Utf8Length + ClassEndBytes + 8 > TableLiterals.MaxFileBytes && !emptyPart)
                    {
                        w.Truncate(mark);
                        w.Close();
                        w.Close();
                        w.Close();
                        yield return (PartName("FactIds", part++), w.ToString());
                        w = Header(docComments);
                        w.Open($"namespace {ns}");
                        w.Open("public static partial class FactIds");
                        w.Open($"public static partial class {member.Name}");
                        WriteFactId(w, ns, member, m, docComments);
                    }

                    emptyPart = false;
                }

                w.Close();
            }

            w.Close();
            w.Close();
            yield return (PartName("FactIds", part), w.ToString());
        }

        private static void WriteFactId(SourceWriter w, string ns, MemberClass member, Member m, DocComments docComments)
        {
            if (docComments != DocComments.None)
            {
                w.Line($"/// <summary>The id of <see cref=\"global::{ns}.{member.Name}.{m.Name}\"/>.</summary>");
            }

            w.Line($"public const string {m.Name} = {CSharpLiterals.String(m.Id)};");
        }

        // Without FactIds, the NF1001/NF1002 analyzer reads the ids from this one constant: a line per member
        // class, "People vladimir-putin kim-jong-un …" (ids are ASCII without spaces; the validator sees to it).
        private static IEnumerable<(string HintName, string Source)> EmitFactIdIndex(string ns, List<MemberClass> members)
        {
            var index = new System.Text.StringBuilder();
            foreach (MemberClass member in members)
            {
                if (member.Members.Count == 0)
                {
                    continue;
                }

                index.Append(member.Name);
                foreach (Member m in member.Members)
                {
                    index.Append(' ').Append(m.Id);
                }

                index.Append('\n');
            }

            SourceWriter w = Header();
            w.Open($"namespace {ns}");
            w.Open("public static partial class Dataset");
            w.Line("/// <summary>Every fact's id, by the class its typed member would have; read by the NewsFacts analyzer (NF1001, NF1002) when <c>NewsFactsTypedMembers</c> is false.</summary>");
            w.Line(GeneratedCodeAttribute);
            w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            string text = index.ToString();
            if (CSharpLiterals.EscapedUtf8Length(text) + 1024 <= TableLiterals.MaxFileBytes)
            {
                w.Line($"public const string {FactIdIndexName} = {CSharpLiterals.String(text)};");
                w.Close();
                w.Close();
                yield return ("FactIdIndex.g.cs", w.ToString());
                yield break;
            }

            // Over the bound (some 50,000 facts): the constant is the sum of constants in files of their own, which the
            // compiler folds into one value, the one the analyzer reads.
            var parts = new List<string>();
            for (int at = 0; at < text.Length;)
            {
                var literal = new System.Text.StringBuilder("\"");
                at = CSharpLiterals.AppendEscaped(literal, text, at, text.Length, TableLiterals.MaxFileBytes - 1024, out _);
                parts.Add(literal.Append('"').ToString());
            }

            w.Line($"public const string {FactIdIndexName} = {string.Join(" + ", parts.Select((_, i) => FactIdIndexName + "Part" + Invariant.Number(i + 1)))};");
            w.Close();
            w.Close();
            yield return ("FactIdIndex.g.cs", w.ToString());
            for (int i = 0; i < parts.Count; i++)
            {
                SourceWriter part = Header();
                part.Open($"namespace {ns}");
                part.Open("public static partial class Dataset");
                part.Line($"private const string {FactIdIndexName}Part{Invariant.Number(i + 1)} = {parts[i]};");
                part.Close();
                part.Close();
                yield return ($"FactIdIndex.{Invariant.Number(i + 1)}.g.cs", part.ToString());
            }
        }

        /// <summary>The name of the id index constant that catalog-only datasets carry in their <c>Dataset</c> class.</summary>
        public const string FactIdIndexName = "FactIdIndex";

        private static string Summary(EquatableArray<NameSpec> names, string? description)
        {
            var parts = new List<string>();
            foreach (NameSpec name in names)
            {
                parts.Add($"{name.Text} ({name.Language})");
            }

            string named = string.Join(", ", parts);
            return description is null ? named : named.Length == 0 ? description : $"{named}. {description}";
        }

        private static string Remarks(Member m)
        {
            var remarks = new System.Text.StringBuilder($"Id <c>{CSharpLiterals.XmlDoc(m.Id)}</c>.");
            for (int i = 0; i < m.Evidence.Count && i < MaxEvidenceInDocs; i++)
            {
                EvidenceSpec e = m.Evidence[i];
                remarks.Append($" Evidence: “{CSharpLiterals.XmlDoc(e.Quote)}” ({CSharpLiterals.XmlDoc(e.Document)}, at {e.Start.ToString(CultureInfo.InvariantCulture)}).");
            }

            if (m.Evidence.Count > MaxEvidenceInDocs)
            {
                remarks.Append($" And {(m.Evidence.Count - MaxEvidenceInDocs).ToString(CultureInfo.InvariantCulture)} more.");
            }

            return remarks.ToString();
        }

        internal static SourceWriter Header() => new SourceWriter()
            .Line("// <auto-generated/>")
            .Line("// Generated by NewsFacts.Generator from the project's facts files. Do not edit: change the YAML instead.")
            .Line("#nullable enable")
            .Line();

        // Without member docs, a project that writes a documentation file would get CS1591 for every member.
        private static SourceWriter Header(DocComments docComments) =>
            docComments == DocComments.None ? Header().Line("#pragma warning disable CS1591 // NewsFactsDocComments is none").Line() : Header();

        /// <summary>One generated static class of typed members (<c>People</c>, <c>Events</c>…): all of one record type.</summary>
        private sealed class MemberClass
        {
            /// <summary>The private accessor's name: ids never become a name with two underscores, so no fact's member can take it.</summary>
            public const string Accessor = "__Get";

            /// <summary>The accessor's parameter, the record's row in its table.</summary>
            public const string Index = "index";

            public MemberClass(string name, string type, string accessorBody)
            {
                Name = name;
                Type = type;
                AccessorBody = accessorBody;
            }

            public string Name { get; }

            /// <summary>The record type of every member, fully qualified.</summary>
            public string Type { get; }

            /// <summary>The accessor's expression, in terms of <see cref="Index"/>.</summary>
            public string AccessorBody { get; }

            public List<Member> Members { get; } = new List<Member>();

            /// <summary>Adds a member; its summary is made only if a doc comment is written.</summary>
            public void Add(string id, int row, System.Func<string> summary, EquatableArray<EvidenceSpec> evidence) =>
                Members.Add(new Member(id, CSharpNames.MemberName(id, Name), row, summary, evidence));
        }

        private sealed record Member(string Id, string Name, int Row, System.Func<string> Summary, EquatableArray<EvidenceSpec> Evidence);
    }
}
