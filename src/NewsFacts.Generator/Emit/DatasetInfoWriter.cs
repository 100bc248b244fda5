using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using NewsFacts.Generator.Model;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Emit
{
    /// <summary>Writes <c>Dataset.Info</c>: schema version, counts per kind, document hashes and a content hash of the tables.</summary>
    internal static class DatasetInfoWriter
    {
        public const int SchemaVersion = 1;

        public static void Write(SourceWriter w, DatasetSpec d, string contentHash, DatasetIdentity identity, EquatableArray<DatasetReference> referenced)
        {
            // Records by what they are: an entity by its kind (Person…), a declared kind's as Custom.
            var byType = new Dictionary<string, int>(System.StringComparer.Ordinal);
            foreach (RecordSpec record in d.Records)
            {
                string type = KindSchemas.BuiltInKind(record.Kind) is null ? "custom" : KindSchemas.TypeOf(record);
                byType[type] = (byType.TryGetValue(type, out int count) ? count : 0) + 1;
            }

            var counts = new List<(string Kind, int Count)>();
            foreach (string kind in Vocabulary.EntityKinds)
            {
                counts.Add((char.ToUpperInvariant(kind[0]) + kind.Substring(1), byType.TryGetValue(kind, out int count) ? count : 0));
            }

            foreach (string kind in new[] { "event", "relation", "statement", "claim", "discrepancy", "custom" })
            {
                counts.Add((char.ToUpperInvariant(kind[0]) + kind.Substring(1), byType.TryGetValue(kind, out int count) ? count : 0));
            }

            const string Runtime = "global::NewsFacts";
            w.Block($$"""
                /// <summary>Which data this is: schema version, counts per kind, documents with their hashes, and a hash of the content.</summary>
                public static {{Runtime}}.DatasetInfo Info => LazyInfo.Value;

                """);

            // A class of its own, so the info is made on its first use, not with Catalog: a first lookup pays nothing for it.
            w.Line(DatasetEmitter.GeneratedCodeAttribute);
            w.Open("private static class LazyInfo");
            w.Line($"internal static readonly {Runtime}.DatasetInfo Value = new {Runtime}.DatasetInfo(");
            using (w.Indent())
            {
                w.Block($$"""
                    {{Invariant.Number(SchemaVersion)}},
                    {{CSharpLiterals.String(contentHash)}},
                    {{Runtime}}.ValueList<{{Runtime}}.KindCount>.Create(new {{Runtime}}.KindCount[]
                    """);
                w.Open();
                foreach ((string kind, int count) in counts)
                {
                    w.Line($"new {Runtime}.KindCount({Runtime}.FactKind.{kind}, {Invariant.Number(count)}),");
                }

                w.Close("),");
                w.Line($"{Runtime}.ValueList<{Runtime}.DocumentHash>.Create(new {Runtime}.DocumentHash[]");
                w.Open();
                foreach (RecordSpec document in d.Of(BuiltInSchema.Document.Name))
                {
                    string? sha256 = KindSchemas.Get(BuiltInSchema.Document, document, "sha256").AsText;
                    w.Line($"new {Runtime}.DocumentHash({CSharpLiterals.String(document.Id)}, {(sha256 is null ? "null" : CSharpLiterals.String(sha256))}),");
                }

                w.Close("))");
            }

            w.Open();
            w.Line($"Name = {CSharpLiterals.String(identity.Name)},");
            w.Line($"Version = {CSharpLiterals.String(identity.Version)},");
            if (referenced.Count > 0)
            {
                // The referenced datasets' own infos, as loaded: what a consumer pins is what runs.
                w.Line($"References = {Runtime}.ValueList<{Runtime}.DatasetInfo>.Create(new {Runtime}.DatasetInfo[] {{ {string.Join(", ", referenced.Select(r => $"global::{r.Namespace}.Dataset.Info"))} }}),");
            }

            w.Close(";");
            w.Close();
        }

        internal static string ContentHash(IEnumerable<string> tables)
        {
            // The hash of the UTF-8 of every table, each followed by two item separators, fed in pieces: the
            // tables of a large dataset are tens of millions of characters, not worth one more copy.
            using SHA256 sha = SHA256.Create();
            Encoder encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
            char[] chars = new char[8192];
            byte[] bytes = new byte[Encoding.UTF8.GetMaxByteCount(chars.Length)];
            void Feed(string text)
            {
                for (int start = 0; start < text.Length; start += chars.Length)
                {
                    int count = System.Math.Min(chars.Length, text.Length - start);
                    text.CopyTo(start, chars, 0, count);
                    int length = encoder.GetBytes(chars, 0, count, bytes, 0, flush: false);
                    sha.TransformBlock(bytes, 0, length, null, 0);
                }
            }

            foreach (string table in tables)
            {
                Feed(table);
                Feed("\u001D\u001D");
            }

            int last = encoder.GetBytes(chars, 0, 0, bytes, 0, flush: true);
            sha.TransformFinalBlock(bytes, 0, last);
            byte[] hash = sha.Hash;
            var hex = new StringBuilder(hash.Length * 2);
            foreach (byte b in hash)
            {
                hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return hex.ToString();
        }
    }
}
