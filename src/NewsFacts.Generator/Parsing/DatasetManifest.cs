using System;
using System.Collections.Generic;
using System.Text;
using NewsFacts.Generator.Model;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Parsing
{
    /// <summary>
    /// The text a dataset package carries in its <c>[assembly: NewsFactsDataset(typeof(X.Dataset), manifest)]</c>
    /// for the generators of the projects that reference it: one line per item, words separated by spaces (ids,
    /// kind names, package ids and versions have none).
    /// <code>
    /// newsfacts-dataset 1
    /// name Acme.Countries
    /// version 1.2.0
    /// hash 3f5a…
    /// tables 2
    /// references NewsFacts
    /// kind missile Acme.Countries.Missile
    /// ids person ada-lovelace charles-babbage
    /// ids missile hwasong-18
    /// ids document minutes
    /// </code>
    /// <c>tables</c> is the version of the table format its tables are written in (<see cref="FactTableFormat.Version"/>
    /// of the generator that wrote it; a manifest without the line is older than the version, and of the first);
    /// <c>references</c> names the datasets this one was compiled against; <c>kind</c> lines its declared kinds with
    /// their record types; <c>ids</c> lines every record's id under its kind. Written and read here only.
    /// </summary>
    internal static class DatasetManifest
    {
        private const string Header = "newsfacts-dataset 1";

        public static string Write(DatasetIdentity identity, string contentHash, IEnumerable<string> references, IEnumerable<ForeignKind> kinds, IEnumerable<(string Kind, List<string> Ids)> ids)
        {
            var text = new StringBuilder(Header).Append('\n');
            text.Append("name ").Append(identity.Name).Append('\n');
            text.Append("version ").Append(identity.Version).Append('\n');
            text.Append("hash ").Append(contentHash).Append('\n');
            text.Append("tables ").Append(FactTableFormat.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            text.Append("references");
            foreach (string reference in references)
            {
                text.Append(' ').Append(reference);
            }

            text.Append('\n');
            foreach (ForeignKind kind in kinds)
            {
                text.Append("kind ").Append(kind.Name).Append(' ').Append(kind.TypeName).Append('\n');
            }

            foreach ((string kind, List<string> list) in ids)
            {
                if (list.Count == 0)
                {
                    continue;
                }

                text.Append("ids ").Append(kind);
                foreach (string id in list)
                {
                    text.Append(' ').Append(id);
                }

                text.Append('\n');
            }

            return text.ToString();
        }

        /// <summary>The dataset a manifest describes, given the full name of its <c>Dataset</c> class; null when the text is not a manifest this generator reads.</summary>
        public static ReferencedDatasetSpec? Read(string datasetType, string manifest)
        {
            string[] lines = manifest.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries);
            if (lines.Length == 0 || lines[0] != Header)
            {
                return null;
            }

            // "Acme.Countries.Dataset", or assembly-qualified: the namespace is what comes before ".Dataset".
            int comma = datasetType.IndexOf(',');
            string type = (comma < 0 ? datasetType : datasetType.Substring(0, comma)).Trim();
            int dot = type.LastIndexOf('.');
            if (dot <= 0)
            {
                return null;
            }

            string name = string.Empty, version = string.Empty, hash = string.Empty;
            int tables = FactTableFormat.Unversioned;
            var references = new List<string>();
            var kinds = new List<ForeignKind>();
            var ids = new List<ExternalId>();
            for (int i = 1; i < lines.Length; i++)
            {
                string[] words = lines[i].Split(' ');
                switch (words[0])
                {
                    case "name" when words.Length > 1:
                        name = words[1];
                        break;
                    case "version" when words.Length > 1:
                        version = words[1];
                        break;
                    case "hash" when words.Length > 1:
                        hash = words[1];
                        break;
                    case "tables" when words.Length > 1:
                        // A version this generator cannot even parse is still not its own: NF0029 reports it.
                        tables = int.TryParse(words[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number) ? number : -1;
                        break;
                    case "references":
                        for (int w = 1; w < words.Length; w++)
                        {
                            references.Add(words[w]);
                        }

                        break;
                    case "kind" when words.Length > 2:
                        kinds.Add(new ForeignKind(words[1], words[2]));
                        break;
                    case "ids" when words.Length > 1:
                        for (int w = 2; w < words.Length; w++)
                        {
                            ids.Add(new ExternalId(words[w], words[1]));
                        }

                        break;
                }
            }

            return new ReferencedDatasetSpec(name, version, hash, type.Substring(0, dot), references.ToEquatableArray(), kinds.ToEquatableArray(), ids.ToEquatableArray(), tables);
        }
    }
}
