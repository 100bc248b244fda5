using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsFacts.Generator.Model;
using NewsFacts.Generator.Naming;
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
            yield return ("Dataset.g.cs", EmitDataset(model));
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
                string type = $"global::{model.Namespace}.{CSharpNames.TypeName(kind)}";
                var custom = new MemberClass(CSharpNames.ClassName(kind), type, $"({type}){dataset}.Catalog.GetCustom({Invariant.Number(kindIndex)}, {MemberClass.Index})");
                for (int i = 0; i < records.Count; i++)
                {
                    CustomRecordSpec record = records[i];
                    custom.Add(record.Id, i, () => Summary(record.Names, record.Description), record.Evidence);
                }

                members.Add(custom);
            }

            if (!typedMembers)
            {
                yield return ("FactIdIndex.g.cs", EmitFactIdIndex(model.Namespace, members));
                yield break;
            }

            foreach (MemberClass member in members)
            {
                if (member.Members.Count > 0)
                {
                    yield return (member.Name + ".g.cs", EmitMembers(model.Namespace, member, docComments));
                }
            }

            yield return ("FactIds.g.cs", EmitFactIds(model.Namespace, members, docComments));
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

        private static string EmitDataset(EmitModel model)
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

            SourceWriter w = Header();
            w.Open($"namespace {model.Namespace}");
            w.Block($$"""
                /// <summary>The facts compiled from this project's facts files.</summary>
                {{GeneratedCodeAttribute}}
                """);
            w.Open("public static partial class Dataset");

            // Facts that refer to NewsFacts' own records resolve them in its catalog: the same instances.
            string references = model.RefersToNewsFacts ? $", {Runtime}.Dataset.Catalog" : string.Empty;
            w.Block($$"""
                /// <summary>Every fact of the dataset: lookup by id and by name, enumeration per kind.</summary>
                public static {{Runtime}}.FactCatalog Catalog { get; } = new {{Runtime}}.FactCatalog(new Tables(){{references}});

                """);
            // The tables are written first: the content hash covers the declared kinds' tables too.
            var body = new SourceWriter();
            var tableTexts = tables.Select(t => t.Item2).ToList();
            if (d.Kinds.Count > 0)
            {
                CustomKindEmitter.Tables(body, model.Namespace, d, tableTexts);
            }

            DatasetInfoWriter.Write(w, d, tableTexts);
            w.Line().Line(GeneratedCodeAttribute);
            w.Open($"private sealed class Tables : {Runtime}.FactTables");
            foreach ((string name, string table) in tables)
            {
                w.Utf8LiteralLine($"public override global::System.ReadOnlySpan<byte> {name} => ", table, ";");
            }

            w.Append(body);
            w.Close();
            w.Close();
            w.Close();
            return w.ToString();
        }

        private static string EmitMembers(string ns, MemberClass member, DocComments docComments)
        {
            SourceWriter w = Header(docComments);
            w.Open($"namespace {ns}");
            w.Block($$"""
                /// <summary>The {{member.Name.ToLowerInvariant()}} of the dataset, one member each.</summary>
                {{GeneratedCodeAttribute}}
                """);
            w.Open($"public static partial class {member.Name}");

            // Every member calls one accessor with its row: a call the compiler binds once per member is cheaper
            // than a cast and a qualified member chain per member, and a dataset has up to ~100,000 of them.
            // The members only pass a constant to that accessor: nullable analysis can find nothing in them, and
            // it is about a fifth of their compile time (docs/performance.md). Annotations stay enabled, so the
            // member types are non-nullable for the project, not oblivious.
            w.Block($$"""
                private static {{member.Type}} {{MemberClass.Accessor}}(int {{MemberClass.Index}}) => {{member.AccessorBody}};
                #nullable disable warnings
                """);
            foreach (Member m in member.Members)
            {
                if (docComments != DocComments.None)
                {
                    w.Line();
                    // An event or a record of a declared kind may have neither names nor a description: its id, rather than an empty summary.
                    string summary = m.Summary();
                    w.Line(summary.Length > 0
                        ? $"/// <summary>{CSharpLiterals.XmlDoc(summary)}</summary>"
                        : $"/// <summary>The fact <c>{CSharpLiterals.XmlDoc(m.Id)}</c>; its facts file gives it no names or description.</summary>");
                }

                if (docComments == DocComments.Full)
                {
                    w.Line($"/// <remarks>{Remarks(m)}</remarks>");
                }

                w.Line($"public static {member.Type} {m.Name} => {MemberClass.Accessor}({Invariant.Number(m.Row)});");
            }

            w.Close();
            w.Close();
            return w.ToString();
        }

        private static string EmitFactIds(string ns, List<MemberClass> members, DocComments docComments)
        {
            SourceWriter w = Header(docComments);
            w.Open($"namespace {ns}");
            w.Block($$"""
                /// <summary>The id of every fact as a constant, for attributes, switches and lookups.</summary>
                {{GeneratedCodeAttribute}}
                """);
            w.Open("public static partial class FactIds");
            bool firstClass = true;
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
                    if (docComments != DocComments.None)
                    {
                        w.Line($"/// <summary>The id of <see cref=\"global::{ns}.{member.Name}.{m.Name}\"/>.</summary>");
                    }

                    w.Line($"public const string {m.Name} = {CSharpLiterals.String(m.Id)};");
                }

                w.Close();
            }

            w.Close();
            w.Close();
            return w.ToString();
        }

        // Without FactIds, the NF1001/NF1002 analyzer reads the ids from this one constant: a line per member
        // class, "People vladimir-putin kim-jong-un …" (ids are ASCII without spaces; the validator sees to it).
        private static string EmitFactIdIndex(string ns, List<MemberClass> members)
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
            w.Block($$"""
                /// <summary>Every fact's id, by the class its typed member would have; read by the NewsFacts analyzer (NF1001, NF1002) when <c>NewsFactsTypedMembers</c> is false.</summary>
                {{GeneratedCodeAttribute}}
                [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
                public const string {{CSharpNames.FactIdIndex}} = {{CSharpLiterals.String(index.ToString())}};
                """);
            w.Close();
            w.Close();
            return w.ToString();
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

        internal static SourceWriter Header() => new SourceWriter().Block("""
            // <auto-generated/>
            // Generated by NewsFacts.Generator from the project's facts files. Do not edit: change the YAML instead.
            #nullable enable

            """);

        // Without member docs, a project that writes a documentation file would get CS1591 for every member.
        private static SourceWriter Header(DocComments docComments) => docComments != DocComments.None ? Header() : Header().Block("""
            #pragma warning disable CS1591 // NewsFactsDocComments is none

            """);

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
