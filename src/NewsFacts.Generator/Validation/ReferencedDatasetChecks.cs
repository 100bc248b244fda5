using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NewsFacts.Generator.Diagnostics;
using NewsFacts.Generator.Model;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Validation
{
    /// <summary>
    /// What can be wrong between the dataset packages a project references and the project's own dataset, before
    /// any record is looked at: an id two referenced datasets both have (ids are global across the datasets a
    /// project sees, NF0027), a referenced dataset generated into the project's own namespace (NF0028), and a
    /// referenced dataset whose tables are of a version of the table format this NewsFacts does not read (NF0029). All
    /// are reported at the start of the project's first facts file: no line of it is to blame.
    /// </summary>
    internal static class ReferencedDatasetChecks
    {
        /// <summary>Whether this NewsFacts reads the dataset's tables (its runtime throws on any other version): NF0029 when not.</summary>
        public static bool Readable(ReferencedDatasetSpec dataset) => dataset.TableFormat == FactTableFormat.Version;

        // A dataset pair that shares thousands of ids is one mistake: the first few are named, then a count.
        private const int ClashesNamed = 10;

        public static void Report(RecordSet records, EquatableArray<ReferencedDatasetSpec> referenced, GeneratorOptions options, ImmutableArray<FactsFile> files, List<DiagnosticInfo> diagnostics)
        {
            if (referenced.Count == 0)
            {
                return;
            }

            LocationInfo? start = Parsing.FactsFileParser.StartOf(files.Select(f => f.FilePath).OrderBy(p => p, StringComparer.Ordinal).First());
            foreach (IGrouping<(string First, string Second), (string Id, string First, string Second)> pair in records.Clashes.GroupBy(c => (c.First, c.Second)))
            {
                var ids = pair.Select(c => "'" + c.Id + "'").ToList();
                string named = string.Join(", ", ids.Take(ClashesNamed)) + (ids.Count > ClashesNamed ? $" and {ids.Count - ClashesNamed} more" : string.Empty);
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReferencedIdClash, start, pair.Key.First, pair.Key.Second, named));
            }

            foreach (ReferencedDatasetSpec dataset in referenced)
            {
                if (dataset.Namespace == options.Namespace)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReferencedNamespaceClash, start, dataset.Name, dataset.Namespace));
                }

                if (!Readable(dataset))
                {
                    string version = dataset.Version.Length == 0 ? string.Empty : " (version " + dataset.Version + ")";
                    string format = dataset.TableFormat < 0 ? "an unknown version" : "version " + dataset.TableFormat.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReferencedTableFormat, start, dataset.Name, version, format, FactTableFormat.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
            }
        }
    }
}
