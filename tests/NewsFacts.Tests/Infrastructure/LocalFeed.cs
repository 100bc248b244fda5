namespace NewsFacts.Tests.Infrastructure;

/// <summary>
/// A nuget.config that restores NewsFacts' packages only from a temporary feed: together with a packages folder
/// of its own (NUGET_PACKAGES), no cached copy of an older build can stand in for the package under test.
/// </summary>
internal static class LocalFeed
{
    private static readonly Lazy<string[]> Machine = new(ReadMachineSources);

    /// <summary>
    /// The enabled package sources of the machine's NuGet configuration, read outside the repository: a Native AOT
    /// publish restores the ILCompiler and runtime packs from there.
    /// </summary>
    public static IReadOnlyList<string> MachineSources => Machine.Value;

    /// <summary>
    /// The packages folder the test project restored into (NuGetPackageRoot at its build): a netstandard2.0 project
    /// needs NETStandard.Library and System.Memory, which net10.0 projects prune.
    /// </summary>
    public static string RestoredPackages =>
        typeof(LocalFeed).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), inherit: false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NuGetPackageRoot").Value!;

    /// <summary>
    /// Writes the nuget.config. With <paramref name="otherSources"/> (package source URLs or folders), packages other
    /// than NewsFacts' come from there; package source mapping keeps every NewsFacts package (and those named by
    /// <paramref name="feedPatterns"/>, packages the test packed itself) on the temporary feed alone.
    /// </summary>
    public static string WriteConfig(string folder, string feed, IReadOnlyList<string>? otherSources = null, IReadOnlyList<string>? feedPatterns = null)
    {
        IReadOnlyList<string> others = otherSources ?? [];
        string ownPatterns = string.Concat((feedPatterns ?? []).Select(p => $"\n      <package pattern=\"{p}\" />"));
        string sources = string.Concat(others.Select((url, i) => $"\n    <add key=\"other-{i}\" value=\"{url}\" />"));
        string mapping = others.Count == 0 ? string.Empty : $"""

              <packageSourceMapping>
                <packageSource key="newsfacts-test-feed">
                  <package pattern="NewsFacts" />
                  <package pattern="NewsFacts.*" />{ownPatterns}
                </packageSource>{string.Concat(others.Select((_, i) => $"\n    <packageSource key=\"other-{i}\"><package pattern=\"*\" /></packageSource>"))}
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
