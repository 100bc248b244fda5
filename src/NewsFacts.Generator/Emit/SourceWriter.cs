using System.Text;

namespace NewsFacts.Generator.Emit
{
    /// <summary>Writes C# text with indentation; lines end with \n whatever the platform, so output is byte-identical everywhere.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _text = new StringBuilder();
        private int _indent;

        public SourceWriter Line(string line = "")
        {
            if (line.Length > 0)
            {
                _text.Append(' ', _indent * 4);
            }

            _text.Append(line).Append('\n');
            return this;
        }

        /// <summary>
        /// A line that ends in a UTF-8 literal: <c>{before}"…"u8{after}</c>, escaped straight into the text. The value
        /// must hold no lone surrogate (UTF-8 cannot carry one); the tables escape surrogates before they get here.
        /// </summary>
        public SourceWriter Utf8LiteralLine(string before, string value, string after)
        {
            _text.Append(' ', _indent * 4).Append(before).Append('"');
            CSharpLiterals.AppendEscaped(_text, value);
            _text.Append("\"u8").Append(after).Append('\n');
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
