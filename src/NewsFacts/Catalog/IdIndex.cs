using System.Collections.Generic;

namespace NewsFacts
{
    /// <summary>
    /// Every id of a dataset with where its record is, as <c>(table &lt;&lt; 24) | row</c>: lookups by id once they
    /// repeat. A class of its own so that the catalog's lookup methods do not name <c>Dictionary&lt;string, int&gt;</c>:
    /// compiling them would load that type, which a fresh process's first lookup does not need.
    /// </summary>
    internal sealed class IdIndex
    {
        private readonly Dictionary<string, int> _handles;

        public IdIndex(Dictionary<string, int> handles) => _handles = handles;

        /// <summary>The handle of <paramref name="id"/>, or -1.</summary>
        public int Find(string id) => _handles.TryGetValue(id, out int handle) ? handle : -1;
    }
}
