using System.Text;

namespace NewsFacts.Tests.Infrastructure;

/// <summary>
/// A small, strict RFC 4180 reader for the CSV export tests: records end with CRLF, a field may be quoted, a quoted
/// field may hold commas, CR, LF and doubled quotes. Anything else (a bare quote in an unquoted field, text after a
/// closing quote, a bare LF between records) throws, so a writer that breaks the format fails the tests.
/// </summary>
internal static class Rfc4180
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("a quoted field is not closed");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }
            }
            else
            {
                while (i < text.Length && text[i] != ',' && text[i] != '\r')
                {
                    if (text[i] is '"' or '\n')
                    {
                        throw new FormatException($"a bare {(text[i] == '"' ? "quote" : "LF")} in an unquoted field at {i}");
                    }

                    field.Append(text[i++]);
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i >= text.Length)
            {
                throw new FormatException("the last record does not end with CRLF");
            }

            if (text[i] == ',')
            {
                i++;
                continue;
            }

            if (text[i] != '\r' || i + 1 >= text.Length || text[i + 1] != '\n')
            {
                throw new FormatException($"expected a comma or CRLF after a field at {i}");
            }

            i += 2;
            records.Add(fields.ToArray());
            fields.Clear();
        }

        return records;
    }

    /// <summary>A table as dictionaries keyed by the header row; every record must have as many fields as the header.</summary>
    public static List<Dictionary<string, string>> Table(string text)
    {
        List<string[]> records = Parse(text);
        string[] header = records[0];
        return records.Skip(1).Select(r =>
        {
            Assert.Equal(header.Length, r.Length);
            return header.Zip(r).ToDictionary(p => p.First, p => p.Second);
        }).ToList();
    }
}
