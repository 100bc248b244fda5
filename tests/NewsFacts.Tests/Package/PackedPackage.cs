using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Package;

/// <summary>
/// Packs NewsFacts once into a temporary feed, with its own NuGet packages folder so no cached copy of an
/// older build can stand in for this one. Shared by the package tests.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Root = Path.Combine(Path.GetTempPath(), "newsfacts-package-" + Guid.NewGuid().ToString("N")[..8]);
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);
        (int exitCode, string output) = DotNet.Run(RepoPaths.Root, null, "pack", Path.Combine("src", "NewsFacts", "NewsFacts.csproj"), "-c", "Release", "-o", Feed, "--disable-build-servers");
        PackOutput = output;
        Assert.True(exitCode == 0, "dotnet pack failed:\n" + output);
        NupkgPath = Directory.GetFiles(Feed, "NewsFacts.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.Ordinal));
    }

    public string Root { get; }

    public string Feed { get; }

    public string NupkgPath { get; }

    public string PackOutput { get; }

    public string Version => Path.GetFileNameWithoutExtension(NupkgPath)["NewsFacts.".Length..];

    /// <summary>Writes a consumer project that references the packed package only, builds and runs it.</summary>
    public (int ExitCode, string Output) BuildAndRunConsumer(string name, string programCs, params (string Path, string Text)[] extraFiles) =>
        BuildAndRunConsumer(name, programCs, treatWarningsAsErrors: true, extraFiles);

    public (int ExitCode, string Output) BuildAndRunConsumer(string name, string programCs, bool treatWarningsAsErrors, params (string Path, string Text)[] extraFiles)
    {
        string folder = WriteConsumer(name, programCs, treatWarningsAsErrors, string.Empty, extraFiles);
        return DotNet.Run(folder, PackagesEnvironment, "run", "--disable-build-servers");
    }

    /// <summary>
    /// Writes a consumer project with extra <paramref name="properties"/> (MSBuild XML) and publishes it for
    /// linux-x64 into its folder's <c>out/</c>; NewsFacts still comes from the temporary feed only, every other
    /// package (the ILCompiler, runtime packs) from the machine's package sources.
    /// </summary>
    public (int ExitCode, string Output, string Folder) PublishConsumer(string name, string programCs, string properties, params (string Path, string Text)[] extraFiles)
    {
        string folder = WriteConsumer(name, programCs, treatWarningsAsErrors: true, properties, extraFiles);
        LocalFeed.WriteConfig(folder, Feed, withMachineSources: true);
        (int exitCode, string output) = DotNet.Run(folder, PackagesEnvironment, "publish", "-r", "linux-x64", "-o", "out", "--disable-build-servers");
        return (exitCode, output, folder);
    }

    // Isolated (WriteIsolation) from Directory.Build.props of any folder above, and (NUGET_PACKAGES) from the machine's package cache.
    private Dictionary<string, string> PackagesEnvironment => new() { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") };

    private string WriteConsumer(string name, string programCs, bool treatWarningsAsErrors, string properties, (string Path, string Text)[] extraFiles)
    {
        string folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>{(treatWarningsAsErrors ? "true" : "false")}</TreatWarningsAsErrors>
                <ImplicitUsings>enable</ImplicitUsings>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="NewsFacts" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        WriteIsolation(folder);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), programCs);
        foreach ((string path, string text) in extraFiles)
        {
            string full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return folder;
    }

    /// <summary>Copies a sample of the repository and builds and runs it against the packed package.</summary>
    public (int ExitCode, string Output) BuildAndRunSample(string sample)
    {
        string source = Path.Combine(RepoPaths.Root, "samples", sample);
        string folder = Path.Combine(Root, "sample-" + sample);
        foreach (string file in Directory.GetFiles(source, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal)))
        {
            string target = Path.Combine(folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        WriteIsolation(folder);
        return DotNet.Run(folder, PackagesEnvironment, "run", "--disable-build-servers", "-p:NewsFactsVersion=" + Version, "-p:TreatWarningsAsErrors=true");
    }

    private void WriteIsolation(string folder)
    {
        LocalFeed.WriteConfig(folder, Feed);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a run over.
        }
    }
}
