using YamlDotNet.Core;

namespace NewsFacts.Generator.Parsing
{
    /// <summary>
    /// Says what a YamlDotNet syntax error means in the author's terms, where the author can fix it: an
    /// unclosed bracket at the bracket, an unclosed quote at the quote, a tab at the tab. Other messages are
    /// YamlDotNet's own, which already speak YAML.
    /// </summary>
    internal static class SyntaxErrors
    {
        /// <param name="text">The file's text.</param>
        /// <param name="message">YamlDotNet's message without its position prefix; null when it was not about the YAML (an internal parser state).</param>
        /// <param name="start">Where YamlDotNet puts the error.</param>
        /// <param name="end">Where YamlDotNet says the error ends.</param>
        /// <param name="openFlow">The innermost <c>{</c> or <c>[</c> still open where the parser stopped, if any.</param>
        public static YamlProblem Explain(string text, string? message, Mark start, Mark end, YamlNode? openFlow)
        {
            string said = message ?? string.Empty;
            if ((said.IndexOf("tab as indentation", System.StringComparison.Ordinal) >= 0 || said.IndexOf("tab character", System.StringComparison.Ordinal) >= 0) && TabInIndentation(text, start, end) is Mark tab)
            {
                return Problem("a tab is used for indentation here; YAML indents with spaces only", tab);
            }

            if (said.StartsWith("While scanning a quoted scalar, found unexpected end of stream", System.StringComparison.Ordinal))
            {
                return Problem($"the quoted value that starts here has no closing {Quote(text, start)} before the end of the file", start);
            }

            if (said.StartsWith("While scanning a multi-line", System.StringComparison.Ordinal) && said.IndexOf("wrong indentation", System.StringComparison.Ordinal) >= 0)
            {
                return Problem($"the quoted value that starts here is not closed: add the closing {Quote(text, start)}", start);
            }

            if (openFlow is not null && (message is null || AtEnd(text, start)))
            {
                return Problem(openFlow is YamlMapping
                    ? "the '{' flow mapping that starts here is not closed: end it with '}'"
                    : "the '[' flow list that starts here is not closed: end it with ']'", openFlow.Start);
            }

            return new YamlProblem(YamlProblemKind.Syntax, message ?? "the text from here on cannot be read as YAML", start, end);
        }

        private static YamlProblem Problem(string message, Mark at) =>
            new YamlProblem(YamlProblemKind.Syntax, message, at, new Mark(at.Index + 1, at.Line, at.Column + 1));

        private static string Quote(string text, Mark start) =>
            start.Index >= 0 && start.Index < text.Length && text[(int)start.Index] == '\'' ? "\"'\"" : "'\"'";

        // Nothing but white space between the error and the end: the file ended before the collection did.
        private static bool AtEnd(string text, Mark at)
        {
            for (long i = System.Math.Max(at.Index, 0); i < text.Length; i++)
            {
                if (!char.IsWhiteSpace(text[(int)i]))
                {
                    return false;
                }
            }

            return true;
        }

        // YamlDotNet puts some tab errors at the start of the file or at the value before: the first tab in the
        // indentation of a line, from the line of the earlier mark on, is where the author looks.
        private static Mark? TabInIndentation(string text, Mark start, Mark end)
        {
            int from = (int)System.Math.Min(System.Math.Max(System.Math.Min(start.Index, end.Index), 0), text.Length);
            int lineStart = from == 0 ? 0 : text.LastIndexOf('\n', from - 1) + 1;

            int line = LineOf(text, lineStart);
            for (int i = lineStart; i < text.Length; line++)
            {
                int column = 0;
                for (; i + column < text.Length && (text[i + column] == ' ' || text[i + column] == '\t'); column++)
                {
                    if (text[i + column] == '\t')
                    {
                        return new Mark(i + column, line, column + 1);
                    }
                }

                int next = text.IndexOf('\n', i);
                if (next < 0)
                {
                    break;
                }

                i = next + 1;
            }

            return null;
        }

        // 1-based, as YamlDotNet's marks are.
        private static int LineOf(string text, int index)
        {
            int line = 1;
            for (int i = 0; i < index; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                }
            }

            return line;
        }
    }
}
