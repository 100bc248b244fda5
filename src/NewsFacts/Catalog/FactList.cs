using System;
using System.Collections;
using System.Collections.Generic;

namespace NewsFacts
{
    /// <summary>
    /// The records of one kind in a catalog, ordered by id: <see cref="FactCatalog.Events"/>, <see cref="FactCatalog.People"/>
    /// and the other lists of kinds. Each record is decoded on its first read and is then the same instance
    /// the catalog gives everywhere. A catalog makes each list once. Once its records have been read, reading the
    /// list by index or with <c>foreach</c> allocates nothing (enumerating it through <see cref="IEnumerable{T}"/>
    /// allocates the enumerator, as any list does).
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    public sealed class FactList<T> : IReadOnlyList<T>
        where T : class
    {
        private readonly FactCatalog? _catalog;
        private readonly int _table;

        // The rows of the table in this list, or null when the list is the whole table.
        private readonly int[]? _rows;

        // The records read so far, typed, so that warm reads neither cast nor go through the catalog; null until
        // each is first read. Threads that race to fill an item store the same instance (the catalog's).
        private readonly T?[] _items;

        // A list over several datasets' lists (FactCatalog.Datasets): each item is read from its part on first read.
        private readonly FactList<T>[]? _parts;

        internal FactList(FactCatalog? catalog, int table, int[]? rows, int count)
        {
            _catalog = catalog;
            _table = table;
            _rows = rows;
            _items = count == 0 ? Array.Empty<T?>() : new T?[count];
        }

        private FactList(FactList<T>[] parts, int count)
            : this(null, 0, null, count)
        {
            _parts = parts;
        }

        /// <summary>One list of the items of <paramref name="parts"/>, in order; a part that is alone is the list.</summary>
        internal static FactList<T> Concat(FactList<T>[] parts)
        {
            int count = 0;
            FactList<T>? only = null;
            int nonEmpty = 0;
            foreach (FactList<T> part in parts)
            {
                count += part.Count;
                if (part.Count > 0)
                {
                    only = part;
                    nonEmpty++;
                }
            }

            return nonEmpty == 0 ? Empty : nonEmpty == 1 ? only! : new FactList<T>(parts, count);
        }

        /// <summary>The empty list.</summary>
        internal static FactList<T> Empty { get; } = new FactList<T>(null, 0, null, 0);

        /// <inheritdoc/>
        public int Count => _items.Length;

        /// <inheritdoc/>
        public T this[int index]
        {
            get
            {
                T?[] items = _items;
                if ((uint)index >= (uint)items.Length)
                {
                    ThrowOutOfRange();
                }

                return items[index] ?? Read(index);
            }
        }

        /// <summary>Enumerates the records without allocating.</summary>
        /// <returns>The enumerator.</returns>
        public Enumerator GetEnumerator() => new Enumerator(this);

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);

        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        private static void ThrowOutOfRange() => throw new ArgumentOutOfRangeException("index");

        // The first read of an item: the catalog's instance, kept.
        private T Read(int index)
        {
            T item = _parts is null ? (T)_catalog!.Get(_table, _rows is null ? index : _rows[index]) : ReadPart(index);
            _items[index] = item;
            return item;
        }

        private T ReadPart(int index)
        {
            foreach (FactList<T> part in _parts!)
            {
                if (index < part.Count)
                {
                    return part[index];
                }

                index -= part.Count;
            }

            throw new ArgumentOutOfRangeException(nameof(index));
        }

        /// <summary>Enumerates a <see cref="FactList{T}"/> without allocating.</summary>
        public struct Enumerator : IEnumerator<T>
        {
            // Three fields and the current item read from the array, so that the JIT keeps the whole enumerator in
            // registers in a foreach loop; MoveNext has made sure the item at _index is read.
            private readonly FactList<T> _list;
            private readonly T?[] _items;
            private int _index;

            internal Enumerator(FactList<T> list)
            {
                _list = list;
                _items = list._items;
                _index = -1;
            }

            /// <inheritdoc/>
            public readonly T Current => _items[_index]!;

            readonly object IEnumerator.Current => Current;

            /// <inheritdoc/>
            public bool MoveNext()
            {
                int index = _index + 1;
                T?[] items = _items;
                if ((uint)index < (uint)items.Length)
                {
                    if (items[index] is null)
                    {
                        _list.Read(index);
                    }

                    _index = index;
                    return true;
                }

                _index = items.Length;
                return false;
            }

            /// <inheritdoc/>
            public void Reset() => _index = -1;

            /// <inheritdoc/>
            public readonly void Dispose()
            {
            }
        }
    }
}
