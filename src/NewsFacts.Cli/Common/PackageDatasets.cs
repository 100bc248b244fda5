using Microsoft.CodeAnalysis;
using NewsFacts.Generator.Model;
using NewsFacts.Generator.Parsing;

namespace NewsFacts.Cli.Common;

/// <summary>
/// The dataset packages the tool checks facts files against, as a project that references the NewsFacts package
/// sees them: NewsFacts' own dataset, read from the manifest in NewsFacts.dll by the generator's own reader.
/// </summary>
internal static class PackageDatasets
{
    public static EquatableArray<ReferencedDatasetSpec> NewsFacts()
    {
        string location = typeof(FactCatalog).Assembly.Location;
        return location.Length > 0 && ReferencedDatasets.Of(MetadataReference.CreateFromFile(location)) is { } dataset
            ? new[] { dataset }.ToEquatableArray()
            : EquatableArray<ReferencedDatasetSpec>.Empty;
    }
}
