using System.Collections.Generic;
using System.Linq;
using NewsFacts.Generator.Model;
using NewsFacts.Generator.Parsing;
using NewsFacts.Generator.Validation;

namespace NewsFacts.Generator.Emit
{
    /// <summary>
    /// Makes every facts project a dataset package: writes <c>[assembly: NewsFactsDataset(typeof(X.Dataset), manifest)]</c>,
    /// which the generator of a project that references the assembly reads from its metadata (<see cref="ReferencedDatasets"/>).
    /// </summary>
    internal static class DatasetPackageWriter
    {
        // The manifest is written as constant pieces joined by +, so that no line of the file is very long.
        private const int PieceLength = 4096;

        public static void WriteAttribute(SourceWriter w, EmitModel model, DatasetIdentity identity, string contentHash)
        {
            string manifest = Manifest(model, identity, contentHash);
            var pieces = new List<string>();
            for (int start = 0; start < manifest.Length;)
            {
                int length = System.Math.Min(PieceLength, manifest.Length - start);
                if (start + length < manifest.Length && char.IsHighSurrogate(manifest[start + length - 1]))
                {
                    length--;
                }

                pieces.Add(CSharpLiterals.String(manifest.Substring(start, length)));
                start += length;
            }

            w.Line("// What the generator of a project that references this assembly reads: this dataset's catalog and manifest.");
            w.Line($"[assembly: global::NewsFacts.NewsFactsDatasetAttribute(typeof(global::{model.Namespace}.Dataset),");
            for (int i = 0; i < pieces.Count; i++)
            {
                w.Line("    " + pieces[i] + (i < pieces.Count - 1 ? " +" : ")]"));
            }
        }

        internal static string Manifest(EmitModel model, DatasetIdentity identity, string contentHash)
        {
            DatasetSpec d = model.Dataset;
            var ids = new List<(string Kind, List<string> Ids)>();
            foreach (string kind in Vocabulary.EntityKinds)
            {
                ids.Add((kind, d.Entities.Where(e => e.Kind == kind).Select(e => e.Id).ToList()));
            }

            ids.Add(("event", d.Events.Select(x => x.Id).ToList()));
            ids.Add(("relation", d.Relations.Select(x => x.Id).ToList()));
            ids.Add(("statement", d.Statements.Select(x => x.Id).ToList()));
            ids.Add(("claim", d.Claims.Select(x => x.Id).ToList()));
            ids.Add(("discrepancy", d.Discrepancies.Select(x => x.Id).ToList()));
            ids.Add(("document", d.Documents.Select(x => x.Id).ToList()));
            foreach (KindSpec kind in d.Kinds)
            {
                ids.Add((kind.Name, d.CustomRecords.Where(r => r.Kind == kind.Name).Select(r => r.Id).ToList()));
            }

            IEnumerable<ForeignKind> kinds = d.Kinds.Select(k => new ForeignKind(k.Name, model.Namespace + "." + KindValidator.TypeName(k)));
            return DatasetManifest.Write(identity, contentHash, model.Referenced.Select(r => r.Name), kinds, ids);
        }
    }
}
