using Microsoft.CodeAnalysis.Text;
using NewsFacts.Generator.Model;
using YamlDotNet.Core;

namespace NewsFacts.Generator.Parsing
{
    /// <summary>Turns YamlDotNet marks (1-based lines and columns, 0-based index) into a <see cref="LocationInfo"/>.</summary>
    internal static class SourcePositions
    {
        public static LocationInfo Locate(string filePath, Mark start, Mark end, int textLength)
        {
            (TextSpan span, LinePositionSpan lines) = Span(start, end, textLength);
            return new LocationInfo(filePath, span, lines);
        }

        public static (TextSpan Span, LinePositionSpan Lines) Span(Mark start, Mark end, int textLength)
        {
            int from = Clamp(start.Index, textLength);
            int to = System.Math.Max(from, Clamp(end.Index, textLength));
            var lines = new LinePositionSpan(
                new LinePosition(Line(start), Column(start)),
                new LinePosition(Line(end), Column(end)));
            return (TextSpan.FromBounds(from, to), lines);
        }

        private static int Clamp(long index, int length) => (int)System.Math.Min(System.Math.Max(index, 0), length);

        private static int Line(Mark mark) => (int)System.Math.Max(mark.Line - 1, 0);

        private static int Column(Mark mark) => (int)System.Math.Max(mark.Column - 1, 0);
    }
}
