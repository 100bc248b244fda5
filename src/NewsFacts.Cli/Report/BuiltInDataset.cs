using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using NewsFacts.Cli.Common;

namespace NewsFacts.Cli.Report;

/// <summary>
/// The dataset compiled into the NewsFacts library, with the corpus texts the tool carries as resources
/// (<c>corpus/&lt;document id&gt;.txt</c>; the compiled tables hold quotes and offsets, not whole articles).
/// </summary>
internal static class BuiltInDataset
{
    private const string ResourcePrefix = "corpus/";

    /// <summary>Loads the built-in dataset and its texts, each checked against the document's SHA-256.</summary>
    /// <returns>The dataset.</returns>
    public static ReportDataset Load()
    {
        FactCatalog catalog = Dataset.Catalog;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        Assembly assembly = typeof(BuiltInDataset).Assembly;
        foreach (Document document in catalog.Documents)
        {
            using Stream? stream = assembly.GetManifestResourceStream(ResourcePrefix + document.Id + ".txt");
            if (stream is null)
            {
                continue;
            }

            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            byte[] bytes = buffer.ToArray();
            if (document.Sha256 is { } expected && !string.Equals(expected, Convert.ToHexStringLower(SHA256.HashData(bytes)), StringComparison.Ordinal))
            {
                // The tool was built from another corpus than the library: offsets would point at the wrong words.
                throw new CliException(ExitCodes.Failure, $"the text of {document.Id} carried by the tool does not match the dataset's SHA-256");
            }

            texts[document.Id] = DocumentTexts.Decode(bytes);
        }

        return new ReportDataset("NewsFacts: Vladimir Putin's June 2024 state visit to North Korea", catalog, Dataset.Info, texts);
    }
}

/// <summary>How document texts are read: UTF-8, a byte-order mark dropped, as the compiler reads an AdditionalFile, so offsets agree.</summary>
internal static class DocumentTexts
{
    /// <summary>Decodes a document's bytes.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns>The text.</returns>
    public static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
