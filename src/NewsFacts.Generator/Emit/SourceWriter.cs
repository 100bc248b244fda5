using System;
using System.Text;

namespace NewsFacts.Generator.Emit
{
    /// <summary>
    /// Writes C# text. Indentation has one mechanism, the writer's level: <see cref="Open(string)"/>,
    /// <see cref="Close"/> and <see cref="Indent"/> change it, and every line — a single <see cref="Line"/> or each
    /// line of a <see cref="Block"/> (a raw string literal in the emitters' source) — is written at it. Lines end with
    /// \n whatever the platform (and whatever line endings the emitters' source files have), so output is
    /// byte-identical everywhere.
    /// </summary>
    internal sealed class SourceWriter
    {
        private const int IndentSize = 4;

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

        /// <summary>One line at the current indentation; an empty line has no indentation.</summary>
        public SourceWriter Line(string line = "")
        {
            if (line.Length > 0)
            {
                _text.Append(' ', _indent * IndentSize);
                _utf8Length += _indent * IndentSize;
            }

            _text.Append(line).Append('\n');
            _utf8Length += Utf8Bytes(line) + 1;
            return this;
        }

        /// <summary>
        /// Each line of <paramref name="text"/> at the current indentation, keeping the lines' indentation relative to
        /// one another: a fixed block of C# written as a raw string literal. A last empty line (text ending in a line
        /// break) writes an empty line.
        /// </summary>
        public SourceWriter Block(string text)
        {
            int start = 0;
            while (true)
            {
                int end = text.IndexOf('\n', start);
                string line = text.Substring(start, (end < 0 ? text.Length : end) - start);
                Line(line.Length > 0 && line[line.Length - 1] == '\r' ? line.Substring(0, line.Length - 1) : line);
                if (end < 0)
                {
                    return this;
                }

                start = end + 1;
            }
        }

        /// <summary>
        /// A line that holds one UTF-8 literal made of <paramref name="value"/> from <paramref name="start"/> on, escaped,
        /// until its text reaches <paramref name="maxUtf8Bytes"/> bytes: <c>{before}"…"u8{after}</c>. Returns where
        /// it stopped in <paramref name="value"/>.
        /// </summary>
        public int Utf8LiteralPieceLine(string before, string value, int start, long maxUtf8Bytes, string after)
        {
            _text.Append(' ', _indent * IndentSize).Append(before).Append('"');
            int stop = CSharpLiterals.AppendEscaped(_text, value, start, value.Length, maxUtf8Bytes, out long literal);
            _text.Append("\"u8").Append(after).Append('\n');
            _utf8Length += (_indent * IndentSize) + Utf8Bytes(before) + 1 + literal + 3 + Utf8Bytes(after) + 1;
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

        /// <summary><paramref name="line"/>, then an opening brace; what follows is indented one level more.</summary>
        public SourceWriter Open(string line)
        {
            Line(line);
            return Open();
        }

        /// <summary>An opening brace; what follows is indented one level more.</summary>
        public SourceWriter Open()
        {
            Line("{");
            _indent++;
            return this;
        }

        /// <summary>Back one level, then the closing brace and <paramref name="suffix"/>.</summary>
        public SourceWriter Close(string suffix = "")
        {
            _indent--;
            return Line("}" + suffix);
        }

        /// <summary>One level more until the result is disposed: lines that continue the one before, without braces.</summary>
        public Indentation Indent()
        {
            _indent++;
            return new Indentation(this);
        }

        /// <summary>Appends text written by another writer at indentation 0, indented to this writer's level.</summary>
        public SourceWriter Append(SourceWriter other)
        {
            string text = other.ToString();
            return text.Length == 0 ? this : Block(text.TrimEnd('\n'));
        }

        public override string ToString() => _text.ToString();

        /// <summary>Ends an <see cref="Indent"/>.</summary>
        public readonly struct Indentation : IDisposable
        {
            private readonly SourceWriter _writer;

            public Indentation(SourceWriter writer) => _writer = writer;

            public void Dispose() => _writer._indent--;
        }
    }
}
