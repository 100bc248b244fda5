using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace NewsFacts.Cli.Export;

/// <summary>
/// Writes RFC 4180 CSV: CRLF after every record, a field in double quotes when it holds a comma, a double quote,
/// a carriage return or a line feed, and a double quote inside a quoted field written twice. UTF-8, without a byte
/// order mark unless asked for: Excel reads a file without one in the machine's legacy code page (é as Ã©).
/// </summary>
public sealed class CsvWriter : IDisposable
{
    private readonly TextWriter _writer;
    private readonly int _columns;

    /// <summary>Writes the header row to <paramref name="stream"/>, which the writer then owns (and disposes).</summary>
    /// <param name="stream">Where the file goes.</param>
    /// <param name="header">The column names.</param>
    /// <param name="byteOrderMark">Start the file with the UTF-8 byte order mark (EF BB BF).</param>
    public CsvWriter(Stream stream, IReadOnlyList<string> header, bool byteOrderMark = false)
    {
        _writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: byteOrderMark));
        _columns = header.Count;
        Row(header);
    }

    /// <summary>Writes one record; null fields are empty.</summary>
    /// <param name="fields">The fields, as many as the header has columns.</param>
    public void Row(IReadOnlyList<string?> fields)
    {
        if (fields.Count != _columns)
        {
            // A short or long row would shift every later column for whoever reads the file.
            throw new ArgumentException($"a row has {fields.Count} fields, the header {_columns}", nameof(fields));
        }

        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            _writer.Write(Escape(fields[i]));
        }

        _writer.Write("\r\n");
    }

    /// <summary>One field as RFC 4180 writes it.</summary>
    /// <param name="field">The field; null is empty.</param>
    /// <returns>The field, quoted where needed.</returns>
    public static string Escape(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <inheritdoc/>
    public void Dispose() => _writer.Dispose();
}
