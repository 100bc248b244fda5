using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NewsFacts.Generator.Model
{
    /// <summary>A place in a facts file, kept as plain values; made into a Roslyn <see cref="Location"/> only when reported.</summary>
    internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
    {
        public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
    }
}
