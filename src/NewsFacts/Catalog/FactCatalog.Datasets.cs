using System;
using System.Collections.Generic;
using System.Threading;

namespace NewsFacts
{
    /// <summary>
    /// One catalog over several datasets: a project's own and those of the dataset packages it references (to any
    /// depth). Each dataset keeps its own tables and records; this catalog looks in its own first, then in each
    /// referenced dataset's own, so a fact is always the instance its owning dataset's catalog gives.
    /// </summary>
    public sealed partial class FactCatalog
    {
        // The referenced datasets, flattened (a dataset that references another brings it along) and each once,
        // this one left out: in the order the generated code names them, each followed by what it brings.
        private readonly FactCatalog[] _referenced;

        private Dictionary<string, IReadOnlyList<Entity>>? _composedByName;
        private Dictionary<string, IReadOnlyList<CustomFact>>? _composedCustomByName;
        private Dictionary<string, FactList<CustomFact>>? _composedCustom;

        /// <summary>The dataset's name: the package id of the project it was compiled in; empty for a catalog made without one.</summary>
        public string Name { get; }

        /// <summary>The datasets whose facts this catalog finds: this one first, then every dataset it references, each once.</summary>
        public IReadOnlyList<FactCatalog> Datasets
        {
            get
            {
                var all = new FactCatalog[_referenced.Length + 1];
                all[0] = this;
                Array.Copy(_referenced, 0, all, 1, _referenced.Length);
                return all;
            }
        }

        /// <summary>The catalog of the dataset a fact comes from: this one or one it references; null when the fact is none of theirs.</summary>
        /// <param name="fact">A fact found through this catalog.</param>
        /// <returns>The owning dataset's catalog, whose <see cref="Name"/> says which dataset it is.</returns>
        public FactCatalog? DatasetOf(Fact fact)
        {
            if (fact is null)
            {
                throw new ArgumentNullException(nameof(fact));
            }

            if (ReferenceEquals(FindOwn(fact.Id), fact))
            {
                return this;
            }

            foreach (FactCatalog dataset in _referenced)
            {
                if (ReferenceEquals(dataset.FindOwn(fact.Id), fact))
                {
                    return dataset;
                }
            }

            return null;
        }

        /// <summary>The catalog of the dataset a document comes from: this one or one it references; null when it is none of theirs.</summary>
        /// <param name="document">A document found through this catalog.</param>
        /// <returns>The owning dataset's catalog.</returns>
        public FactCatalog? DatasetOf(Document document)
        {
            if (document is null)
            {
                throw new ArgumentNullException(nameof(document));
            }

            if (ReferenceEquals(FindOwnDocument(document.Id), document))
            {
                return this;
            }

            foreach (FactCatalog dataset in _referenced)
            {
                if (ReferenceEquals(dataset.FindOwnDocument(document.Id), document))
                {
                    return dataset;
                }
            }

            return null;
        }

        private static FactCatalog[] Flatten(FactCatalog self, FactCatalog[] references)
        {
            var all = new List<FactCatalog>();
            foreach (FactCatalog reference in references)
            {
                if (reference is null)
                {
                    throw new ArgumentNullException(nameof(references));
                }

                Add(reference);
                foreach (FactCatalog transitive in reference._referenced)
                {
                    Add(transitive);
                }
            }

            return all.Count == 0 ? Array.Empty<FactCatalog>() : all.ToArray();

            void Add(FactCatalog catalog)
            {
                if (!ReferenceEquals(catalog, self) && !all.Contains(catalog))
                {
                    all.Add(catalog);
                }
            }
        }

        private Fact? FindReferenced(string id)
        {
            foreach (FactCatalog dataset in _referenced)
            {
                if (dataset.FindOwn(id) is { } fact)
                {
                    return fact;
                }
            }

            return null;
        }

        private Document? FindReferencedDocument(string id)
        {
            foreach (FactCatalog dataset in _referenced)
            {
                if (dataset.FindOwnDocument(id) is { } document)
                {
                    return document;
                }
            }

            return null;
        }

        // One list over this dataset's own records of a kind and each referenced dataset's.
        private FactList<T> Compose<T>(Func<FactCatalog, FactList<T>> own)
            where T : class
        {
            var parts = new FactList<T>[_referenced.Length + 1];
            parts[0] = own(this);
            for (int i = 0; i < _referenced.Length; i++)
            {
                parts[i + 1] = own(_referenced[i]);
            }

            return FactList<T>.Concat(parts);
        }

        private FactList<CustomFact> ComposedCustom(string kindName)
        {
            Dictionary<string, FactList<CustomFact>>? lists = Volatile.Read(ref _composedCustom);
            if (lists is not null && lists.TryGetValue(kindName, out FactList<CustomFact>? list))
            {
                return list;
            }

            return AddComposedCustom(kindName, lists);
        }

        // Apart from the lookup above: a lambda that captures the kind name would allocate its closure on every call.
        private FactList<CustomFact> AddComposedCustom(string kindName, Dictionary<string, FactList<CustomFact>>? lists)
        {
            // Copied on write: readers never see a dictionary being changed.
            FactList<CustomFact> list = Compose(catalog => catalog.OwnCustom(kindName));
            var copy = lists is null ? new Dictionary<string, FactList<CustomFact>>(StringComparer.Ordinal) : new Dictionary<string, FactList<CustomFact>>(lists, StringComparer.Ordinal);
            copy[kindName] = list;
            Interlocked.CompareExchange(ref _composedCustom, copy, lists);
            return Volatile.Read(ref _composedCustom)!.TryGetValue(kindName, out FactList<CustomFact>? stored) ? stored : list;
        }

        private Dictionary<string, IReadOnlyList<Entity>> ComposedNameIndex()
        {
            Dictionary<string, IReadOnlyList<Entity>>? byName = Volatile.Read(ref _composedByName);
            if (byName is null)
            {
                byName = Merge(catalog => catalog.NameIndex());
                Interlocked.CompareExchange(ref _composedByName, byName, null);
                byName = _composedByName!;
            }

            return byName;
        }

        private Dictionary<string, IReadOnlyList<CustomFact>> ComposedCustomNameIndex()
        {
            Dictionary<string, IReadOnlyList<CustomFact>>? byName = Volatile.Read(ref _composedCustomByName);
            if (byName is null)
            {
                byName = Merge(catalog => catalog.OwnCustomNameIndex());
                Interlocked.CompareExchange(ref _composedCustomByName, byName, null);
                byName = _composedCustomByName!;
            }

            return byName;
        }

        // The name indexes of every dataset as one: a name several datasets share lists the facts of each, this dataset's first.
        private Dictionary<string, IReadOnlyList<T>> Merge<T>(Func<FactCatalog, Dictionary<string, IReadOnlyList<T>>> own)
        {
            var merged = new Dictionary<string, IReadOnlyList<T>>(own(this), StringComparer.Ordinal);
            foreach (FactCatalog dataset in _referenced)
            {
                foreach (KeyValuePair<string, IReadOnlyList<T>> pair in own(dataset))
                {
                    if (!merged.TryGetValue(pair.Key, out IReadOnlyList<T>? before))
                    {
                        merged[pair.Key] = pair.Value;
                        continue;
                    }

                    var both = new T[before.Count + pair.Value.Count];
                    for (int i = 0; i < before.Count; i++)
                    {
                        both[i] = before[i];
                    }

                    for (int i = 0; i < pair.Value.Count; i++)
                    {
                        both[before.Count + i] = pair.Value[i];
                    }

                    merged[pair.Key] = both;
                }
            }

            return merged;
        }
    }
}
