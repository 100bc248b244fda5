using System;
using System.Runtime.CompilerServices;

namespace NewsFacts
{
    /// <summary>
    /// Every id of a dataset with where its record is, as <c>(table &lt;&lt; 24) | row</c>: lookups by id once they
    /// repeat. An open-addressing table (linear probing, at most half full) keyed by a hash of the id's characters,
    /// built once and then only read. Each slot also keeps its fact once read, so a warm <see cref="FactCatalog.Find"/>
    /// is a hash, a probe or two and one string comparison. A class of its own so that the catalog's lookup
    /// methods name none of this: a fresh process's first lookups (binary searches) do not compile it.
    /// </summary>
    internal sealed class IdIndex
    {
        private readonly Slot[] _slots;
        private readonly int _mask;

        public IdIndex(int count)
        {
            int capacity = 4;
            while (capacity < count * 2)
            {
                capacity *= 2;
            }

            _slots = new Slot[capacity];
            _mask = capacity - 1;
        }

        /// <summary>Adds an id; only while building, before the index is published. Ids are unique (NF0006).</summary>
        public void Add(string id, int handle)
        {
            int hash = Hash(id);
            int i = hash & _mask;
            while (_slots[i].Id is not null)
            {
                i = (i + 1) & _mask;
            }

            _slots[i] = new Slot { Id = id, Hash = hash, Handle = handle };
        }

        /// <summary>The handle of <paramref name="id"/>, or -1.</summary>
        public int Find(string id)
        {
            int slot = SlotOf(id);
            return slot < 0 ? -1 : _slots[slot].Handle;
        }

        /// <summary>The fact with this id (not a document), or null.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Fact? FindFact(string id, FactCatalog catalog)
        {
            Slot[] slots = _slots;
            int hash = Hash(id);
            int i = hash & _mask;
            while (true)
            {
                ref Slot slot = ref slots[i];
                if (slot.Hash == hash && string.Equals(slot.Id, id))
                {
                    return slot.Fact ?? Read(i, catalog);
                }

                if (slot.Id is null)
                {
                    return null;
                }

                i = (i + 1) & _mask;
            }
        }

        // The first read of a fact through the index: the catalog's instance, kept in the slot. Threads that race
        // here store the same instance; a plain store is enough (the catalog published it with an interlocked exchange).
        private Fact? Read(int slot, FactCatalog catalog)
        {
            int handle = _slots[slot].Handle;
            if (handle >> 24 == FactCatalog.DocumentTable)
            {
                return null;
            }

            var fact = (Fact)catalog.Get(handle >> 24, handle & 0xFFFFFF);
            _slots[slot].Fact = fact;
            return fact;
        }

        private int SlotOf(string id)
        {
            Slot[] slots = _slots;
            int hash = Hash(id);
            int i = hash & _mask;
            while (true)
            {
                ref Slot slot = ref slots[i];
                if (slot.Id is null)
                {
                    return -1;
                }

                if (slot.Hash == hash && string.Equals(slot.Id, id))
                {
                    return i;
                }

                i = (i + 1) & _mask;
            }
        }

        // A hash of the id's UTF-16 code units, eight at a time in two independent lanes of four (so the two
        // multiplications overlap), the last eight overlapping when the length is not a multiple of eight, seeded
        // with the length, then mixed so that the bits the table uses depend on every character. Not randomized:
        // the keys are the dataset's own ids, fixed at build time, so a query can at worst land on the longest
        // probe sequence they make, not make a longer one.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static unsafe int Hash(string id)
        {
            const ulong K1 = 0x9E3779B97F4A7C15UL, K2 = 0xC2B2AE3D27D4EB4FUL;
            int length = id.Length;
            ulong a = (ulong)length * K1, b = K2;
            fixed (char* chars = id)
            {
                if (length >= 8)
                {
                    int i = 0;
                    for (; i + 8 <= length; i += 8)
                    {
                        a = (a ^ Unsafe.ReadUnaligned<ulong>(chars + i)) * K1;
                        b = (b ^ Unsafe.ReadUnaligned<ulong>(chars + i + 4)) * K2;
                    }

                    if (i < length)
                    {
                        a = (a ^ Unsafe.ReadUnaligned<ulong>(chars + length - 8)) * K1;
                        b = (b ^ Unsafe.ReadUnaligned<ulong>(chars + length - 4)) * K2;
                    }
                }
                else if (length >= 4)
                {
                    a = (a ^ Unsafe.ReadUnaligned<ulong>(chars)) * K1;
                    b = (b ^ Unsafe.ReadUnaligned<ulong>(chars + length - 4)) * K2;
                }
                else
                {
                    for (int i = 0; i < length; i++)
                    {
                        a = (a ^ chars[i]) * K1;
                    }
                }
            }

            ulong hash = a ^ ((b << 32) | (b >> 32));
            hash = (hash ^ (hash >> 32)) * K1;
            return (int)(hash >> 32);
        }

        private struct Slot
        {
            public string? Id;
            public Fact? Fact;
            public int Hash;
            public int Handle;
        }
    }
}
