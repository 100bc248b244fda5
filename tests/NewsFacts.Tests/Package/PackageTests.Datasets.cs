using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Package;

/// <summary>
/// Dataset packages that build on each other, as consumers make and use them: the samples Acme.Countries (A: facts
/// and a declared kind) and Acme.Trade (B: refers to A's facts and kind) packed into the temporary feed, and a
/// project C that references B (so A too) and NewsFacts, whose facts refer to all three. One chain, four dotnet
/// commands: pack A, pack B, run C, build C with broken facts.
/// </summary>
public partial class PackageTests
{
    private const string ReviewFacts = """
        schema: 1
        kinds:
          - name: review
            fields:
              - { name: launch, type: reference, refersTo: launch, required: true }
              - { name: subjects, type: references, refersTo: fact }
        documents:
          - { id: review-notes, language: en, title: Review notes }
        reviews:
          - id: launch-review
            names: { en: Launch review }
            launch: first-launch
            subjects: [trident-x, atlantis-trade-fair, vladimir-putin]
            evidence: [{ document: review-notes, quote: review, start: 0 }]
        claims:
          - id: union-likes-atlantis
            text: The union likes Atlantis.
            modality: asserted
            holders: [trade-union]
            about: [atlantis, north-korea]
            evidence: [{ document: review-notes, quote: likes, start: 7 }]
        """;

    [Fact]
    public void Dataset_packages_chain_A_B_C_checked_at_build_and_resolved_to_the_owning_instances()
    {
        string root = Path.Combine(package.Root, "datasets");
        foreach (string sample in new[] { "Acme.Countries", "Acme.Trade" })
        {
            string source = Path.Combine(RepoPaths.Root, "samples", "Datasets", sample);
            foreach (string file in Directory.GetFiles(source, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal)))
            {
                string target = Path.Combine(root, sample, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        PackedPackage.WriteFiles(root,
            ("Acme.Review/Acme.Review.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="NewsFacts" Version="{package.Version}" />
                    <PackageReference Include="Acme.Trade" Version="2.0.0" />
                  </ItemGroup>
                </Project>
                """),
            ("Acme.Review/review.facts.yaml", ReviewFacts),
            ("Acme.Review/Program.cs", """
                using Acme.Review;

                NewsFacts.FactCatalog c = Acme.Review.Dataset.Catalog;
                Review review = Reviews.LaunchReview;
                Console.WriteLine($"{review.Name}: {review.Launch.Name}, {review.Launch.Missile.Name} made by {review.Launch.Missile.Maker?.Name}");
                Console.WriteLine($"missile {ReferenceEquals(review.Launch.Missile, Acme.Countries.Dataset.Catalog.Find("trident-x"))} {ReferenceEquals(c.Find("trident-x"), Acme.Countries.Missiles.TridentX)} {ReferenceEquals(review.Subjects[0], Acme.Countries.Missiles.TridentX)}");
                Console.WriteLine($"launch {ReferenceEquals(review.Launch, Acme.Trade.Launches.FirstLaunch)} {ReferenceEquals(c.Find("first-launch"), Acme.Trade.Dataset.Catalog.Find("first-launch"))}");
                Console.WriteLine($"atlantis {ReferenceEquals(Claims.UnionLikesAtlantis.About[0], Acme.Countries.Dataset.Catalog.Find("atlantis"))} {ReferenceEquals(Acme.Trade.Events.AtlantisTradeFair.Place, Acme.Countries.Countries.Atlantis)}");
                Console.WriteLine($"putin {ReferenceEquals(review.Subjects[2], NewsFacts.People.VladimirPutin)} {ReferenceEquals(c.Find("vladimir-putin"), NewsFacts.Dataset.Catalog.Find("vladimir-putin"))}");
                Console.WriteLine($"from {c.DatasetOf(review.Launch.Missile)?.Name} {c.DatasetOf(review.Launch)?.Name} {c.DatasetOf(review)?.Name} {c.DatasetOf(NewsFacts.People.VladimirPutin)?.Name}");
                Console.WriteLine($"missiles {string.Join(",", c.Custom("missile").Select(m => m.Id))}; by name {c.FindEntity("Atlantide")?.Id}");
                Console.WriteLine($"datasets {string.Join(", ", Acme.Review.Dataset.Info.References.Select(r => r.Name + " " + r.Version).Order())}");
                Console.WriteLine($"hashes {Acme.Review.Dataset.Info.References.All(r => r.ContentHash.Length == 64)} {Acme.Review.Dataset.Info.References.Single(r => r.Name == "Acme.Countries").ContentHash == Acme.Countries.Dataset.Info.ContentHash}");
                """));
        // netstandard2.0 (the samples) needs NETStandard.Library and System.Memory, from the packages the test build
        // restored; the Acme packages come from the temporary feed, where they are packed.
        package.WriteIsolation(root, [LocalFeed.RestoredPackages], ["Acme.*"]);

        foreach (string sample in new[] { "Acme.Countries", "Acme.Trade" })
        {
            (int packed, string packOutput) = package.RunDotNet(root, "pack", Path.Combine(sample, sample + ".csproj"), "-c", "Release", "-o", package.Feed, "-p:NewsFactsVersion=" + package.Version, "-p:TreatWarningsAsErrors=true", "--disable-build-servers");
            Assert.True(packed == 0, packOutput);
        }

        (int exitCode, string output) = package.RunDotNet(Path.Combine(root, "Acme.Review"), "run", "--disable-build-servers");

        Assert.True(exitCode == 0, output);
        Assert.Equal(
            new[]
            {
                "Launch review: First launch of a Trident X, Trident X made by Atlantis",
                "missile True True True",
                "launch True True",
                "atlantis True True",
                "putin True True",
                "from Acme.Countries Acme.Trade Acme.Review NewsFacts",
                "missiles trident-x; by name atlantis",
                $"datasets Acme.Countries 1.0.0, Acme.Trade 2.0.0, NewsFacts {package.Version}",
                "hashes True True",
            },
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        // A reference to an id no referenced dataset has, and an id of A used again: located errors that name A.
        string broken = ReviewFacts.Replace("subjects: [trident-x,", "subjects: [trident-z,", StringComparison.Ordinal).Replace("id: union-likes-atlantis", "id: atlantis", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(root, "Acme.Review", "review.facts.yaml"), broken);

        (int brokenExit, string brokenOutput) = package.RunDotNet(Path.Combine(root, "Acme.Review"), "build", "--disable-build-servers");

        Assert.NotEqual(0, brokenExit);
        (int line, int column) = Position(broken, broken.IndexOf("trident-z", StringComparison.Ordinal));
        Assert.Matches($@"review\.facts\.yaml\({line},{column}\): error NF0007: In review 'launch-review', subjects\[0\] refers to 'trident-z', which no record has as its id \(looked in this project's facts and in the referenced datasets [^)]*'Acme\.Countries'[^)]*\); did you mean 'trident-x'\?", brokenOutput);
        (line, column) = Position(broken, broken.IndexOf("id: atlantis", StringComparison.Ordinal) + "id: ".Length);
        Assert.Contains($"review.facts.yaml({line},{column}): error NF0006: The id 'atlantis' is already used by the referenced dataset 'Acme.Countries'", brokenOutput, StringComparison.Ordinal);
    }

    // One-based line and column of an offset, as the compiler prints them.
    private static (int Line, int Column) Position(string text, int offset)
    {
        int line = text.Take(offset).Count(c => c == '\n');
        int lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        return (line + 1, offset - lineStart + 1);
    }
}
