using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using NewsFacts.Generator.Model;

namespace NewsFacts.Generator.Parsing
{
    /// <summary>
    /// Reads the ids and kinds of the NewsFacts dataset a project references (NewsFacts.dll's generated
    /// <c>FactIds</c>), so the project's own facts can refer to them. Returns plain values: the pipeline
    /// keeps no symbol.
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

        public static EquatableArray<ExternalId> Read(Compilation compilation, CancellationToken cancellationToken)
        {
            // Only a referenced assembly counts: the NewsFacts library compiling its own dataset refers to nothing.
            INamedTypeSymbol? factIds = compilation.GetTypeByMetadataName(Namespace + ".FactIds");
            if (factIds is null || SymbolEqualityComparer.Default.Equals(factIds.ContainingAssembly, compilation.Assembly))
            {
                return EquatableArray<ExternalId>.Empty;
            }

            var ids = new List<ExternalId>();
            foreach (INamedTypeSymbol kindClass in factIds.GetTypeMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!KindOfClass.TryGetValue(kindClass.Name, out string? kind))
                {
                    continue;
                }

                foreach (IFieldSymbol field in kindClass.GetMembers().OfType<IFieldSymbol>())
                {
                    if (field.HasConstantValue && field.ConstantValue is string id)
                    {
                        ids.Add(new ExternalId(id, kind));
                    }
                }
            }

            ids.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            return ids.ToEquatableArray();
        }
    }
}
