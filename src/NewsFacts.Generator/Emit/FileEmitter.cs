using System.Collections.Generic;
using NewsFacts.Generator.Model;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Emit
{
    /// <summary>
    /// Writes one facts file's share of the dataset (<see cref="FileEmitModel"/>) into files of its own, named after
    /// the file's key (<c>Facts.{key}.g.cs</c>, <c>Facts.{key}.2.g.cs</c>…): its tables as segments of the dataset's tables,
    /// its parts of the typed member classes (<c>People</c>…) and of <c>FactIds</c>.
    /// What ties them to the other files (where its segments stand, the classes' doc comments, the catalog) is the
    /// global part's (<see cref="DatasetEmitter"/>), so an edit to this file re-emits this file's output and the
    /// global part only.
    /// </summary>
    internal static class FileEmitter
    {
        private const string Span = "global::System.ReadOnlySpan<byte>";

        public static FileOutput Emit(FileEmitModel file, DocComments docComments, bool typedMembers)
        {
            var sources = new List<GeneratedFile>();
            var d = new DatasetSpec(default, file.Records);

            // Tables: each built-in kind's records as one table, cut between records into segments of at most
            // TableLiterals.ChunkBytes of literal (a record longer than that is a segment of its own).
            var texts = new List<string>();
            var segments = new int[BuiltInSchema.Kinds.Count];
            SourceWriter? w = null;
            int part = 0;
            void Finish()
            {
                if (w is not null)
                {
                    w.Close().Close().Close();
                    sources.Add(new GeneratedFile(PartName(file.Key, "Tables", ++part), w.ToString()));
                    w = null;
                }
            }

            for (int table = 0; table < BuiltInSchema.Kinds.Count; table++)
            {
                SchemaKind kind = BuiltInSchema.Kinds[table];
                string text = TableWriter.Write(kind, d.Of(kind.Name));
                texts.Add(text);
                foreach ((int start, int end, long bytes) in Pieces(text))
                {
                    if (w is not null && w.Utf8Length + bytes + 256 > TableLiterals.MaxFileBytes)
                    {
                        Finish();
                    }

                    if (w is null)
                    {
                        w = DatasetEmitter.Header();
                        w.Open($"namespace {file.Namespace}");
                        w.Open("public static partial class Dataset");
                        w.Open("private sealed partial class Tables");
                    }

                    w.Utf8LiteralLine($"private static {Span} {SegmentName(kind, file.Key, segments[table]++)} => ", text.Substring(start, end - start), ";");
                }
            }

            Finish();
            var tables = new FileTables(file.Key, DatasetInfoWriter.ContentHash(texts), segments.ToEquatableArray());
            if (!typedMembers)
            {
                return new FileOutput(tables, Pack(file.Key, sources));
            }

            string dataset = $"global::{file.Namespace}.Dataset";
            List<DatasetEmitter.MemberClass> members = DatasetEmitter.BuiltInClasses(d, (getter, table) =>
                $"{dataset}.Catalog.{getter}({dataset}.{DatasetEmitter.SegmentsClass}.{FirstSegmentName(BuiltInSchema.Kinds[table], file.Key)}, {DatasetEmitter.MemberClass.Index})");
            foreach (DatasetEmitter.MemberClass member in members)
            {
                if (member.Members.Count > 0)
                {
                    sources.AddRange(EmitMembers(file, member, docComments));
                }
            }

            sources.AddRange(EmitFactIds(file, members, docComments));
            return new FileOutput(tables, Pack(file.Key, sources));
        }

        // The file's parts joined into as few files as the bound allows ("Facts.{key}.g.cs", "Facts.{key}.2.g.cs"…): a
        // driver's work per generated file is paid on every run, keystrokes in C# included, so a dataset of 100 files
        // should not make 1,300 of them. A part's own header is kept but for its first line (nullable is enabled
        // again after a part of members, which disable its warnings).
        private static EquatableArray<GeneratedFile> Pack(string key, List<GeneratedFile> parts)
        {
            var files = new List<GeneratedFile>();
            var text = new System.Text.StringBuilder();
            long bytes = 0;
            void Finish()
            {
                if (text.Length > 0)
                {
                    files.Add(new GeneratedFile(PartName(key, files.Count + 1), text.ToString()));
                    text.Clear();
                    bytes = 0;
                }
            }

            foreach (GeneratedFile part in parts)
            {
                long size = System.Text.Encoding.UTF8.GetByteCount(part.Source);
                if (bytes > 0 && bytes + size > TableLiterals.MaxFileBytes)
                {
                    Finish();
                }

                if (bytes == 0)
                {
                    text.Append(part.Source);
                }
                else
                {
                    // The same header again, without "// <auto-generated/>", which only a file's first line means.
                    int firstLine = part.Source.IndexOf('\n') + 1;
                    text.Append('\n').Append(part.Source, firstLine, part.Source.Length - firstLine);
                }

                bytes += size;
            }

            Finish();
            return files.ToEquatableArray();
        }

        /// <summary>The name of a segment of a table (the tables class's private property that holds it).</summary>
        public static string SegmentName(SchemaKind kind, string key, int segment) => $"{SchemaField.Pascal(kind.Section)}_{key}_{Invariant.Number(segment)}";

        /// <summary>The name of the constant that says where a file's segments of a table begin among the table's.</summary>
        public static string FirstSegmentName(SchemaKind kind, string key) => $"{SchemaField.Pascal(kind.Section)}_{key}";

        // A part before packing (its name is not a hint name: Pack names the files).
        private static string PartName(string key, string name, int part) => $"{key}.{name}.{Invariant.Number(part)}";

        private static string PartName(string key, int file) => file == 1 ? $"Facts.{key}.g.cs" : $"Facts.{key}.{Invariant.Number(file)}.g.cs";

        // The records of a table in runs of at most ChunkBytes of literal, cut after a record's end.
        private static IEnumerable<(int Start, int End, long Bytes)> Pieces(string table)
        {
            int start = 0, at = 0;
            long bytes = 0;
            while (at < table.Length)
            {
                int end = table.IndexOf(FactTableFormat.RecordEnd, at) + 1;
                long record = CSharpLiterals.EscapedUtf8Length(table, at, end);
                if (at > start && bytes + record > TableLiterals.ChunkBytes)
                {
                    yield return (start, at, bytes);
                    start = at;
                    bytes = 0;
                }

                bytes += record;
                at = end;
            }

            if (at > start)
            {
                yield return (start, at, bytes);
            }
        }

        // The file's part of one class of typed members, in files of at most TableLiterals.MaxFileBytes
        // ("Facts.{key}.People.g.cs", then ".2.g.cs"…), with an accessor of its own that knows where the file's
        // segment of the table begins; the class's doc comment and attribute are the global part's.
        private static IEnumerable<GeneratedFile> EmitMembers(FileEmitModel file, DatasetEmitter.MemberClass member, DocComments docComments)
        {
            string accessor = DatasetEmitter.MemberClass.Accessor + "_" + file.Key;
            SourceWriter Start(bool first)
            {
                SourceWriter start = DatasetEmitter.Header(docComments);
                start.Open($"namespace {file.Namespace}");
                start.Open($"public static partial class {member.Name}");
                if (first)
                {
                    start.Line($"private static {member.Type} {accessor}(int {DatasetEmitter.MemberClass.Index}) => {member.AccessorBody};");
                }

                // As in the global part: nullable analysis finds nothing in members that pass a constant.
                start.Line("#nullable disable warnings");
                return start;
            }

            int part = 1;
            foreach (string source in DatasetEmitter.InParts(first => Start(first), member.Members, (w, m) => DatasetEmitter.WriteMember(w, member, m, docComments, accessor)))
            {
                yield return new GeneratedFile(PartName(file.Key, member.Name, part++), source);
            }
        }

        // The file's ids in FactIds' nested classes, in files of at most TableLiterals.MaxFileBytes.
        private static IEnumerable<GeneratedFile> EmitFactIds(FileEmitModel file, List<DatasetEmitter.MemberClass> members, DocComments docComments)
        {
            int part = 1;
            SourceWriter Start()
            {
                SourceWriter start = DatasetEmitter.Header(docComments);
                start.Open($"namespace {file.Namespace}");
                start.Open("public static partial class FactIds");
                return start;
            }

            SourceWriter w = Start();
            bool emptyPart = true, any = false;
            foreach (DatasetEmitter.MemberClass member in members)
            {
                if (member.Members.Count == 0)
                {
                    continue;
                }

                any = true;
                w.Open($"public static partial class {member.Name}");
                foreach (DatasetEmitter.Member m in member.Members)
                {
                    var mark = w.Mark;
                    DatasetEmitter.WriteFactId(w, file.Namespace, member, m, docComments);
                    if (w.Utf8Length + DatasetEmitter.ClassEndBytes + 8 > TableLiterals.MaxFileBytes && !emptyPart)
                    {
                        w.Truncate(mark);
                        w.Close().Close().Close();
                        yield return new GeneratedFile(PartName(file.Key, "FactIds", part++), w.ToString());
                        w = Start();
                        w.Open($"public static partial class {member.Name}");
                        DatasetEmitter.WriteFactId(w, file.Namespace, member, m, docComments);
                    }

                    emptyPart = false;
                }

                w.Close();
            }

            if (any)
            {
                w.Close().Close();
                yield return new GeneratedFile(PartName(file.Key, "FactIds", part), w.ToString());
            }
        }
    }
}
