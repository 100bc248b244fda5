using System.Collections.Generic;
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

        public static void Write(SourceWriter w, DatasetSpec d, IEnumerable<string> tables)
        {
            var counts = new List<(string Kind, int Count)>();
            foreach (string kind in Vocabulary.EntityKinds)
            {
                int count = 0;
                foreach (EntitySpec entity in d.Entities)
                {
                    count += entity.Kind == kind ? 1 : 0;
                }

                counts.Add((char.ToUpperInvariant(kind[0]) + kind.Substring(1), count));
            }

            counts.Add(("Event", d.Events.Count));
            counts.Add(("Relation", d.Relations.Count));
            counts.Add(("Statement", d.Statements.Count));
            counts.Add(("Claim", d.Claims.Count));
            counts.Add(("Discrepancy", d.Discrepancies.Count));
            counts.Add(("Custom", d.CustomRecords.Count));

            const string Runtime = "global::NewsFacts";
            w.Line("/// <summary>Which data this is: schema version, counts per kind, documents with their hashes, and a hash of the content.</summary>");
            w.Line($"public static {Runtime}.DatasetInfo Info => LazyInfo.Value;");
            w.Line();

            // A class of its own, so the info is made on its first use, not with Catalog: a first lookup pays nothing for it.
            w.Line(DatasetEmitter.GeneratedCodeAttribute);
            w.Open("private static class LazyInfo");
            w.Line($"internal static readonly {Runtime}.DatasetInfo Value = new {Runtime}.DatasetInfo(");
            w.Line($"    {Invariant.Number(SchemaVersion)},");
            w.Line($"    {CSharpLiterals.String(ContentHash(tables))},");
            w.Line($"    {Runtime}.ValueList<{Runtime}.KindCount>.Create(new {Runtime}.KindCount[]");
            w.Line("    {");
            foreach ((string kind, int count) in counts)
            {
                w.Line($"        new {Runtime}.KindCount({Runtime}.FactKind.{kind}, {Invariant.Number(count)}),");
            }

            w.Line("    }),");
            w.Line($"    {Runtime}.ValueList<{Runtime}.DocumentHash>.Create(new {Runtime}.DocumentHash[]");
            w.Line("    {");
            foreach (DocumentSpec document in d.Documents)
            {
                w.Line($"        new {Runtime}.DocumentHash({CSharpLiterals.String(document.Id)}, {(document.Sha256 is null ? "null" : CSharpLiterals.String(document.Sha256))}),");
            }

            w.Line("    }));");
            w.Close();
        }

        private static string ContentHash(IEnumerable<string> tables)
        {
            using SHA256 sha = SHA256.Create();
            var all = new StringBuilder();
            foreach (string table in tables)
            {
                all.Append(table).Append('\u001D').Append('\u001D');
            }

            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(all.ToString()));
            var hex = new StringBuilder(hash.Length * 2);
            foreach (byte b in hash)
            {
                hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return hex.ToString();
        }
    }
}
