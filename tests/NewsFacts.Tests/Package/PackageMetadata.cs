using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Package;

/// <summary>
/// What nuget.org shows of a package, checked the same way for the library and the tool: the repository and
/// project URLs (from Directory.Build.props, the one place they are written), the icon, the readme and its
/// links, the release notes, the tags and the third-party notices.
/// </summary>
internal static class PackageMetadata
{
    public static string RepositoryUrl => RepoPaths.BuildProperty("RepositoryUrl");

    public static string RepositoryBlobUrl => RepoPaths.BuildProperty("RepositoryBlobUrl");

    public static XElement Nuspec(ZipArchive zip)
    {
        using Stream stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    public static XElement Element(XElement metadata, string name) => metadata.Elements().Single(e => e.Name.LocalName == name);

    public static string Text(ZipArchive zip, string entry)
    {
        using var reader = new StreamReader(zip.GetEntry(entry)?.Open() ?? throw new Xunit.Sdk.XunitException($"no {entry} in the package"));
        return reader.ReadToEnd();
    }

    /// <summary>Asserts the metadata every package of ours has, and returns the commit the nuspec names.</summary>
    public static string AssertCommon(ZipArchive zip)
    {
        XElement metadata = Nuspec(zip);
        XElement repository = Element(metadata, "repository");
        Assert.Equal("https://github.com/newsfacts/newsfacts", RepositoryUrl);
        Assert.Equal(RepositoryUrl, repository.Attribute("url")?.Value);
        Assert.Equal("git", repository.Attribute("type")?.Value);
        string commit = repository.Attribute("commit")?.Value ?? string.Empty;
        Assert.Matches("^[0-9a-f]{40}$", commit);
        Assert.Equal(RepositoryUrl, Element(metadata, "projectUrl").Value);
        Assert.Equal("MIT", Element(metadata, "license").Value);
        Assert.Contains(RepositoryBlobUrl + "CHANGELOG.md", Element(metadata, "releaseNotes").Value, StringComparison.Ordinal);
        Assert.True(Element(metadata, "tags").Value.Split(' ').Length >= 4, "tags");

        Assert.Equal("icon.png", Element(metadata, "icon").Value);
        AssertIcon(zip.GetEntry("icon.png") ?? throw new Xunit.Sdk.XunitException("no icon.png in the package"));

        Assert.Equal("README.md", Element(metadata, "readme").Value);
        AssertReadmeLinks(Text(zip, "README.md"));

        Assert.Contains("Permission is hereby granted, free of charge", Text(zip, "THIRD-PARTY-NOTICES.txt"), StringComparison.Ordinal);
        return commit;
    }

    /// <summary>Every assembly the package carries that is not NewsFacts' own is named in THIRD-PARTY-NOTICES.txt.</summary>
    public static void AssertNoticesNameEveryThirdPartyAssembly(ZipArchive zip)
    {
        string notices = Text(zip, "THIRD-PARTY-NOTICES.txt");
        // A satellite (X.resources.dll, in a culture folder) belongs to its assembly, X.dll.
        string[] thirdParty = zip.Entries.Select(e => e.Name.Replace(".resources.dll", ".dll", StringComparison.Ordinal))
            .Where(n => n.EndsWith(".dll", StringComparison.Ordinal) && !n.StartsWith("NewsFacts", StringComparison.Ordinal))
            .Distinct().ToArray();
        Assert.NotEmpty(thirdParty);
        Assert.All(thirdParty, dll => Assert.Contains(dll, notices, StringComparison.Ordinal));
    }

    /// <summary>A PNG of 128 by 128 pixels (nuget.org shows icons at that size).</summary>
    private static void AssertIcon(ZipArchiveEntry entry)
    {
        using var bytes = new MemoryStream();
        using (Stream stream = entry.Open())
        {
            stream.CopyTo(bytes);
        }

        byte[] png = bytes.ToArray();
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        int width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        int height = (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23];
        Assert.Equal((128, 128), (width, height));
    }

    /// <summary>
    /// nuget.org shows the readme away from the repository: every link is absolute, and every link into the
    /// repository names a file that exists (and, for the diagnostics catalogue, an id it documents).
    /// </summary>
    private static void AssertReadmeLinks(string readme)
    {
        Assert.DoesNotContain("{RepositoryBlobUrl}", readme, StringComparison.Ordinal);
        string[] links = Regex.Matches(readme, @"\]\(([^)\s]+)\)").Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith("https://", link, StringComparison.Ordinal));
        foreach (string link in links.Where(l => l.StartsWith(RepositoryBlobUrl, StringComparison.Ordinal)))
        {
            string[] parts = link[RepositoryBlobUrl.Length..].Split('#');
            string path = Path.Combine(RepoPaths.Root, parts[0]);
            Assert.True(File.Exists(path) || Directory.Exists(path), $"{link}: no {parts[0]} in the repository");
            if (parts[0] == "docs/diagnostics.md" && parts.Length > 1)
            {
                Assert.Contains("## " + parts[1].ToUpperInvariant() + "\n", File.ReadAllText(path), StringComparison.Ordinal);
            }
        }
    }
}
