using System;
using System.Collections;
using System.Collections.Generic;

namespace NewsFacts
{
    /// <summary>
    /// An immutable list with value equality: two lists are equal when they hold equal items in the
    /// same order. Records of the fact model use it so that their own equality is by value.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
    {
        private readonly T[] _items;

        /// <summary>The empty list.</summary>
        public static ValueList<T> Empty { get; } = new ValueList<T>(Array.Empty<T>());

        private ValueList(T[] items) => _items = items;

        /// <summary>Makes a list of a copy of <paramref name="items"/>.</summary>
        /// <param name="items">The items, in order.</param>
        /// <returns>The list.</returns>
        public static ValueList<T> Create(IEnumerable<T> items)
        {
            var array = new List<T>(items).ToArray();
            return array.Length == 0 ? Empty : new ValueList<T>(array);
        }

        /// <summary>Makes a list that owns <paramref name="items"/>; the caller must not change the array afterwards.</summary>
        internal static ValueList<T> Own(T[] items) => items.Length == 0 ? Empty : new ValueList<T>(items);

        /// <inheritdoc/>
        public T this[int index] => _items[index];

        /// <inheritdoc/>
        public int Count => _items.Length;

        /// <summary>Enumerates the items without allocating.</summary>
        /// <returns>The enumerator.</returns>
        public Enumerator GetEnumerator() => new Enumerator(_items);

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

        /// <inheritdoc/>
        public bool Equals(ValueList<T>? other)
        {
            if (ReferenceEquals(this, other))
            {
                return true;
            }

            if (other is null || other._items.Length != _items.Length)
            {
                return false;
            }

            var comparer = EqualityComparer<T>.Default;
            for (int i = 0; i < _items.Length; i++)
            {
                if (!comparer.Equals(_items[i], other._items[i]))
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
            foreach (T item in _items)
            {
                hash = unchecked((hash * 31) + (item is null ? 0 : comparer.GetHashCode(item)));
            }

            return hash;
        }

        /// <inheritdoc/>
        public override string ToString() => "[" + string.Join(", ", _items) + "]";

        /// <summary>Enumerates a <see cref="ValueList{T}"/> without allocating.</summary>
        public struct Enumerator
        {
            private readonly T[] _items;
            private int _index;

            internal Enumerator(T[] items)
            {
                _items = items;
                _index = -1;
            }

            /// <summary>The current item.</summary>
            public readonly T Current => _items[_index];

            /// <summary>Moves to the next item.</summary>
            /// <returns>Whether there is one.</returns>
            public bool MoveNext() => ++_index < _items.Length;
        }
    }
}
