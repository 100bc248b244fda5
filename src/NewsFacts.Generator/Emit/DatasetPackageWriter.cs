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
            ManifestText manifest = Text(model, identity);
            WriteAttribute(w, manifest, contentHash);
            return PartFiles(manifest);
        }

        /// <summary>
        /// The manifest of a model without its content hash: the text before the hash and the text after it. Equal
        /// while the ids, kinds, references and identity are, so an edit that changes a description leaves it equal and
        /// a large manifest's files (<see cref="PartFiles"/>) cached; only the hash, in <c>Dataset.g.cs</c>, changes.
        /// </summary>
        public static ManifestText Text(EmitModel model, DatasetIdentity identity)
        {
            string text = Manifest(model, identity, HashMarker);
            int at = text.IndexOf(HashMarker, System.StringComparison.Ordinal);
            string head = text.Substring(0, at);
            string rest = text.Substring(at + HashMarker.Length);
            // Large by its raw UTF-8 size (the literals add little: ids and names are mostly plain), decided here once.
            bool large = System.Text.Encoding.UTF8.GetByteCount(head) + System.Text.Encoding.UTF8.GetByteCount(rest) + 64 > InlineBytes;
            return new ManifestText(model.Namespace, head, rest, large);
        }

        // Stands for the content hash while the manifest is written: no id, name or version holds a control character.
        private const string HashMarker = "\u0001";

        /// <summary>
        /// Writes the attribute. A small manifest stands in it whole, as constant pieces joined by +. A large one is its
        /// head and hash there, then the constants <c>Dataset.NewsFactsManifestPart1</c>… of <see cref="PartFiles"/>,
        /// which hold the rest: the compiler folds them into the same one string, the format readers see.
        /// </summary>
        public static void WriteAttribute(SourceWriter w, ManifestText manifest, string contentHash)
        {
            w.Line("// What the generator of a project that references this assembly reads: this dataset's catalog and manifest.");
            w.Line($"[assembly: global::NewsFacts.NewsFactsDatasetAttribute(typeof(global::{manifest.Namespace}.Dataset),");
            if (!manifest.Large)
            {
                List<string> pieces = Pieces(manifest.Head + contentHash + manifest.Rest);
                for (int i = 0; i < pieces.Count; i++)
                {
                    w.Line("    " + pieces[i] + (i < pieces.Count - 1 ? " +" : ")]"));
                }

                return;
            }

            int parts = Cut(manifest.Rest).Count;
            foreach (string piece in Pieces(manifest.Head + contentHash))
            {
                w.Line("    " + piece + (parts > 0 ? " +" : ")]"));
            }

            for (int i = 0; i < parts; i++)
            {
                w.Line($"    global::{manifest.Namespace}.Dataset.{ManifestPart}{Invariant.Number(i + 1)}" + (i < parts - 1 ? " +" : ")]"));
            }
        }

        /// <summary>The files of a large manifest's constants (none for a small one): all but its head and hash.</summary>
        public static List<(string HintName, string Source)> PartFiles(ManifestText manifest)
        {
            var files = new List<(string HintName, string Source)>();
            if (!manifest.Large)
            {
                return files;
            }

            List<string> pieces = Pieces(manifest.Rest);
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
                    file.Open($"namespace {manifest.Namespace}");
                    file.Open("public static partial class Dataset");
                }

                file.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
                file.Line($"internal const string {ManifestPart}{Invariant.Number(i + 1)} = {pieces[i]};");
            }

            Finish();
            return files;
        }

        // The text as C# literals of at most PieceLength characters, never cut inside a surrogate pair.
        private static List<string> Pieces(string text)
        {
            var pieces = new List<string>();
            foreach ((int start, int length) in Cut(text))
            {
                pieces.Add(CSharpLiterals.String(text.Substring(start, length)));
            }

            return pieces;
        }

        private static List<(int Start, int Length)> Cut(string text)
        {
            var cuts = new List<(int Start, int Length)>();
            for (int start = 0; start < text.Length;)
            {
                int length = System.Math.Min(PieceLength, text.Length - start);
                if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
                {
                    length--;
                }

                cuts.Add((start, length));
                start += length;
            }

            return cuts;
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

    /// <summary>A manifest without its content hash (<see cref="DatasetPackageWriter.Text"/>): the text before the hash, the text after it, and whether it is too large to stand in the attribute.</summary>
    internal sealed record ManifestText(string Namespace, string Head, string Rest, bool Large);
}
