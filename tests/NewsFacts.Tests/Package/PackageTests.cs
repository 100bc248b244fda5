using System.IO.Compression;
using System.Xml.Linq;

namespace NewsFacts.Tests.Package;

/// <summary>Packs the real package and builds real consumers against it: the only test that catches a generator that does not load.</summary>
[Collection(PackCollection.Name)]
public partial class PackageTests(PackedPackage package) : IClassFixture<PackedPackage>
{
    [Fact]
    public void The_package_has_runtime_generator_YamlDotNet_props_readme_and_license()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.NupkgPath);
        string[] entries = zip.Entries.Select(e => e.FullName).ToArray();

        Assert.Contains("lib/netstandard2.0/NewsFacts.dll", entries);
        Assert.Contains("lib/netstandard2.0/NewsFacts.xml", entries);
        // One build for all: a second (net8.0) build differed from it in compiler-made members (PackageTests.Metadata.cs).
        Assert.Single(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith(".dll", StringComparison.Ordinal));
        Assert.Contains("analyzers/dotnet/cs/NewsFacts.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/NewsFacts.CodeFixes.dll", entries);
        // The code fixes are compiled against Roslyn's Workspaces, which the IDE that loads them has: not packed.
        Assert.DoesNotContain(entries, e => e.Contains("Workspaces", StringComparison.Ordinal) || e.Contains("System.Composition", StringComparison.Ordinal));
        Assert.Contains("buildTransitive/NewsFacts.props", entries);
        Assert.Contains("buildTransitive/NewsFacts.targets", entries);
        Assert.Contains("build/NewsFacts.targets", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith("YamlDotNet.dll", StringComparison.Ordinal));

        using Stream nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        XElement metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        Assert.Equal("MIT", metadata.Elements().Single(e => e.Name.LocalName == "license").Value);
        Assert.Equal("README.md", metadata.Elements().Single(e => e.Name.LocalName == "readme").Value);
        Assert.True(File.Exists(Path.ChangeExtension(package.NupkgPath, ".snupkg")), "symbols package");
    }

    [Fact]
    public void A_consumer_that_references_only_the_package_gets_the_built_in_dataset()
    {
        const string Program = """
            using NewsFacts;
            Console.WriteLine(People.VladimirPutin.Names["fr"]);
            Console.WriteLine(Dataset.Catalog.FindEntity("POUTINE")?.Id);
            Console.WriteLine(Events.PutinStateVisitToNorthKorea.Start + " " + Events.PutinStateVisitToNorthKorea.Place?.Name);
            Console.WriteLine(FactIds.Countries.NorthKorea);
            Console.WriteLine(Events.PutinStateVisitToNorthKorea.Evidence[0].Document);
            """;

        (int exitCode, string output) = package.BuildAndRunConsumer("BuiltInConsumer", Program);

        Assert.True(exitCode == 0, output);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(new[] { "Vladimir Poutine", "vladimir-putin", "2024-06-18 Pyongyang", "north-korea" }, lines[..4]);
        Assert.Matches("^00[0-4]_[0-9a-f]{16}$", lines[4]);
    }

    [Fact]
    public void A_consumer_with_its_own_facts_file_gets_its_own_records_in_its_own_namespace()
    {
        const string Facts = """
            schema: 1
            documents:
              - id: club-minutes
                language: en
                title: Minutes of the chess club
            entities:
              - id: ada-lovelace
                kind: person
                names: { en: Ada Lovelace, fr: Ada Lovelace }
                aliases: [Lady Lovelace]
                evidence: [{ document: club-minutes, quote: "Ada Lovelace", start: 0 }]
            events:
              - id: chess-evening
                kind: meeting
                start: 2024-06-20
                participants: [ada-lovelace]
                evidence: [{ document: club-minutes, quote: "chess", start: 20 }]
            """;
        const string Program = """
            Console.WriteLine(OwnConsumer.People.AdaLovelace.Name);
            Console.WriteLine(OwnConsumer.Dataset.Catalog.FindEntity("lady lovelace")?.Id);
            Console.WriteLine(OwnConsumer.Events.ChessEvening.Participants[0] == OwnConsumer.People.AdaLovelace);
            Console.WriteLine(OwnConsumer.Events.ChessEvening.GetType() == typeof(NewsFacts.Event));
            Console.WriteLine(NewsFacts.People.VladimirPutin.Name);
            Console.WriteLine(OwnConsumer.Places.ChessClub.Name);
            """;

        // A *.facts.yml is a facts file too (the package's props include it).
        const string MoreFacts = "schema: 1\nentities:\n  - id: chess-club\n    kind: place\n    names: { en: Chess club }\n    evidence: [{ document: club-minutes, quote: \"chess\", start: 20 }]\n";

        (int exitCode, string output) = package.BuildAndRunConsumer("OwnConsumer", Program, ("data/club.facts.yaml", Facts), ("data/places.facts.yml", MoreFacts));

        Assert.True(exitCode == 0, output);
        Assert.Equal(
            new[] { "Ada Lovelace", "ada-lovelace", "True", "True", "Vladimir Putin", "Chess club" },
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void The_OwnFacts_sample_with_its_own_kind_and_cross_references_builds_from_the_packed_package()
    {
        (int exitCode, string output) = package.BuildAndRunSample("OwnFacts");

        Assert.True(exitCode == 0, output);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("Charles Babbage: The strategic partnership agreement was the main story of Putin's visit.", lines[0]);
        Assert.Equal("About Putin from NewsFacts itself: True", lines[1]);
        Assert.Equal("Vladimir Poutine — 2024-06-18", lines[2]);
        Assert.Equal("Found by name: ada-byron", lines[3]);
        Assert.Equal("The Real North Korea by Andrei Lankov (2013), about Corée du Nord: True", lines[4]);
        Assert.StartsWith("6 facts of its own, content ", lines[5], StringComparison.Ordinal);
    }

    [Fact]
    public void A_consumer_whose_facts_refer_to_each_other_in_cycles_and_in_a_chain_of_ten_thousand_reads_them()
    {
        // The probes of the in-process tests (Runtime/ReferenceCycleTests), in the namespace they are written for;
        // the chain is walked on a thread with a small stack, where decoding it eagerly would overflow.
        const string Program = """
            foreach (string line in Consumer.Facts.CycleProbe.Run())
            {
                Console.WriteLine(line);
            }

            var chain = new Thread(() =>
            {
                foreach (string line in Consumer.Facts.ChainProbe.Run())
                {
                    Console.WriteLine(line);
                }
            }, 256 * 1024);
            chain.Start();
            chain.Join();
            """;

        (int exitCode, string output) = package.BuildAndRunConsumer(
            "CyclesConsumer",
            Program,
            ("Directory.Build.props", "<Project><PropertyGroup><NewsFactsNamespace>Consumer.Facts</NewsFactsNamespace></PropertyGroup></Project>"),
            ("data/cycles.facts.yaml", Runtime.ReferenceCycleTests.CyclesYaml),
            ("data/chain.facts.yaml", Runtime.ReferenceCycleTests.ChainYaml(10_000, standalone: false)),
            ("CycleProbe.cs", Runtime.ReferenceCycleTests.CyclesProbe.Replace("class Probe", "class CycleProbe", StringComparison.Ordinal)),
            ("ChainProbe.cs", Runtime.ReferenceCycleTests.ChainProbe.Replace("class Probe", "class ChainProbe", StringComparison.Ordinal)));

        Assert.True(exitCode == 0, output);
        Assert.Equal(
            Runtime.ReferenceCycleTests.ExpectedCycleLines.Concat(Runtime.ReferenceCycleTests.ExpectedChainLines),
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void A_consumer_with_a_broken_facts_file_fails_to_build_with_a_located_NF_error()
    {
        const string Facts = "schema: 1\nentities:\n  - id: x\n    kind: planet\n    names: { en: X }\n    evidence: [{ document: d, quote: q, start: 0 }]\n";

        (int exitCode, string output) = package.BuildAndRunConsumer("BrokenConsumer", "Console.WriteLine(1);", ("bad.facts.yaml", Facts));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("bad.facts.yaml(4,11): error NF0013", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8785", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_code_fix_assembly_beside_the_generator_is_handed_to_the_compiler_and_costs_no_warning()
    {
        // The compiler loads every assembly in analyzers/dotnet/cs. NewsFacts.CodeFixes has no analyzer or generator
        // type, so csc creates nothing from it and never needs Roslyn's Workspaces, which csc does not have: no
        // CS8032 ("an instance of analyzer cannot be created"), no AD0001. The normal-verbosity log shows the
        // compiler's command line, where it stands as an /analyzer: beside the generator.
        string folder = package.WriteConsumer("CodeFixLoadConsumer", "Console.WriteLine(NewsFacts.Dataset.Catalog.Find(\"vladimir-putin\")?.Id);", treatWarningsAsErrors: true);

        (int exitCode, string output) = package.RunDotNet(folder, "build", "--disable-build-servers", "-v:n");

        Assert.True(exitCode == 0, output);
        Assert.Matches(@"/analyzer:\S*analyzers/dotnet/cs/NewsFacts\.CodeFixes\.dll", output);
        Assert.Matches(@"/analyzer:\S*analyzers/dotnet/cs/NewsFacts\.Generator\.dll", output);
        Assert.DoesNotContain("CS8032", output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
        Assert.Contains(" 0 Warning(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_id_in_a_consumer_s_lookup_fails_its_build_with_a_did_you_mean()
    {
        (int exitCode, string output) = package.BuildAndRunConsumer("MisspeltIdConsumer", "Console.WriteLine(NewsFacts.Dataset.Catalog.Find(\"vladimr-putin\"));");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Program.cs(1,50): error NF1001: 'vladimr-putin' is not the id of any fact in NewsFacts.Dataset; did you mean 'vladimir-putin'?", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, "warning NF0005")]
    [InlineData(".globalconfig", "is_global = true\ndotnet_diagnostic.NF0005.severity = error\n", "error NF0005")]
    [InlineData(".globalconfig", "is_global = true\ndotnet_diagnostic.NF0005.severity = none\n", null)]
    // Our diagnostics stand on YAML AdditionalFiles, which .editorconfig sections do not reach (they apply to
    // C# syntax trees); a .globalconfig, or NoWarn/WarningsAsErrors in the project, does. docs/diagnostics.md says so.
    public void The_severity_of_a_matter_of_taste_is_configurable(string? configFile, string? config, string? expected)
    {
        const string Facts = "schema: 1\ndocuments:\n  - { id: d, language: en, title: T }\nentities:\n  - id: x\n    kind: person\n    names: { en: X }\n    colour: blue\n    evidence: [{ document: d, quote: q, start: 0 }]\n";
        string name = "Severity" + (configFile is null ? "Default" : "Global") + (expected ?? "none").Replace(" NF0005", string.Empty, StringComparison.Ordinal);
        var files = new List<(string, string)> { ("x.facts.yaml", Facts) };
        if (configFile is not null)
        {
            files.Add((configFile, config!));
        }

        (int exitCode, string output) = package.BuildAndRunConsumer(name, "Console.WriteLine(1);", treatWarningsAsErrors: false, files.ToArray());

        Assert.Equal(expected?.StartsWith("error", StringComparison.Ordinal) == true ? 1 : 0, exitCode == 0 ? 0 : 1);
        if (expected is null)
        {
            Assert.DoesNotContain("NF0005", output, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("x.facts.yaml(8,5): " + expected, output, StringComparison.Ordinal);
        }
    }
}
