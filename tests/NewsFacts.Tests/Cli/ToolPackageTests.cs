using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text.Json;
using NewsFacts.Tests.Infrastructure;
using NewsFacts.Tests.Package;

namespace NewsFacts.Tests.Cli;

/// <summary>Packs the tool, installs it with <c>dotnet tool install --tool-path</c> from that package only, and runs <c>newsfacts</c>.</summary>
[Collection(PackCollection.Name)]
public class ToolPackageTests
{
    [Fact]
    public async Task The_packed_tool_rolls_forward_ships_English_only_installs_as_newsfacts_and_shows_putin()
    {
        string root = Path.Combine(Path.GetTempPath(), "newsfacts-tool-" + Guid.NewGuid().ToString("N")[..8]);
        string feed = Path.Combine(root, "feed");
        string tools = Path.Combine(root, "tools");
        try
        {
            (int packed, string packOutput) = DotNet.Run(RepoPaths.Root, null, "pack", Path.Combine("src", "NewsFacts.Cli", "NewsFacts.Cli.csproj"), "-c", "Release", "-o", feed, "--disable-build-servers");
            Assert.True(packed == 0, "dotnet pack failed:\n" + packOutput);
            string nupkg = Assert.Single(Directory.GetFiles(feed, "NewsFacts.Cli.*.nupkg"));
            using (ZipArchive zip = ZipFile.OpenRead(nupkg))
            {
                // As nuget.org shows it: repository, project URL, icon, its own readme, release notes, tags, and the
                // notices of every third-party library a tool package carries inside it.
                PackageMetadata.AssertCommon(zip);
                PackageMetadata.AssertNoticesNameEveryThirdPartyAssembly(zip);
                Assert.Contains("dotnet tool install --global NewsFacts.Cli", PackageMetadata.Text(zip, "README.md"), StringComparison.Ordinal);
            }
            AssertRunsOnNewerRuntimesAndShipsEnglishOnly(nupkg);

            string config = LocalFeed.WriteConfig(root, feed);
            var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(root, "packages") };
            (int installed, string installOutput) = DotNet.Run(root, environment, "tool", "install", "--tool-path", tools, "--configfile", config, "--add-source", feed, "NewsFacts.Cli");
            Assert.True(installed == 0, "dotnet tool install failed:\n" + installOutput);

            string command = Path.Combine(tools, RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "newsfacts.exe" : "newsfacts");
            Assert.True(File.Exists(command), "no newsfacts command in " + tools);
            var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("show");
            start.ArgumentList.Add("putin");

            // The apphost finds the runtime through DOTNET_ROOT when dotnet is not installed where it looks by default.
            start.Environment["DOTNET_ROOT"] = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
            using Process process = Process.Start(start)!;
            Task<string> error = process.StandardError.ReadToEndAsync();
            string output = await process.StandardOutput.ReadToEndAsync();
            Assert.True(process.WaitForExit(60_000), "newsfacts did not finish");

            Assert.True(process.ExitCode == 0, await error);
            Assert.StartsWith("vladimir-putin (person)", output, StringComparison.Ordinal);
            Assert.Contains("fr: Vladimir Poutine", output, StringComparison.Ordinal);

            start.ArgumentList.Clear();
            start.ArgumentList.Add("--help");
            using Process help = Process.Start(start)!;
            Task<string> helpError = help.StandardError.ReadToEndAsync();
            string helpOutput = await help.StandardOutput.ReadToEndAsync();
            Assert.True(help.WaitForExit(60_000), "newsfacts --help did not finish");
            Assert.True(help.ExitCode == 0, await helpError);
            Assert.Contains("Usage:", helpOutput, StringComparison.Ordinal);
            Assert.Matches(@"Usage:\r?\n  newsfacts \[command\]", helpOutput);
            Assert.DoesNotContain("docs/", helpOutput, StringComparison.Ordinal);
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is not a test failure.
            }
        }
    }

    private static void AssertRunsOnNewerRuntimesAndShipsEnglishOnly(string package)
    {
        using ZipArchive zip = ZipFile.OpenRead(package);

        // RollForward=Major: the tool starts on a machine whose only runtime is a later major version.
        ZipArchiveEntry config = Assert.Single(zip.Entries, e => e.FullName.EndsWith("/NewsFacts.Cli.runtimeconfig.json", StringComparison.Ordinal));
        using (Stream stream = config.Open())
        using (JsonDocument json = JsonDocument.Parse(stream))
        {
            Assert.Equal("Major", json.RootElement.GetProperty("runtimeOptions").GetProperty("rollForward").GetString());
        }

        // SatelliteResourceLanguages=en: no tools/net10.0/any/<culture>/*.resources.dll from System.CommandLine or Roslyn.
        string[] satellites = zip.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".resources.dll", StringComparison.OrdinalIgnoreCase)).ToArray();
        Assert.True(satellites.Length == 0, "satellite resources in the tool package:\n" + string.Join("\n", satellites));
        foreach (string culture in new[] { "de", "fr", "ja", "zh-Hans" })
        {
            Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("/" + culture + "/", StringComparison.Ordinal));
        }
    }
}
