using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace NewsFacts.Cli.Export;

/// <summary>
/// The texts of the corpus documents, where the tool can read them. The compiled dataset keeps each evidence
/// quote, its offset and its context (a W3C TextQuoteSelector's prefix and suffix, where the generator had the
/// document's text) but not the documents, so offsets in Unicode code points (a TextPositionSelector's) need the
/// text itself, and so does the context of a quote compiled without it.
/// A file is used only when it is the document the dataset was built from: its SHA-256 is the document's.
/// </summary>
public sealed class DocumentTexts
{
    /// <summary>How many UTF-16 code units of context a prefix or suffix has at most: as many as the generator compiles in.</summary>
    public const int ContextLength = 32;

    private readonly Dictionary<string, string> texts;

    private DocumentTexts(Dictionary<string, string> texts)
    {
        this.texts = texts;
    }

    /// <summary>No text at all: evidence is written with the offsets the dataset has, without prefix or suffix.</summary>
    public static DocumentTexts None { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>
    /// Reads <c>&lt;folder&gt;/&lt;document id&gt;.txt</c> for each document whose file exists and whose bytes
    /// hash to the document's <see cref="Document.Sha256"/>; documents without a hash, missing files and files
    /// that differ are left out.
    /// </summary>
    /// <param name="folder">The corpus folder.</param>
    /// <param name="documents">The dataset's documents.</param>
    /// <returns>The texts found.</returns>
    public static DocumentTexts FromFolder(string folder, IEnumerable<Document> documents)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return new DocumentTexts(texts);
        }

        foreach (Document document in documents)
        {
            string path = Path.Combine(folder, document.Id + ".txt");
            if (document.Sha256 is null || !File.Exists(path))
            {
                continue;
            }

            byte[] bytes = File.ReadAllBytes(path);
            if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != document.Sha256)
            {
                continue;
            }

            using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            texts[document.Id] = reader.ReadToEnd();
        }

        return new DocumentTexts(texts);
    }

    /// <summary>Where an evidence quote stands, as a W3C Web Annotation selects it.</summary>
    /// <param name="evidence">The evidence.</param>
    /// <returns>The quote's position, and its context when the document's text is known.</returns>
    public QuoteSelection Select(Evidence evidence)
    {
        int end = evidence.Start + evidence.Quote.Length;
        if (!texts.TryGetValue(evidence.Document, out string? text)
            || end > text.Length
            || string.CompareOrdinal(text, evidence.Start, evidence.Quote, 0, evidence.Quote.Length) != 0)
        {
            return new QuoteSelection(evidence.Start, end, evidence.Prefix, evidence.Suffix);
        }

        // The context the generator compiled in (Evidence.Prefix/Suffix) is the quote's own; the text gives it only
        // to a dataset built without the document's text, and gives the code-point offsets in any case.

        // A cut inside a surrogate pair moves so that the context keeps whole characters and stays within ContextLength.
        int prefixStart = Math.Max(0, evidence.Start - ContextLength);
        prefixStart += SplitsPair(text, prefixStart) ? 1 : 0;
        int suffixEnd = Math.Min(text.Length, end + ContextLength);
        suffixEnd -= SplitsPair(text, suffixEnd) ? 1 : 0;
        int codePointStart = CodePoints(text, 0, evidence.Start);
        return new QuoteSelection(
            codePointStart,
            codePointStart + CodePoints(text, evidence.Start, end),
            evidence.Prefix ?? text[prefixStart..evidence.Start],
            evidence.Suffix ?? text[end..suffixEnd]);
    }

    private static bool SplitsPair(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]);

    private static int CodePoints(string text, int start, int end)
    {
        int count = 0;
        for (int i = start; i < end; i++)
        {
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                count++;
            }
        }

        return count;
    }
}

/// <summary>A quote's place in its document, for a TextPositionSelector and a TextQuoteSelector.</summary>
/// <param name="Start">The first character, counted in Unicode code points when the text is known, else in UTF-16 code units (the same unless the text has characters beyond U+FFFF).</param>
/// <param name="End">After the last character, counted as <paramref name="Start"/> is.</param>
/// <param name="Prefix">Up to <see cref="DocumentTexts.ContextLength"/> code units before the quote, when the text is known.</param>
/// <param name="Suffix">Up to <see cref="DocumentTexts.ContextLength"/> code units after the quote, when the text is known.</param>
public sealed record QuoteSelection(int Start, int End, string? Prefix, string? Suffix);
