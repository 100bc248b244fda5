namespace NewsFacts.Tests.Infrastructure;

/// <summary>
/// A nuget.config that restores only from a temporary feed: together with a packages folder of its own
/// (NUGET_PACKAGES), no cached copy of an older build can stand in for the package under test.
/// </summary>
internal static class LocalFeed
{
    public static string WriteConfig(string folder, string feed)
    {
        string config = Path.Combine(folder, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="newsfacts-test-feed" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        return config;
    }
}
