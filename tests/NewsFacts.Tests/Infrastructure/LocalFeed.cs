namespace NewsFacts.Tests.Infrastructure;

/// <summary>
/// A nuget.config that restores only from a temporary feed: together with a packages folder of its own
/// (NUGET_PACKAGES), no cached copy of an older build can stand in for the package under test.
/// </summary>
internal static class LocalFeed
{
    /// <summary>
    /// Writes the nuget.config. With <paramref name="otherPackages"/> (a packages folder, such as the one the test
    /// build restored into), packages other than NewsFacts' come from there: a netstandard2.0 project needs
    /// NETStandard.Library and System.Memory, which net10.0 projects prune. Source mapping keeps every NewsFacts
    /// package on the temporary feed alone.
    /// </summary>
    public static string WriteConfig(string folder, string feed, string? otherPackages = null)
    {
        string config = Path.Combine(folder, "nuget.config");
        string others = otherPackages is null ? string.Empty : $"""

                <add key="other-packages" value="{otherPackages}" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="newsfacts-test-feed">
                  <package pattern="NewsFacts" />
                  <package pattern="NewsFacts.*" />
                </packageSource>
                <packageSource key="other-packages">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            """;
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="newsfacts-test-feed" value="{feed}" />{(otherPackages is null ? "\n  </packageSources>" : others.TrimEnd())}
            </configuration>
            """);
        return config;
    }

    /// <summary>The packages folder the test project restored into (NuGetPackageRoot at its build).</summary>
    public static string RestoredPackages =>
        typeof(LocalFeed).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), inherit: false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NuGetPackageRoot").Value!;
}
