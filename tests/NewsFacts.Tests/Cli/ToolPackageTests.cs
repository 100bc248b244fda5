using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.InteropServices;
using NewsFacts.Tests.Infrastructure;
using NewsFacts.Tests.Package;

namespace NewsFacts.Tests.Cli;

/// <summary>Packs the tool, installs it with <c>dotnet tool install --tool-path</c> from that package only, and runs <c>newsfacts</c>.</summary>
[Collection(PackCollection.Name)]
public class ToolPackageTests
{
    [Fact]
    public async Task The_packed_tool_installs_as_newsfacts_and_shows_putin()
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
}
