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

        /// <summary>Every generated file of a model: each facts file's (<see cref="FileEmitter"/>), then the global part's.</summary>
        public static IEnumerable<(string HintName, string Source)> Emit(EmitModel model, DocComments docComments = DocComments.Full, bool typedMembers = true, DatasetIdentity? identity = null)
        {
            var files = new List<FileTables>();
            foreach (FileEmitModel file in model.PerFile)
            {
                FileOutput output = FileEmitter.Emit(file, docComments, typedMembers);
                files.Add(output.Tables);
                foreach (GeneratedFile source in output.Sources)
                {
                    yield return (source.HintName, source.Source);
                }
            }

            foreach ((string HintName, string Source) file in EmitGlobal(model, files, docComments, typedMembers, identity ?? new DatasetIdentity(model.Namespace, "0.0.0")))
            {
                yield return file;
            }
        }

        /// <summary>
        /// The dataset's global part: the catalog and <c>Dataset.Info</c> (counts, content hash), the manifest, the list
        /// of every file's table segments, the declared kinds (their types, tables and members), and the heads of the
        /// member classes (doc comment, attribute) whose members the facts files' parts hold — or, with typed members
        /// off, the id index the analyzer reads. <paramref name="files"/> says what each file's tables became.
        /// </summary>
        public static IEnumerable<(string HintName, string Source)> EmitGlobal(EmitModel model, IReadOnlyList<FileTables> files, DocComments docComments, bool typedMembers, DatasetIdentity identity)
        {
            ManifestText manifest = DatasetPackageWriter.Text(model, identity);
            foreach ((string HintName, string Source) file in EmitGlobal(model, files, docComments, typedMembers, identity, manifest))
            {
                yield return file;
            }

            foreach ((string HintName, string Source) file in DatasetPackageWriter.PartFiles(manifest))
            {
                yield return file;
            }
        }

        /// <summary>
        /// The global part but a large manifest's files (<see cref="DatasetPackageWriter.PartFiles"/>), which the generator
        /// emits from their own step: they do not depend on the content hash, so a description edit leaves them cached.
        /// </summary>
        public static IEnumerable<(string HintName, string Source)> EmitGlobal(EmitModel model, IReadOnlyList<FileTables> files, DocComments docComments, bool typedMembers, DatasetIdentity identity, ManifestText manifest)
        {
            DatasetSpec d = model.Dataset;
            string dataset = $"global::{model.Namespace}.Dataset";
            var sorted = files.OrderBy(f => f.Key, System.StringComparer.Ordinal).ToList();
            foreach ((string HintName, string Source) file in EmitDataset(model, sorted, identity, manifest))
            {
                yield return file;
            }

            if (d.Kinds.Count > 0)
            {
                yield return ("CustomKinds.g.cs", CustomKindEmitter.RecordTypes(model.Namespace, d, ForeignTypes(model)));
            }

            // The built-in kinds' members are the files' (FileEmitter): here, the heads of their classes, or every id for
            // the id index when there are no typed members.
            List<MemberClass> members = typedMembers ? BuiltInHeads(d) : BuiltInClasses(d, (getter, _) => $"{dataset}.Catalog.{getter}({MemberClass.Index})");

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
                if (member.Members.Count > 0 || member.HeadOnly)
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

        /// <summary>
        /// The classes of typed members of the built-in kinds (<c>People</c>… <c>Documents</c>) over <paramref name="d"/>'s
        /// records, each member with its row among its kind's records there; <paramref name="call"/> writes the catalog
        /// call of an accessor from the catalog's getter (<c>GetEntity</c>…) and the table's number.
        /// </summary>
        internal static List<MemberClass> BuiltInClasses(DatasetSpec d, System.Func<string, int, string> call)
        {
            var members = new List<MemberClass>();
            List<RecordSpec> allEntities = d.Of(BuiltInSchema.Entity.Name);
            for (int kind = 0; kind < Vocabulary.EntityKinds.Length; kind++)
            {
                string entityKind = Vocabulary.EntityKinds[kind];
                string type = Runtime + "." + char.ToUpperInvariant(entityKind[0]) + entityKind.Substring(1);
                var entities = new MemberClass(Vocabulary.EntityKindClasses[kind], type, $"({type}){call("GetEntity", TableOf(BuiltInSchema.Entity))}");
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

            members.Add(Section(BuiltInSchema.Event, d, "Event", call, "GetEvent", e => Summary(BuiltInSchema.Event, e)));
            members.Add(Section(BuiltInSchema.Relation, d, "Relation", call, "GetRelation", r => Text(BuiltInSchema.Relation, r, "description") ?? $"{Text(BuiltInSchema.Relation, r, "subject")} {Text(BuiltInSchema.Relation, r, "predicate")} {Text(BuiltInSchema.Relation, r, "object")}"));
            members.Add(Section(BuiltInSchema.Statement, d, "Statement", call, "GetStatement", s => Text(BuiltInSchema.Statement, s, "description") ?? $"A quote of {Text(BuiltInSchema.Statement, s, "speaker")}: “{Quotes.Of(BuiltInSchema.Statement, s).First().Text}”"));
            members.Add(Section(BuiltInSchema.Claim, d, "Claim", call, "GetClaim", c => Text(BuiltInSchema.Claim, c, "text")!));
            members.Add(Section(BuiltInSchema.Discrepancy, d, "Discrepancy", call, "GetDiscrepancy", x => Text(BuiltInSchema.Discrepancy, x, "description") ?? Text(BuiltInSchema.Discrepancy, x, "reading")!));
            members.Add(Section(BuiltInSchema.Document, d, "Document", call, "GetDocument", x => Text(BuiltInSchema.Document, x, "title")!));
            return members;
        }

        // The classes BuiltInClasses would make with members, in its order, without their members: their heads only.
        private static List<MemberClass> BuiltInHeads(DatasetSpec d)
        {
            var present = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (RecordSpec record in d.Records)
            {
                present.Add(record.Kind == BuiltInSchema.Entity.Name ? KindSchemas.TypeOf(record) : record.Kind);
            }

            var heads = new List<MemberClass>();
            for (int kind = 0; kind < Vocabulary.EntityKinds.Length; kind++)
            {
                if (present.Contains(Vocabulary.EntityKinds[kind]))
                {
                    heads.Add(new MemberClass(Vocabulary.EntityKindClasses[kind], string.Empty, string.Empty) { HeadOnly = true });
                }
            }

            foreach (SchemaKind kind in new[] { BuiltInSchema.Event, BuiltInSchema.Relation, BuiltInSchema.Statement, BuiltInSchema.Claim, BuiltInSchema.Discrepancy, BuiltInSchema.Document })
            {
                if (present.Contains(kind.Name))
                {
                    heads.Add(new MemberClass(MemberClasses.Of(kind.Name), string.Empty, string.Empty) { HeadOnly = true });
                }
            }

            return heads;
        }

        // A built-in kind's table number: its place in BuiltInSchema.Kinds, which is the runtime's (FactTables.DocumentTable…).
        private static int TableOf(SchemaKind kind)
        {
            for (int i = 0; i < BuiltInSchema.Kinds.Count; i++)
            {
                if (ReferenceEquals(BuiltInSchema.Kinds[i], kind))
                {
                    return i;
                }
            }

            throw new System.ArgumentException(kind.Name, nameof(kind));
        }

        private static MemberClass Section(SchemaKind kind, DatasetSpec d, string type, System.Func<string, int, string> call, string getter, System.Func<RecordSpec, string> summary)
        {
            var section = new MemberClass(MemberClasses.Of(kind.Name), $"{Runtime}.{type}", call(getter, TableOf(kind)));
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

        /// <summary>The class of <c>Dataset</c> whose constants say where each file's segments of a table begin.</summary>
        public const string SegmentsClass = "Segments";

        // Dataset.g.cs, then the files of the declared kinds' tables cut into pieces (TableLiterals), if any.
        private static IEnumerable<(string HintName, string Source)> EmitDataset(EmitModel model, List<FileTables> files, DatasetIdentity identity, ManifestText manifest)
        {
            DatasetSpec d = model.Dataset;

            // The declared kinds' tables stay here, whole; the built-in kinds' are the files' segments. The content
            // hash covers every file's tables (by the file's hash, in key order) and the declared kinds'.
            List<string> customTables = CustomKindEmitter.TableTexts(d);
            TableLiterals literals = TableLiterals.Plan(model.Namespace, customTables);
            string contentHash = DatasetInfoWriter.ContentHash(files.Select(f => f.Key + "\u001E" + f.Hash).Concat(customTables));
            SourceWriter w = Header();
            DatasetPackageWriter.WriteAttribute(w, manifest, contentHash);
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
            WriteFirstSegments(w, files);

            w.Line().Line(GeneratedCodeAttribute);
            w.Open($"private sealed partial class Tables : {Runtime}.FactTables");
            // The version of the table format these tables are written in: the runtime refuses any other.
            w.Line($"public Tables() : base({Invariant.Number(FactTableFormat.Version)}) {{ }}").Line();
            WriteSegments(w, files);
            if (d.Kinds.Count > 0)
            {
                var body = new SourceWriter();
                CustomKindEmitter.Tables(body, model.Namespace, d, customTables, literals, 0);
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
        }

        // Where each file's segments of each table begin: the typed members of a file name a record by its position
        // from there, so they do not change when another file does.
        private static void WriteFirstSegments(SourceWriter w, List<FileTables> files)
        {
            w.Line();
            w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            w.Open($"internal static class {SegmentsClass}");
            for (int table = 0; table < BuiltInSchema.Kinds.Count; table++)
            {
                int first = 0;
                foreach (FileTables file in files)
                {
                    if (file.Segments[table] > 0)
                    {
                        w.Line($"internal const int {FileEmitter.FirstSegmentName(BuiltInSchema.Kinds[table], file.Key)} = {Invariant.Number(first)};");
                    }

                    first += file.Segments[table];
                }
            }

            w.Close();
        }

        // The built-in tables as the runtime reads them: every file's segments, file after file in key order.
        private static void WriteSegments(SourceWriter w, List<FileTables> files)
        {
            w.Line($"public override int SegmentCount(int table) => table switch");
            w.Open();
            for (int table = 0; table < BuiltInSchema.Kinds.Count; table++)
            {
                w.Line($"{Invariant.Number(table)} => {Invariant.Number(files.Sum(f => f.Segments[table]))},");
            }

            w.Line("_ => 0,");
            w.Close(";");
            w.Line();
            w.Line($"public override global::System.ReadOnlySpan<byte> Segment(int table, int segment) => table switch");
            w.Open();
            for (int table = 0; table < BuiltInSchema.Kinds.Count; table++)
            {
                w.Line($"{Invariant.Number(table)} => segment switch");
                w.Open();
                int at = 0;
                foreach (FileTables file in files)
                {
                    for (int s = 0; s < file.Segments[table]; s++)
                    {
                        w.Line($"{Invariant.Number(at++)} => {FileEmitter.SegmentName(BuiltInSchema.Kinds[table], file.Key, s)},");
                    }
                }

                w.Line("_ => default,");
                w.Close(",");
            }

            w.Line("_ => default,");
            w.Close(";");
        }

        // One class of typed members, in files of at most TableLiterals.MaxFileBytes: "People.g.cs", then "People.2.g.cs"…,
        // each a part of the same partial class; the first has the class's doc comment, attribute and accessor.
        private static IEnumerable<(string HintName, string Source)> EmitMembers(string ns, MemberClass member, DocComments docComments)
        {
            SourceWriter Start(bool first)
            {
                SourceWriter w = Header(docComments);
                w.Open($"namespace {ns}");
                if (first)
                {
                    w.Block($$"""
                        /// <summary>The {{member.Name.ToLowerInvariant()}} of the dataset, one member each.</summary>
                        {{GeneratedCodeAttribute}}
                        """);
                }

                w.Open($"public static partial class {member.Name}");
                if (member.HeadOnly)
                {
                    // The members are in the facts files' parts, each with an accessor of its own (FileEmitter).
                    return w;
                }

                if (first)
                {
                    // Every member calls one accessor with its row: a call the compiler binds once per member is cheaper
                    // than a cast and a qualified member chain per member, and a dataset has up to ~100,000 of them.
                    w.Line($"private static {member.Type} {MemberClass.Accessor}(int {MemberClass.Index}) => {member.AccessorBody};");
                }

                // The members only pass a constant to that accessor: nullable analysis can find nothing in them, and
                // it is about a fifth of their compile time (docs/performance.md). Annotations stay enabled, so the
                // member types are non-nullable for the project, not oblivious.
                w.Line("#nullable disable warnings");
                return w;
            }

            int part = 1;
            IReadOnlyList<Member> members = member.HeadOnly ? new List<Member>() : member.Members;
            foreach (string source in InParts(Start, members, (w, m) => WriteMember(w, member, m, docComments)))
            {
                yield return (PartName(member.Name, part++), source);
            }
        }

        /// <summary>
        /// Members written into parts of at most <see cref="TableLiterals.MaxFileBytes"/>: <paramref name="start"/> opens a
        /// part (true for the first) down to the class, and a member that would take a part over the bound starts the next
        /// one. The global part's member classes and each facts file's parts of them are cut by this one rule.
        /// </summary>
        internal static IEnumerable<string> InParts(System.Func<bool, SourceWriter> start, IReadOnlyList<Member> members, System.Action<SourceWriter, Member> write)
        {
            SourceWriter w = start(true);
            bool empty = true;
            foreach (Member m in members)
            {
                var mark = w.Mark;
                write(w, m);
                if (w.Utf8Length + ClassEndBytes > TableLiterals.MaxFileBytes && !empty)
                {
                    // Over the bound: this member starts the next part.
                    w.Truncate(mark);
                    w.Close().Close();
                    yield return w.ToString();
                    w = start(false);
                    write(w, m);
                }

                empty = false;
            }

            w.Close().Close();
            yield return w.ToString();
        }

        // What closing a part adds: the class's and the namespace's braces.
        internal const int ClassEndBytes = 16;

        private static string PartName(string name, int part) => part == 1 ? name + ".g.cs" : $"{name}.{Invariant.Number(part)}.g.cs";

        internal static void WriteMember(SourceWriter w, MemberClass member, Member m, DocComments docComments, string accessor = MemberClass.Accessor)
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

            w.Line($"public static {member.Type} {m.Name} => {accessor}({Invariant.Number(m.Row)});");
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
                if (member.Members.Count == 0 && !member.HeadOnly)
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
                foreach (Member m in member.HeadOnly ? new List<Member>() : member.Members)
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

        internal static void WriteFactId(SourceWriter w, string ns, MemberClass member, Member m, DocComments docComments)
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
        internal static SourceWriter Header(DocComments docComments) => docComments != DocComments.None ? Header() : Header().Block("""
            #pragma warning disable CS1591 // NewsFactsDocComments is none

            """);

        /// <summary>One generated static class of typed members (<c>People</c>, <c>Events</c>…): all of one record type.</summary>
        internal sealed class MemberClass
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

            /// <summary>The members are the facts files' (FileEmitter): the global part writes only the class's head.</summary>
            public bool HeadOnly { get; set; }

            /// <summary>Adds a member; its summary is made only if a doc comment is written.</summary>
            public void Add(string id, int row, System.Func<string> summary, SchemaKind kind, RecordSpec record) =>
                Members.Add(new Member(id, CSharpNames.MemberName(id, Name), row, summary, kind, record));
        }

        internal sealed record Member(string Id, string Name, int Row, System.Func<string> Summary, SchemaKind Kind, RecordSpec Record);
    }
}
