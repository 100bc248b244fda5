using Microsoft.CodeAnalysis.Text;

namespace NewsFacts.Generator.Model
{
    /// <summary>
    /// Where one value of a record stands in its file, as plain numbers: <see cref="Path"/> is the index of its
    /// <see cref="FieldPath"/> in <see cref="SourceMap.Paths"/>. A <see cref="LocationInfo"/> is made from it only
    /// when a diagnostic points there.
    /// </summary>
    internal readonly record struct FieldLocation(int Path, TextSpan Span, LinePositionSpan LineSpan)
    {
        public LocationInfo ToLocationInfo(string filePath) => new LocationInfo(filePath, Span, LineSpan);
    }
}
