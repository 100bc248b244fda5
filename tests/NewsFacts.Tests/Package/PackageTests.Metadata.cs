using System.IO.Compression;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Package;

/// <summary>The library package as nuget.org and a debugger see it, and the build checks it ships.</summary>
public partial class PackageTests
{
    [Fact]
    public void The_nuspec_names_the_repository_and_project_and_has_an_icon_readme_release_notes_tags_and_notices()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.NupkgPath);

        PackageMetadata.AssertCommon(zip);
        PackageMetadata.AssertNoticesNameEveryThirdPartyAssembly(zip);
        Assert.Contains("YamlDotNet", PackageMetadata.Text(zip, "THIRD-PARTY-NOTICES.txt"), StringComparison.Ordinal);
        Assert.Contains("Copyright (c) Antoine Aubry and contributors", PackageMetadata.Text(zip, "THIRD-PARTY-NOTICES.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_package_readme_is_the_package_s_own_and_states_the_minimum_compiler()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.NupkgPath);
        string readme = PackageMetadata.Text(zip, "README.md");

        Assert.NotEqual(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")), readme);
        Assert.Contains("dotnet add package NewsFacts", readme, StringComparison.Ordinal);
        Assert.Contains("Roslyn 4.8", readme, StringComparison.Ordinal);
        Assert.Contains("17.8", readme, StringComparison.Ordinal);
        Assert.Contains(PackageMetadata.RepositoryBlobUrl + "docs/diagnostics.md", readme, StringComparison.Ordinal);
        Assert.Contains(PackageMetadata.RepositoryBlobUrl + "docs/schema.md", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_package_carries_the_json_schema_of_a_facts_file_as_the_tool_prints_it()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.NupkgPath);
        Assert.Equal(NewsFacts.Cli.Schema.FactsJsonSchema.Text(), PackageMetadata.Text(zip, NewsFacts.Cli.Schema.FactsJsonSchema.RepositoryPath));
    }

    [Fact]
    public void The_symbols_package_maps_the_sources_to_GitHub_at_the_packed_commit_and_holds_no_build_path()
    {
        string commit;
        using (ZipArchive zip = ZipFile.OpenRead(package.NupkgPath))
        {
            commit = PackageMetadata.AssertCommon(zip);
        }

        using ZipArchive symbols = ZipFile.OpenRead(Path.ChangeExtension(package.NupkgPath, ".snupkg"));
        using Stream stream = symbols.GetEntry("lib/netstandard2.0/NewsFacts.pdb")!.Open();
        PortablePdb pdb = PortablePdb.Read(stream);

        Assert.Equal(
            "{\"documents\":{\"/_/*\":\"https://raw.githubusercontent.com/newsfacts/newsfacts/" + commit + "/*\"}}",
            pdb.SourceLink);
        Assert.Contains("/_/src/NewsFacts/Catalog/FactCatalog.cs", pdb.Documents);
        // Every document is under a mapped root (/_/ the repository, /_1/ the NuGet packages folder), never the build folder.
        Assert.All(pdb.Documents, d => Assert.Matches("^/_[0-9]*/", d));
        Assert.DoesNotContain(pdb.Documents, d => d.Contains(RepoPaths.Root, StringComparison.Ordinal));
    }

    [Fact]
    public void Package_validation_is_on_for_the_pack_that_succeeded()
    {
        (int exitCode, string output) = DotNet.Run(RepoPaths.Root, null, "msbuild", Path.Combine("src", "NewsFacts", "NewsFacts.csproj"), "-nologo", "-p:Configuration=Release", "-getProperty:EnablePackageValidation");

        Assert.True(exitCode == 0, output);
        Assert.Equal("true", output.Trim());
        Assert.Contains(package.NupkgPath, Directory.GetFiles(package.Feed));
    }

    [Theory]
    [InlineData("roslyn4.7", "Roslyn 4.7")]
    [InlineData("roslyn3.11", "Roslyn 3.11")]
    [InlineData(null, null)]
    public void The_package_warns_NF2001_when_the_compiler_cannot_load_its_generator(string? compilerApiVersion, string? named)
    {
        string folder = package.WriteConsumer("CompilerCheck" + (compilerApiVersion ?? "Current").Replace(".", "_", StringComparison.Ordinal), "Console.WriteLine(1);", treatWarningsAsErrors: false);
        var arguments = new List<string> { "msbuild", "-restore", "-nologo", "-t:NewsFactsCheckCompilerVersion" };
        if (compilerApiVersion is not null)
        {
            // As an older SDK or Visual Studio sets it: the SDK picks analyzers by this property, and so does the check.
            arguments.Add("-p:CompilerApiVersion=" + compilerApiVersion);
        }

        (int exitCode, string output) = package.RunDotNet(folder, arguments.ToArray());

        Assert.True(exitCode == 0, output);
        if (named is null)
        {
            Assert.DoesNotContain("NF2001", output, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("buildTransitive/NewsFacts.targets", output, StringComparison.Ordinal);
            Assert.Contains("warning NF2001: NewsFacts needs the C# compiler of the .NET 8 SDK or Visual Studio 17.8 (Roslyn 4.8) or later; this build uses " + named + ",", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_NF2001_help_link_in_the_packed_targets_points_at_its_entry_in_the_diagnostics_catalogue()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.NupkgPath);

        foreach (string targets in new[] { "build/NewsFacts.targets", "buildTransitive/NewsFacts.targets" })
        {
            Assert.Contains($"HelpLink=\"{PackageMetadata.RepositoryBlobUrl}docs/diagnostics.md#nf2001\"", PackageMetadata.Text(zip, targets), StringComparison.Ordinal);
        }

        Assert.Contains("\n## NF2001\n", File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_netstandard2_0_library_with_kinds_of_its_own_works_in_a_net10_0_app()
    {
        // The library compiles against the package's netstandard2.0 build, with C# 11, nullable and warnings as
        // errors; the app runs it with whatever build the package gives net10.0. With two builds that differed in
        // compiler-made members this failed: TypeLoadException, '<Clone>$' in type 'Shelf.Book' has no implementation.
        const string Facts = """
            schema: 1
            kinds:
              - name: book
                fields:
                  - { name: author, type: text, required: true }
            documents:
              - { id: shelf-list, language: en, title: The shelf }
            books:
              - id: the-real-north-korea
                names: { en: The Real North Korea }
                author: Andrei Lankov
                evidence: [{ document: shelf-list, quote: "The Real North Korea", start: 0 }]
            """;
        string root = Path.Combine(package.Root, "LibraryAndApp");
        PackedPackage.WriteFiles(root,
            ("Shelf/Shelf.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>netstandard2.0</TargetFramework>
                    <LangVersion>11</LangVersion>
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="NewsFacts" Version="{package.Version}" />
                  </ItemGroup>
                </Project>
                """),
            ("Shelf/shelf.facts.yaml", Facts),
            ("App/App.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="../Shelf/Shelf.csproj" />
                    <PackageReference Include="NewsFacts" Version="{package.Version}" />
                  </ItemGroup>
                </Project>
                """),
            ("App/Program.cs", """
                NewsFacts.CustomFact book = Shelf.Books.TheRealNorthKorea;
                System.Console.WriteLine(Shelf.Books.TheRealNorthKorea.Author);
                System.Console.WriteLine((book with { Description = "read in June" }).Description);
                System.Console.WriteLine(Shelf.Dataset.Catalog.Find("the-real-north-korea") == book);
                """));
        // netstandard2.0 needs NETStandard.Library and System.Memory, from the packages the test build restored.
        package.WriteIsolation(root, [LocalFeed.RestoredPackages]);

        (int exitCode, string output) = package.RunDotNet(root, "run", "--project", "App", "--disable-build-servers");

        Assert.True(exitCode == 0, output);
        Assert.Equal(
            new[] { "Andrei Lankov", "read in June", "True" },
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
