namespace NewsFacts.Tests.Infrastructure;

/// <summary>
/// A nuget.config that restores only from a temporary feed: together with a packages folder of its own
/// (NUGET_PACKAGES), no cached copy of an older build can stand in for the package under test.
/// </summary>
internal static class LocalFeed
{
    private static readonly Lazy<string[]> MachineSources = new(ReadMachineSources);

    public static string WriteConfig(string folder, string feed) => WriteConfig(folder, feed, withMachineSources: false);

    /// <summary>
    /// With <paramref name="withMachineSources"/>, the machine's own package sources are added for every other
    /// package (a Native AOT publish restores the ILCompiler and runtime packs), and package source mapping keeps
    /// NewsFacts to the temporary feed.
    /// </summary>
    public static string WriteConfig(string folder, string feed, bool withMachineSources)
    {
        string[] others = withMachineSources ? MachineSources.Value : [];
        string sources = string.Concat(others.Select((url, i) => $"\n    <add key=\"machine-{i}\" value=\"{url}\" />"));
        string mapping = others.Length == 0 ? string.Empty : $"""

              <packageSourceMapping>
                <packageSource key="newsfacts-test-feed"><package pattern="NewsFacts" /></packageSource>{string.Concat(others.Select((_, i) => $"\n    <packageSource key=\"machine-{i}\"><package pattern=\"*\" /></packageSource>"))}
              </packageSourceMapping>
            """;
        string config = Path.Combine(folder, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="newsfacts-test-feed" value="{feed}" />{sources}
              </packageSources>{mapping}
            </configuration>
            """);
        return config;
    }

    /// <summary>The enabled package sources of the machine's NuGet configuration, read outside the repository.</summary>
    private static string[] ReadMachineSources()
    {
        (int exitCode, string output) = DotNet.Run(Path.GetTempPath(), null, "nuget", "list", "source", "--format", "short");
        Assert.True(exitCode == 0, "dotnet nuget list source failed:\n" + output);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("E ", StringComparison.Ordinal))
            .Select(line => line[2..].Trim())
            .ToArray();
    }
}
