using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using NewsFacts.Generator.Model;

namespace NewsFacts.Generator.Parsing
{
    /// <summary>
    /// The ids and kinds of the NewsFacts dataset a project references (NewsFacts.dll's <c>FactIds</c>, or its
    /// <c>Dataset.FactIdIndex</c> when it was built without typed members), so the project's own facts can refer to
    /// them. Read from the project's references alone (through <see cref="CompiledDatasetIds"/>), not from its
    /// compilation, so an edit to the project's code reads nothing again. Returns plain values: the pipeline keeps no symbol.
    /// </summary>
    internal static class ReferencedDataset
    {
        public const string Namespace = "NewsFacts";

        private static readonly Dictionary<string, string> KindOfClass = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["People"] = "person",
            ["Countries"] = "country",
            ["Organizations"] = "organization",
            ["Places"] = "place",
            ["Groups"] = "group",
            ["Events"] = "event",
            ["Relations"] = "relation",
            ["Statements"] = "statement",
            ["Claims"] = "claim",
            ["Discrepancies"] = "discrepancy",
            ["Documents"] = "document",
        };

        public static EquatableArray<ExternalId> Read(ImmutableArray<MetadataReference> references, CancellationToken cancellationToken)
        {
            var ids = new List<ExternalId>();
            foreach (MetadataReference reference in references)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach ((string id, string memberClass, _) in CompiledDatasetIds.Read(reference, Namespace, cancellationToken) ?? Enumerable.Empty<CompiledDatasetIds.CompiledId>())
                {
                    if (KindOfClass.TryGetValue(memberClass, out string? kind))
                    {
                        ids.Add(new ExternalId(id, kind));
                    }
                }
            }

            // One id once, in ordinal order: the value compares equal whatever the order of the references.
            return ids.GroupBy(x => x.Id, StringComparer.Ordinal).Select(g => g.First()).OrderBy(x => x.Id, StringComparer.Ordinal).ToEquatableArray();
        }
    }
}
