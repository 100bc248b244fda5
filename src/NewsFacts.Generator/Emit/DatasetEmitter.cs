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

        public static IEnumerable<(string HintName, string Source)> Emit(EmitModel model, DocComments docComments = DocComments.Full, bool typedMembers = true, DatasetIdentity? identity = null)
        {
            DatasetSpec d = model.Dataset;
            string dataset = $"global::{model.Namespace}.Dataset";
            foreach ((string HintName, string Source) file in EmitDataset(model, identity ?? new DatasetIdentity(model.Namespace, "0.0.0")))
            {
                yield return file;
            }

            if (d.Kinds.Count > 0)
            {
                yield return ("CustomKinds.g.cs", CustomKindEmitter.RecordTypes(model.Namespace, d, ForeignTypes(model)));
            }

            var members = new List<MemberClass>();
            List<RecordSpec> allEntities = d.Of(BuiltInSchema.Entity.Name);
            for (int kind = 0; kind < Vocabulary.EntityKinds.Length; kind++)
            {
                string entityKind = Vocabulary.EntityKinds[kind];
                string type = Runtime + "." + char.ToUpperInvariant(entityKind[0]) + entityKind.Substring(1);
                var entities = new MemberClass(Vocabulary.EntityKindClasses[kind], type, $"({type}){dataset}.Catalog.GetEntity({MemberClass.Index})");
                for (int i = 0; i < allEntities.Count; i++)
                {
                    RecordSpec e = allEntities[i];
                    if (KindSchemas.TypeOf(e) == entityKind)
                    {
                        entities.Add(e.Id, i, () => Summary(BuiltInSchema.Entity, e), BuiltInSchema.Entity, e);
                    }
                }

                members.Add(entities);
            }

            members.Add(Section(BuiltInSchema.Event, d, "Event", dataset, "GetEvent", e => Summary(BuiltInSchema.Event, e)));
            members.Add(Section(BuiltInSchema.Relation, d, "Relation", dataset, "GetRelation", r => Text(BuiltInSchema.Relation, r, "description") ?? $"{Text(BuiltInSchema.Relation, r, "subject")} {Text(BuiltInSchema.Relation, r, "predicate")} {Text(BuiltInSchema.Relation, r, "object")}"));
            members.Add(Section(BuiltInSchema.Statement, d, "Statement", dataset, "GetStatement", s => Text(BuiltInSchema.Statement, s, "description") ?? $"A quote of {Text(BuiltInSchema.Statement, s, "speaker")}: “{Quotes.Of(BuiltInSchema.Statement, s).First().Text}”"));
            members.Add(Section(BuiltInSchema.Claim, d, "Claim", dataset, "GetClaim", c => Text(BuiltInSchema.Claim, c, "text")!));
            members.Add(Section(BuiltInSchema.Discrepancy, d, "Discrepancy", dataset, "GetDiscrepancy", x => Text(BuiltInSchema.Discrepancy, x, "description") ?? Text(BuiltInSchema.Discrepancy, x, "reading")!));
            members.Add(Section(BuiltInSchema.Document, d, "Document", dataset, "GetDocument", x => Text(BuiltInSchema.Document, x, "title")!));

            // A declared kind's position among the kinds is its table's position in Tables.CustomKinds.
            List<(KindSpec Kind, List<RecordSpec> Records)> customRows = CustomKindEmitter.Rows(d);
            for (int kindIndex = 0; kindIndex < customRows.Count; kindIndex++)
            {
                (KindSpec kind, List<RecordSpec> records) = customRows[kindIndex];
                SchemaKind schema = DeclaredKindSchema.Describe(kind);
                string type = $"global::{model.Namespace}.{CSharpNames.TypeName(kind)}";
                var custom = new MemberClass(CSharpNames.ClassName(kind), type, $"({type}){dataset}.Catalog.GetCustom({Invariant.Number(kindIndex)}, {MemberClass.Index})");
                for (int i = 0; i < records.Count; i++)
                {
                    RecordSpec record = records[i];
                    custom.Add(record.Id, i, () => Summary(schema, record), schema, record);
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

        private static MemberClass Section(SchemaKind kind, DatasetSpec d, string type, string dataset, string getter, System.Func<RecordSpec, string> summary)
        {
            var section = new MemberClass(MemberClasses.Of(kind.Name), $"{Runtime}.{type}", $"{dataset}.Catalog.{getter}({MemberClass.Index})");
            List<RecordSpec> records = d.Of(kind.Name);
            for (int i = 0; i < records.Count; i++)
            {
                RecordSpec record = records[i];
                section.Add(record.Id, i, () => summary(record), kind, record);
            }

            return section;
        }

        private static string? Text(SchemaKind kind, RecordSpec record, string key) => KindSchemas.Get(kind, record, key).AsText;

        /// <summary>The record types of the kinds the referenced datasets declare, by kind name (the first dataset's, as the validator takes them).</summary>
        internal static IReadOnlyDictionary<string, string> ForeignTypes(EmitModel model)
        {
            var types = new Dictionary<string, string>(System.StringComparer.Ordinal);
            foreach (DatasetReference reference in model.Referenced)
            {
                foreach (ForeignKind kind in reference.Kinds)
                {
                    if (!types.ContainsKey(kind.Name))
                    {
                        types[kind.Name] = kind.TypeName;
                    }
                }
            }

            return types;
        }

        // Dataset.g.cs, then the files of the tables cut into pieces, if any (TableLiterals).
        private static IEnumerable<(string HintName, string Source)> EmitDataset(EmitModel model, DatasetIdentity identity)
        {
            DatasetSpec d = model.Dataset;
            var tables = BuiltInSchema.Kinds.Select(kind => (SchemaField.Pascal(kind.Section), TableWriter.Write(kind, d.Of(kind.Name)))).ToArray();

            // Every table, the declared kinds' last: the content hash covers them all, and the size bound weighs them all.
            var tableTexts = tables.Select(t => t.Item2).ToList();
            List<string> customTables = CustomKindEmitter.TableTexts(d);
            tableTexts.AddRange(customTables);
            TableLiterals literals = TableLiterals.Plan(model.Namespace, tableTexts);

            string contentHash = DatasetInfoWriter.ContentHash(tableTexts);
            SourceWriter w = Header();
            List<(string HintName, string Source)> manifestFiles = DatasetPackageWriter.WriteAttribute(w, model, identity, contentHash);
            w.Line();
            w.Open($"namespace {model.Namespace}");
            w.Block($$"""
                /// <summary>The facts compiled from this project's facts files.</summary>
                {{GeneratedCodeAttribute}}
                """);
            w.Open("public static partial class Dataset");

            // Facts of the referenced datasets are found in their own catalogs: the same instances.
            string references = string.Concat(model.Referenced.Select(r => $", global::{r.Namespace}.Dataset.Catalog"));
            w.Block($$"""
                /// <summary>Every fact of the dataset and of the datasets it references: lookup by id and by name, enumeration per kind.</summary>
                public static {{Runtime}}.FactCatalog Catalog { get; } = new {{Runtime}}.FactCatalog({{CSharpLiterals.String(identity.Name)}}, new Tables(){{references}});

                """);
            DatasetInfoWriter.Write(w, d, contentHash, identity, model.Referenced);
            w.Line().Line(GeneratedCodeAttribute);
            w.Open($"private sealed {(literals.AnyCut ? "partial " : string.Empty)}class Tables : {Runtime}.FactTables");
            // The version of the table format these tables are written in: the runtime refuses any other.
            w.Line($"public Tables() : base({Invariant.Number(FactTableFormat.Version)}) {{ }}").Line();
            for (int i = 0; i < tables.Length; i++)
            {
                (string name, string table) = tables[i];
                literals.Write(w, i, $"public override global::System.ReadOnlySpan<byte> {name} => ", name, table);
            }

            if (d.Kinds.Count > 0)
            {
                var body = new SourceWriter();
                CustomKindEmitter.Tables(body, model.Namespace, d, customTables, literals, tables.Length);
                w.Append(body);
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

            foreach ((string HintName, string Source) file in manifestFiles)
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

        // FactIds, in files of at most TableLiterals.MaxFileBytes ("FactIds.g.cs", "FactIds.2.g.cs"…): a nested class
        // that goes on in the next part is opened again there, without its doc comment.
        private static IEnumerable<(string HintName, string Source)> EmitFactIds(string ns, List<MemberClass> members, DocComments docComments)
        {
            int part = 1;
            SourceWriter w = Header(docComments);
            w.Open($"namespace {ns}");
            w.Block($$"""
                /// <summary>The id of every fact as a constant, for attributes, switches and lookups.</summary>
                {{GeneratedCodeAttribute}}
                """);
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
                w.Line($"public const string {CSharpNames.FactIdIndex} = {CSharpLiterals.String(text)};");
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

            w.Line($"public const string {CSharpNames.FactIdIndex} = {string.Join(" + ", parts.Select((_, i) => CSharpNames.FactIdIndex + "Part" + Invariant.Number(i + 1)))};");
            w.Close();
            w.Close();
            yield return ("FactIdIndex.g.cs", w.ToString());
            for (int i = 0; i < parts.Count; i++)
            {
                SourceWriter part = Header();
                part.Open($"namespace {ns}");
                part.Open("public static partial class Dataset");
                part.Line($"private const string {CSharpNames.FactIdIndex}Part{Invariant.Number(i + 1)} = {parts[i]};");
                part.Close();
                part.Close();
                yield return ($"FactIdIndex.{Invariant.Number(i + 1)}.g.cs", part.ToString());
            }
        }

        private static string Summary(SchemaKind kind, RecordSpec record)
        {
            var parts = new List<string>();
            EquatableArray<string> names = KindSchemas.Get(kind, record, "names").Items;
            for (int i = 0; i + 1 < names.Count; i += 2)
            {
                parts.Add($"{names[i + 1]} ({names[i]})");
            }

            string? description = Text(kind, record, "description");
            string named = string.Join(", ", parts);
            return description is null ? named : named.Length == 0 ? description : $"{named}. {description}";
        }

        private static string Remarks(Member m)
        {
            var remarks = new System.Text.StringBuilder($"Id <c>{CSharpLiterals.XmlDoc(m.Id)}</c>.");

            // A statement's renderings are its first evidence, as the runtime's Statement.Evidence lists them.
            List<Quote> evidence = Quotes.Of(m.Kind, m.Record).ToList();
            for (int i = 0; i < evidence.Count && i < MaxEvidenceInDocs; i++)
            {
                Quote e = evidence[i];
                remarks.Append($" Evidence: “{CSharpLiterals.XmlDoc(e.Text)}” ({CSharpLiterals.XmlDoc(e.Document)}, at {e.Start.ToString(CultureInfo.InvariantCulture)}).");
            }

            if (evidence.Count > MaxEvidenceInDocs)
            {
                remarks.Append($" And {(evidence.Count - MaxEvidenceInDocs).ToString(CultureInfo.InvariantCulture)} more.");
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
            public void Add(string id, int row, System.Func<string> summary, SchemaKind kind, RecordSpec record) =>
                Members.Add(new Member(id, CSharpNames.MemberName(id, Name), row, summary, kind, record));
        }

        private sealed record Member(string Id, string Name, int Row, System.Func<string> Summary, SchemaKind Kind, RecordSpec Record);
    }
}
