using System;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsFacts.Cli.Report;

/// <summary>
/// Escaping for the report's HTML, in one place: every piece of fact data goes through <see cref="Text"/> (element
/// content and quoted attribute values alike) or <see cref="Json"/> (data for the page's script). Facts hold quotes,
/// <c>&lt;</c>, <c>&amp;</c> and any script; the pages are UTF-8, so only the markup characters are escaped.
/// </summary>
internal static class Html
{
    /// <summary>Escapes text for element content or a double- or single-quoted attribute value.</summary>
    /// <param name="text">Any text; null is empty.</param>
    /// <returns>The escaped text.</returns>
    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? escaped = null;
        for (int i = 0; i < text.Length; i++)
        {
            string? entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is null)
            {
                escaped?.Append(text[i]);
                continue;
            }

            escaped ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            escaped.Append(entity);
        }

        return escaped?.ToString() ?? text;
    }

    /// <summary>Serializes a value as JSON safe inside <c>&lt;script type="application/json"&gt;</c>: <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> are escaped, so no text can close the element.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON.</returns>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value, JsonOptions);

    /// <summary>A number as HTML and SVG write it: invariant culture, at most two decimals.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>An integer, invariant culture.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    // The default encoder escapes <, >, &, quotes and every non-ASCII character: safe anywhere, if longer.
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Default };
}
