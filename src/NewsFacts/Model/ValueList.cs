using System;
using System.Collections;
using System.Collections.Generic;

namespace NewsFacts
{
    /// <summary>
    /// An immutable list with value equality: two lists are equal when they hold equal items in the
    /// same order. Records of the fact model use it so that their own equality is by value. Items that are
    /// facts compare and hash by id, as references do (a fact is one instance per id): comparing two records
    /// never walks the facts they refer to. A list of references that a catalog decoded resolves each item on
    /// its first read, so decoding a record never decodes the records it refers to.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
    {
        // The items; in a list of references, null until each is first read. A field the catalog's decoders and
        // Names read directly: each getter on a fresh process's first lookup is one method more to compile.
        internal readonly T[] Items;

        // A list of references: the ids of its items and the catalog that resolves them; null otherwise.
        private readonly string[]? _ids;
        private readonly FactCatalog? _catalog;

        private ValueList(T[] items, string[]? ids = null, FactCatalog? catalog = null)
        {
            Items = items;
            _ids = ids;
            _catalog = catalog;
        }

        /// <summary>The empty list.</summary>
        public static ValueList<T> Empty => EmptyList;

        // A field for the decoders: the property's getter is one method more to compile on a fresh process's first lookup.
        internal static readonly ValueList<T> EmptyList = new ValueList<T>(Array.Empty<T>());

        /// <summary>Makes a list of a copy of <paramref name="items"/>.</summary>
        /// <param name="items">The items, in order.</param>
        /// <returns>The list.</returns>
        public static ValueList<T> Create(IEnumerable<T> items)
        {
            var array = new List<T>(items).ToArray();
            return array.Length == 0 ? Empty : new ValueList<T>(array);
        }

        /// <summary>Makes a list that owns <paramref name="items"/>; the caller must not change the array afterwards.</summary>
        internal static ValueList<T> Own(T[] items) => items.Length == 0 ? EmptyList : new ValueList<T>(items);

        /// <summary>Makes a list of the facts with <paramref name="ids"/>, each resolved through <paramref name="catalog"/> on its first read.</summary>
        internal static ValueList<T> References(string[] ids, FactCatalog catalog) =>
            ids.Length == 0 ? EmptyList : new ValueList<T>(new T[ids.Length], ids, catalog);

        /// <inheritdoc/>
        public T this[int index]
        {
            get
            {
                T item = Items[index];
                return item is not null || _ids is null ? item : Resolve(index);
            }
        }

        /// <inheritdoc/>
        public int Count => Items.Length;

        /// <summary>Enumerates the items without allocating.</summary>
        /// <returns>The enumerator.</returns>
        public Enumerator GetEnumerator() => new Enumerator(this);

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => _ids is null ? ((IEnumerable<T>)Items).GetEnumerator() : Resolving();

        IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

        /// <inheritdoc/>
        public bool Equals(ValueList<T>? other)
        {
            if (ReferenceEquals(this, other))
            {
                return true;
            }

            if (other is null || other.Items.Length != Items.Length)
            {
                return false;
            }

            if (FactItems.Are)
            {
                for (int i = 0; i < Items.Length; i++)
                {
                    if (!string.Equals(IdAt(i), other.IdAt(i), StringComparison.Ordinal))
                    {
                        return false;
                    }
                }

                return true;
            }

            var comparer = EqualityComparer<T>.Default;
            for (int i = 0; i < Items.Length; i++)
            {
                if (!comparer.Equals(Items[i], other.Items[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            int hash = 17;
            var comparer = EqualityComparer<T>.Default;
            for (int i = 0; i < Items.Length; i++)
            {
                int item = FactItems.Are
                    ? IdAt(i) is { } id ? StringComparer.Ordinal.GetHashCode(id) : 0
                    : Items[i] is { } value ? comparer.GetHashCode(value) : 0;
                hash = unchecked((hash * 31) + item);
            }

            return hash;
        }

        /// <summary>The items, each as its own <c>ToString</c> writes it (a fact: its kind, id and name), in brackets.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => "[" + string.Join(", ", this) + "]";

        // The id of a fact item, without resolving a reference that is not resolved yet.
        private string? IdAt(int index) => _ids is not null ? _ids[index] : ((Fact?)(object?)Items[index])?.Id;

        // The catalog gives every thread the same instance of a fact, published with an interlocked exchange, so
        // threads that race here all store the same reference and a plain store is enough for identity to hold.
        private T Resolve(int index)
        {
            Fact fact = _catalog!.Resolve(_ids![index]);
            if (fact is not T item)
            {
                throw new InvalidOperationException($"The compiled dataset refers to '{_ids[index]}' as {typeof(T).Name}, which it is not.");
            }

            Items[index] = item;
            return item;
        }

        private IEnumerator<T> Resolving()
        {
            for (int i = 0; i < Items.Length; i++)
            {
                yield return this[i];
            }
        }

        // Apart from the list's own static fields, so that the first list a process makes asks nothing of reflection.
        private static class FactItems
        {
            public static readonly bool Are = typeof(Fact).IsAssignableFrom(typeof(T));
        }

        /// <summary>Enumerates a <see cref="ValueList{T}"/> without allocating.</summary>
        public struct Enumerator
        {
            private readonly ValueList<T> _list;
            private int _index;

            internal Enumerator(ValueList<T> list)
            {
                _list = list;
                _index = -1;
            }

            /// <summary>The current item.</summary>
            public readonly T Current => _list[_index];

            /// <summary>Moves to the next item.</summary>
            /// <returns>Whether there is one.</returns>
            public bool MoveNext() => ++_index < _list.Items.Length;
        }
    }
}
