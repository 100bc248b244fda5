using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;
using NewsFacts.Generator.Model;

namespace NewsFacts.Generator.Parsing
{
    /// <summary>Collects a file's <see cref="SourceMap"/> as its records are read, one after the other.</summary>
    internal sealed class SourceMapBuilder
    {
        private readonly List<FieldPath> _paths = new List<FieldPath>();
        private readonly Dictionary<FieldPath, int> _pathIndex = new Dictionary<FieldPath, int>();
        private readonly List<FieldLocation> _fields;

        // Facts files hold about one remembered value per 60 characters: sized for one per 48, the list of a
        // 74 MB file is not grown (and copied) a dozen times on the large object heap.
        public SourceMapBuilder(int textLength) => _fields = new List<FieldLocation>(textLength / 48);

        public int Count => _fields.Count;

        public void Add(FieldPath path, TextSpan span, LinePositionSpan lines)
        {
            if (!_pathIndex.TryGetValue(path, out int index))
            {
                index = _paths.Count;
                _paths.Add(path);
                _pathIndex.Add(path, index);
            }

            _fields.Add(new FieldLocation(index, span, lines));
        }

        /// <summary>Forgets the values added since <paramref name="count"/> (a record left out).</summary>
        public void TruncateTo(int count) => _fields.RemoveRange(count, _fields.Count - count);

        public SourceMap ToSourceMap() => new SourceMap(_paths.ToEquatableArray(), _fields.ToEquatableArray());
    }
}
