using System.Collections.Generic;
using System.Linq;
using NewsFacts.Generator.Model;
using NewsFacts.Generator.Naming;
using NewsFacts.Generator.Parsing;
using NewsFacts.Generator.Validation;
using NewsFacts.Internal;

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

        // Up to this size the manifest's pieces stand in the attribute itself. Beyond it (tens of thousands of ids) they
        // are constants of Dataset in files of their own, at most TableLiterals.MaxFileBytes each, which the compiler
        // folds into the attribute's one string: no generated file grows past the bound.
        private const long InlineBytes = 256 * 1024;

        /// <summary>The name of the constants that hold the pieces of a large manifest.</summary>
        public const string ManifestPart = "NewsFactsManifestPart";

        /// <summary>Writes the attribute into <paramref name="w"/>; returns the files of a large manifest's pieces (none for a small one).</summary>
        public static List<(string HintName, string Source)> WriteAttribute(SourceWriter w, EmitModel model, DatasetIdentity identity, string contentHash)
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
            var files = new List<(string HintName, string Source)>();
            long size = pieces.Sum(p => (long)System.Text.Encoding.UTF8.GetByteCount(p));
            if (size <= InlineBytes)
            {
                for (int i = 0; i < pieces.Count; i++)
                {
                    w.Line("    " + pieces[i] + (i < pieces.Count - 1 ? " +" : ")]"));
                }

                return files;
            }

            for (int i = 0; i < pieces.Count; i++)
            {
                w.Line($"    global::{model.Namespace}.Dataset.{ManifestPart}{Invariant.Number(i + 1)}" + (i < pieces.Count - 1 ? " +" : ")]"));
            }

            SourceWriter? file = null;
            void Finish()
            {
                if (file is not null)
                {
                    file.Close().Close();
                    files.Add(($"DatasetManifest.{Invariant.Number(files.Count + 1)}.g.cs", file.ToString()));
                }
            }

            for (int i = 0; i < pieces.Count; i++)
            {
                if (file is null || file.Utf8Length + System.Text.Encoding.UTF8.GetByteCount(pieces[i]) + 512 > TableLiterals.MaxFileBytes)
                {
                    Finish();
                    file = DatasetEmitter.Header();
                    file.Open($"namespace {model.Namespace}");
                    file.Open("public static partial class Dataset");
                }

                file.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
                file.Line($"internal const string {ManifestPart}{Invariant.Number(i + 1)} = {pieces[i]};");
            }

            Finish();
            return files;
        }

        internal static string Manifest(EmitModel model, DatasetIdentity identity, string contentHash)
        {
            DatasetSpec d = model.Dataset;
            // The ids by what they are (an entity by its kind: person…), in the manifest's order of kinds.
            // One pass over the records (an edit of any facts file writes the manifest again).
            var ids = new List<(string Kind, List<string> Ids)>();
            var byKind = new Dictionary<string, List<string>>(System.StringComparer.Ordinal);
            foreach (string kind in Vocabulary.EntityKinds.Concat(new[] { "event", "relation", "statement", "claim", "discrepancy", "document" }).Concat(d.Kinds.Select(k => k.Name)))
            {
                var list = new List<string>();
                ids.Add((kind, list));
                byKind[kind] = list;
            }

            foreach (RecordSpec record in d.Records)
            {
                if (byKind.TryGetValue(KindSchemas.TypeOf(record), out List<string>? list))
                {
                    list.Add(record.Id);
                }
            }

            IEnumerable<ForeignKind> kinds = d.Kinds.Select(k => new ForeignKind(k.Name, model.Namespace + "." + CSharpNames.TypeName(k)));
            return DatasetManifest.Write(identity, contentHash, model.Referenced.Select(r => r.Name), kinds, ids);
        }
    }
}
