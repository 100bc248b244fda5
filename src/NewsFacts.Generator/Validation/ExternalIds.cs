using System;
using System.Collections.Generic;
using NewsFacts.Generator.Model;

namespace NewsFacts.Generator.Validation
{
    /// <summary>
    /// The ids, kinds and names of the dataset packages a project references, indexed once: the generator makes it in
    /// a step of its own, which runs when the references change, so an edit to a facts file validates against the
    /// same index rather than indexing tens of thousands of referenced ids again. Ids are global across the datasets
    /// a project sees: an id two referenced datasets both have is a clash (NF0027), kept by the first.
    /// Compares as the datasets it was made from.
    /// </summary>
    internal sealed class ExternalIds : IEquatable<ExternalIds>
    {
        private readonly Dictionary<string, (string Kind, string Dataset)> _byId = new Dictionary<string, (string Kind, string Dataset)>(StringComparer.Ordinal);

        public ExternalIds(EquatableArray<ReferencedDatasetSpec> datasets)
        {
            Datasets = datasets;
            foreach (ReferencedDatasetSpec dataset in datasets)
            {
                Names.Add(dataset.Name);
                foreach (ForeignKind kind in dataset.Kinds)
                {
                    if (!ForeignKinds.ContainsKey(kind.Name))
                    {
                        ForeignKinds[kind.Name] = (kind.TypeName, dataset.Name);
                    }
                }

                foreach (ExternalId external in dataset.Ids)
                {
                    if (_byId.TryGetValue(external.Id, out (string Kind, string Dataset) first))
                    {
                        Clashes.Add((external.Id, first.Dataset, dataset.Name));
                        continue;
                    }

                    _byId[external.Id] = (external.Kind, dataset.Name);
                }
            }
        }

        public static ExternalIds None { get; } = new ExternalIds(EquatableArray<ReferencedDatasetSpec>.Empty);

        /// <summary>The datasets, in the order of the project's references.</summary>
        public EquatableArray<ReferencedDatasetSpec> Datasets { get; }

        /// <summary>The names of the referenced datasets, in the order of the project's references.</summary>
        public List<string> Names { get; } = new List<string>();

        /// <summary>The kinds the referenced datasets declare: their record types and the dataset of each.</summary>
        public Dictionary<string, (string TypeName, string Dataset)> ForeignKinds { get; } = new Dictionary<string, (string TypeName, string Dataset)>(StringComparer.Ordinal);

        /// <summary>Ids that two referenced datasets both have, with the two datasets' names.</summary>
        public List<(string Id, string First, string Second)> Clashes { get; } = new List<(string Id, string First, string Second)>();

        /// <summary>Every referenced id.</summary>
        public IEnumerable<string> Ids => _byId.Keys;

        /// <summary>The kind of a referenced record and the dataset it belongs to.</summary>
        public bool TryGet(string id, out string kind, out string dataset)
        {
            bool found = _byId.TryGetValue(id, out (string Kind, string Dataset) entry);
            (kind, dataset) = found ? entry : (string.Empty, string.Empty);
            return found;
        }

        public bool Equals(ExternalIds? other) => other is not null && (ReferenceEquals(this, other) || Datasets.Equals(other.Datasets));

        public override bool Equals(object? obj) => Equals(obj as ExternalIds);

        public override int GetHashCode() => Datasets.Count;
    }
}
