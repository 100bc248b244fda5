using System.Reflection.Metadata;

namespace NewsFacts.Tests.Infrastructure;

/// <summary>What a portable PDB says about its sources: the document paths and the SourceLink JSON.</summary>
internal sealed class PortablePdb
{
    /// <summary>The custom debug information kind of SourceLink (the Portable PDB specification's GUID).</summary>
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    private PortablePdb(IReadOnlyList<string> documents, string? sourceLink)
    {
        Documents = documents;
        SourceLink = sourceLink;
    }

    /// <summary>The path of every source document, as the compiler wrote it.</summary>
    public IReadOnlyList<string> Documents { get; }

    /// <summary>The SourceLink JSON, or null when the PDB has none.</summary>
    public string? SourceLink { get; }

    public static PortablePdb Read(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        using MetadataReaderProvider provider = MetadataReaderProvider.FromPortablePdbStream(copy);
        MetadataReader reader = provider.GetMetadataReader();

        var documents = reader.Documents.Select(h => reader.GetString(reader.GetDocument(h).Name)).ToList();
        string? sourceLink = null;
        foreach (CustomDebugInformationHandle handle in reader.CustomDebugInformation)
        {
            CustomDebugInformation info = reader.GetCustomDebugInformation(handle);
            if (reader.GetGuid(info.Kind) == SourceLinkKind)
            {
                sourceLink = System.Text.Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value));
            }
        }

        return new PortablePdb(documents, sourceLink);
    }
}
