using System.Text;

namespace NewsFacts.Generator.Emit
{
    /// <summary>Writes C# text with indentation; lines end with \n whatever the platform, so output is byte-identical everywhere.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _text = new StringBuilder();
        private int _indent;

        // The UTF-8 size of the text written so far, kept as lines are written: the generator bounds its files' size.
        private long _utf8Length;

        /// <summary>The size of the text in UTF-8, as a compiler or an editor reads the file.</summary>
        public long Utf8Length => _utf8Length;

        /// <summary>Where the text ends now, to go back to with <see cref="Truncate"/>.</summary>
        public (int Chars, long Bytes, int Indent) Mark => (_text.Length, _utf8Length, _indent);

        /// <summary>Forgets what was written after <paramref name="mark"/>.</summary>
        public void Truncate((int Chars, long Bytes, int Indent) mark)
        {
            _text.Length = mark.Chars;
            _utf8Length = mark.Bytes;
            _indent = mark.Indent;
        }

        public SourceWriter Line(string line = "")
        {
            if (line.Length > 0)
            {
                _text.Append(' ', _indent * 4);
                _utf8Length += _indent * 4;
            }

            _text.Append(line).Append('\n');
            _utf8Length += Utf8Bytes(line) + 1;
            return this;
        }

        /// <summary>
        /// A line that holds one UTF-8 literal made of <paramref name="value"/> from <paramref name="start"/> on, escaped,
        /// until its text reaches <paramref name="maxUtf8Bytes"/> bytes: <c>{before}"…"u8{after}</c>. Returns where
        /// it stopped in <paramref name="value"/>.
        /// </summary>
        public int Utf8LiteralPieceLine(string before, string value, int start, long maxUtf8Bytes, string after)
        {
            _text.Append(' ', _indent * 4).Append(before).Append('"');
            int stop = CSharpLiterals.AppendEscaped(_text, value, start, value.Length, maxUtf8Bytes, out long literal);
            _text.Append("\"u8").Append(after).Append('\n');
            _utf8Length += (_indent * 4) + Utf8Bytes(before) + 1 + literal + 3 + Utf8Bytes(after) + 1;
            return stop;
        }

        private static long Utf8Bytes(string text)
        {
            long bytes = text.Length;
            foreach (char c in text)
            {
                if (c >= 0x80)
                {
                    // Two bytes below U+0800, three above; a surrogate pair is four, two per half.
                    bytes += c < 0x800 || char.IsSurrogate(c) ? 1 : 2;
                }
            }

            return bytes;
        }

        /// <summary>
        /// A line that ends in a UTF-8 literal: <c>{before}"…"u8{after}</c>, escaped straight into the text. The value
        /// must hold no lone surrogate (UTF-8 cannot carry one); the tables escape surrogates before they get here.
        /// </summary>
        public SourceWriter Utf8LiteralLine(string before, string value, string after)
        {
            Utf8LiteralPieceLine(before, value, 0, long.MaxValue, after);
            return this;
        }

        public SourceWriter Open(string line)
        {
            Line(line);
            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter Close(string suffix = "")
        {
            _indent--;
            return Line("}" + suffix);
        }

        /// <summary>Appends text written by another writer at indentation 0, indented to this writer's level.</summary>
        public SourceWriter Raw(string text)
        {
            if (text.Length == 0)
            {
                return this;
            }

            foreach (string line in text.TrimEnd('\n').Split('\n'))
            {
                Line(line);
            }

            return this;
        }

        public override string ToString() => _text.ToString();
    }
}
