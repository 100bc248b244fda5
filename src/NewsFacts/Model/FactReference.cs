using System;
using System.ComponentModel;
using System.Threading;

namespace NewsFacts
{
    /// <summary>
    /// Used by the record types and generated code: a reference from one fact to another, held as the catalog and
    /// the id until it is first read, then as the fact itself. Decoding a record therefore never decodes the records
    /// it refers to, and references may form cycles. Two references are equal when they name the same id (a fact is
    /// one instance per id), so comparing or hashing a record never walks the facts it refers to.
    /// </summary>
    /// <typeparam name="T">The record type it refers to.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class FactReference<T> : IEquatable<FactReference<T>>
        where T : Fact
    {
        private readonly FactCatalog? _catalog;
        private T? _value;

        internal FactReference(FactCatalog catalog, string id)
        {
            _catalog = catalog;
            Id = id;
        }

        private FactReference(T value)
        {
            _value = value;
            Id = value.Id;
        }

        /// <summary>The id of the fact it refers to; reading it resolves nothing.</summary>
        public string Id { get; }

        /// <summary>The fact, resolved through the catalog on first read; always the same instance.</summary>
        public T Value => Volatile.Read(ref _value) ?? Resolve();

        /// <summary>A reference to a fact that is already at hand (a record made in code), or null for null.</summary>
        /// <param name="value">The fact, or null.</param>
        /// <returns>The reference, or null.</returns>
        public static FactReference<T>? To(T? value) => value is null ? null : new FactReference<T>(value);

        /// <summary>By id.</summary>
        /// <param name="other">Another reference.</param>
        /// <returns>Whether both name the same id.</returns>
        public bool Equals(FactReference<T>? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as FactReference<T>);

        /// <inheritdoc/>
        public override int GetHashCode() => Id is null ? 0 : StringComparer.Ordinal.GetHashCode(Id);

        /// <summary>The id.</summary>
        /// <returns>The id.</returns>
        public override string ToString() => Id;

        // The catalog returns one instance per id, so a second thread that resolves too stores the same instance.
        private T Resolve()
        {
            T value = _catalog!.Resolve<T>(Id);
            return Interlocked.CompareExchange(ref _value, value, null) ?? value;
        }
    }
}
