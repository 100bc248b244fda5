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

    public (int ExitCode, string Output) BuildAndRunConsumer(string name, string programCs, bool treatWarningsAsErrors, params (string Path, string Text)[] extraFiles) =>
        RunDotNet(WriteConsumer(name, programCs, treatWarningsAsErrors, extraFiles), "run", "--disable-build-servers");

    /// <summary>Writes a consumer project (an exe for net10.0) that references the packed package only; returns its folder.</summary>
    public string WriteConsumer(string name, string programCs, bool treatWarningsAsErrors, params (string Path, string Text)[] extraFiles) =>
        WriteConsumer(name, programCs, treatWarningsAsErrors, string.Empty, extraFiles);

    /// <summary>
    /// Writes a consumer project with extra <paramref name="properties"/> (MSBuild XML) and publishes it for
    /// linux-x64 into its folder's <c>out/</c>; NewsFacts still comes from the temporary feed only, every other
    /// package (the ILCompiler, runtime packs) from the machine's package sources.
    /// </summary>
    public (int ExitCode, string Output, string Folder) PublishConsumer(string name, string programCs, string properties, params (string Path, string Text)[] extraFiles)
    {
        string folder = WriteConsumer(name, programCs, treatWarningsAsErrors: true, properties, extraFiles);
        WriteIsolation(folder, LocalFeed.MachineSources);
        (int exitCode, string output) = RunDotNet(folder, "publish", "-r", "linux-x64", "-o", "out", "--disable-build-servers");
        return (exitCode, output, folder);
    }

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
        WriteFiles(folder, extraFiles);
        return folder;
    }

    /// <summary>Writes files (relative path, text) under a folder.</summary>
    public static void WriteFiles(string folder, params (string Path, string Text)[] files)
    {
        foreach ((string path, string text) in files)
        {
            string full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    /// <summary>
    /// Runs dotnet in a folder isolated (<see cref="WriteIsolation"/>) from Directory.Build.props of any folder
    /// above, and (NUGET_PACKAGES) from the machine's package cache.
    /// </summary>
    public (int ExitCode, string Output) RunDotNet(string folder, params string[] arguments)
    {
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") };
        return DotNet.Run(folder, environment, arguments);
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
        return RunDotNet(folder, "run", "--disable-build-servers", "-p:NewsFactsVersion=" + Version, "-p:TreatWarningsAsErrors=true");
    }

    /// <summary>
    /// A nuget.config with the temporary feed (and with <paramref name="otherSources"/>, sources for the packages
    /// that are not NewsFacts'), and an empty Directory.Build.props, in a folder.
    /// </summary>
    public void WriteIsolation(string folder, IReadOnlyList<string>? otherSources = null, IReadOnlyList<string>? feedPatterns = null)
    {
        LocalFeed.WriteConfig(folder, Feed, otherSources, feedPatterns);
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
