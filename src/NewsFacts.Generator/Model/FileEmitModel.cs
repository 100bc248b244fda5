using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Model
{
    /// <summary>
    /// One facts file's share of the validated dataset: what its own generated files (its tables and its parts of the
    /// typed member classes) need, and nothing of the other files, so that an edit to another file leaves it equal and
    /// its output cached. <paramref name="Key"/> names its generated files and members (<see cref="FileKeys"/>);
    /// <paramref name="Records"/> are its records of the built-in kinds, kind after kind in the order of
    /// <see cref="BuiltInSchema.Kinds"/>, each kind's sorted by id (a declared kind's records are emitted with the
    /// dataset's global part).
    /// </summary>
    internal sealed record FileEmitModel(string Namespace, string Key, EquatableArray<RecordSpec> Records)
    {
        /// <summary>
        /// Splits a validated dataset by the file of each record: <paramref name="files"/> holds the path of each record's
        /// file, in the order of <paramref name="dataset"/>'s records. The files come in the order of their keys
        /// (ordinal), the order of their segments in every table. <paramref name="allPaths"/> are the paths of every facts
        /// file of the project, those whose records were all left out included: the keys are made from them (by default,
        /// from the files that have records).
        /// </summary>
        public static EquatableArray<FileEmitModel> Split(string ns, DatasetSpec dataset, IReadOnlyList<string> files, IEnumerable<string>? allPaths = null)
        {
            var byPath = new Dictionary<string, List<RecordSpec>>(StringComparer.Ordinal);
            List<RecordSpec>? records = null;
            string? path = null;
            for (int i = 0; i < files.Count; i++)
            {
                RecordSpec record = dataset.Records[i];
                if (KindSchemas.BuiltInKind(record.Kind) is null)
                {
                    continue;
                }

                // Records of one file often follow each other: the last file's list is reused without a lookup.
                if (!ReferenceEquals(path, files[i]) && (path = files[i]) is not null && !byPath.TryGetValue(path, out records))
                {
                    byPath[path] = records = new List<RecordSpec>();
                }

                records!.Add(record);
            }

            return Of(ns, byPath.Select(file => (file.Key, file.Value)).ToList(), allPaths);
        }

        /// <summary>The models of files given with their records of the built-in kinds in the dataset's order, in the order of their keys.</summary>
        public static EquatableArray<FileEmitModel> Of(string ns, IReadOnlyList<(string Path, List<RecordSpec> Records)> files, IEnumerable<string>? allPaths = null)
        {
            // Every facts file's path, not only those with records: a file whose records an error leaves out must not
            // change another file's key (and with it all that file's generated output) while the error is there.
            Dictionary<string, string> keys = FileKeys.Of((allPaths ?? files.Select(f => f.Path)).Concat(files.Select(f => f.Path)).Distinct(StringComparer.Ordinal));
            var models = new List<FileEmitModel>(files.Count);
            foreach ((string path, List<RecordSpec> records) in files)
            {
                models.Add(new FileEmitModel(ns, keys[path], records.ToEquatableArray()));
            }

            models.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            return models.ToEquatableArray();
        }

        /// <summary>The whole dataset as one file: a model built by hand (tests) or before the split.</summary>
        public static EquatableArray<FileEmitModel> Whole(string ns, DatasetSpec dataset) =>
            Split(ns, dataset, Enumerable.Repeat("facts.yaml", dataset.Records.Count).ToArray());
    }

    /// <summary>
    /// The key of each facts file: its name without <c>.facts.yaml</c> (or <c>.yml</c>), made an identifier, unique
    /// among the project's facts files without regard to case (two <c>people.facts.yaml</c> in two folders are
    /// <c>people</c> and <c>people_2</c>, in the order of their paths). It names the file's generated files and
    /// members, so it must not depend on anything an edit changes: only the set of paths decides it.
    /// </summary>
    internal static class FileKeys
    {
        public static Dictionary<string, string> Of(IEnumerable<string> paths)
        {
            var sorted = new List<string>(paths);
            sorted.Sort(StringComparer.Ordinal);
            var keys = new Dictionary<string, string>(StringComparer.Ordinal);
            var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string path in sorted)
            {
                string key = Base(path);
                for (int n = 2; !taken.Add(key); n++)
                {
                    key = Base(path) + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                keys[path] = key;
            }

            return keys;
        }

        // "data/Club Members.facts.yaml" → "Club_Members"; "facts.yaml" → "facts"; a digit first → "F2024".
        private static string Base(string path)
        {
            string name = System.IO.Path.GetFileName(path);
            foreach (string suffix in new[] { ".facts.yaml", ".facts.yml", ".yaml", ".yml" })
            {
                if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    name = name.Substring(0, name.Length - suffix.Length);
                    break;
                }
            }

            var key = new StringBuilder(name.Length);
            foreach (char c in name)
            {
                bool plain = c < 0x80 && char.IsLetterOrDigit(c);
                if (plain)
                {
                    key.Append(c);
                }
                else if (key.Length > 0 && key[key.Length - 1] != '_')
                {
                    key.Append('_');
                }
            }

            string text = key.ToString().TrimEnd('_');
            return text.Length == 0 || char.IsDigit(text[0]) ? "F" + text : text;
        }
    }
}
