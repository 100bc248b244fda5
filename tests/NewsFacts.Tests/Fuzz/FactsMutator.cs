using System.Text;

namespace NewsFacts.Tests.Fuzz;

/// <summary>Makes mutated variants of a facts file: lines deleted, duplicated, swapped, re-indented, random characters, nasty values.</summary>
internal sealed class FactsMutator(int seed)
{
    /// <summary>The strings the escaping rules must survive.</summary>
    public static readonly string[] NastyValues =
    {
        "\"", "\\", "*/", "/*", "#if DEBUG", "{", "}", "{0}", "\n", "\r\n", "\u2028", "\u2029", "\0", "\uD800", "\uDC00",
        "\u200F", "\u202E", "🎉", "\uFEFF", "''", "\"\"\"", "@", "&a", "*a", "!!binary", "? ", "- ", ": ", "|", ">", "%YAML 1.2",
        "---", "...", "~", "null", "true", "0x1F", "-1", "99999999999999999999", "2024-02-30", "2024-13", "class", "kim_jong_un",
        "\u001C\u001D\u001E\u001F", new string('z', 2_000),
    };

    private readonly Random _random = new(seed);

    public string Mutate(string text)
    {
        var lines = text.Split('\n').ToList();
        int mutations = 1 + _random.Next(3);
        for (int m = 0; m < mutations; m++)
        {
            int line = _random.Next(lines.Count);
            switch (_random.Next(7))
            {
                case 0:
                    lines.RemoveAt(line);
                    break;
                case 1:
                    lines.Insert(line, lines[line]);
                    break;
                case 2:
                    int other = _random.Next(lines.Count);
                    (lines[line], lines[other]) = (lines[other], lines[line]);
                    break;
                case 3:
                    int shift = _random.Next(1, 5);
                    lines[line] = _random.Next(2) == 0 ? new string(' ', shift) + lines[line] : lines[line].TrimStart().PadLeft(Math.Max(0, lines[line].Length - shift));
                    break;
                case 4:
                    lines[line] = Insert(lines[line], RandomBytesAsText(_random.Next(1, 6)));
                    break;
                case 5:
                    lines[line] = Insert(lines[line], RandomUnicode(_random.Next(1, 4)));
                    break;
                default:
                    lines[line] = ReplaceValue(lines[line], NastyValues[_random.Next(NastyValues.Length)]);
                    break;
            }

            if (lines.Count == 0)
            {
                lines.Add(string.Empty);
            }
        }

        return string.Join('\n', lines);
    }

    private string Insert(string line, string text) => line.Insert(_random.Next(line.Length + 1), text);

    private string ReplaceValue(string line, string value)
    {
        int colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0)
        {
            return Insert(line, value);
        }

        // Sometimes raw (YAML may reject it), sometimes as a properly escaped double-quoted scalar (YAML accepts it; the generator must carry it).
        return line[..(colon + 2)] + (_random.Next(2) == 0 ? value : "\"" + EscapeForYaml(value) + "\"");
    }

    private string RandomBytesAsText(int count)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            builder.Append((char)_random.Next(0, 256));
        }

        return builder.ToString();
    }

    private string RandomUnicode(int count)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            int codePoint = _random.Next(4) switch
            {
                0 => _random.Next(0x20, 0x7F),
                1 => _random.Next(0x80, 0xD800),
                2 => _random.Next(0xD800, 0xE000), // lone surrogates
                _ => _random.Next(0x10000, 0x110000),
            };
            builder.Append(codePoint is >= 0xD800 and < 0xE000 ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint));
        }

        return builder.ToString();
    }

    private static string EscapeForYaml(string value)
    {
        var builder = new StringBuilder();
        foreach (char c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < 0x20 || c is '\u2028' or '\u2029' or '\uFEFF' || char.IsSurrogate(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
