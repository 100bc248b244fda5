using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsFacts.Generator;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Generator;

/// <summary>
/// Each facts file is emitted on its own: its tables are segments of the dataset's tables, its members parts of the
/// member classes. The catalog still reads one dataset, in id order across files; an edit to one file re-emits that
/// file's output only (with the global part).
/// </summary>
public class PerFileTests
{
    // Two files whose ids interleave (alpha, charlie | bravo, delta), so the catalog's id order crosses files.
    private const string First = """
        schema: 1
        documents:
          - { id: doc-1, language: en, title: A note }
        entities:
          - { id: alpha, kind: person, names: { en: Alpha }, description: First file., evidence: [{ document: doc-1, quote: x, start: 0 }] }
          - { id: charlie, kind: person, names: { en: Charlie }, evidence: [{ document: doc-1, quote: x, start: 0 }] }
        events:
          - { id: e-one, kind: meeting, participants: [alpha, bravo], evidence: [{ document: doc-1, quote: x, start: 0 }] }
        """;

    private const string Second = """
        schema: 1
        entities:
          - { id: bravo, kind: person, names: { en: Bravo }, description: Second file., evidence: [{ document: doc-1, quote: x, start: 0 }] }
          - { id: delta, kind: place, names: { en: Delta }, evidence: [{ document: doc-1, quote: x, start: 0 }] }
        events:
          - { id: e-two, kind: meeting, participants: [charlie, delta], evidence: [{ document: doc-1, quote: x, start: 0 }] }
        """;

    private const string Third = """
        schema: 1
        entities:
          - { id: echo, kind: person, names: { en: Echo }, evidence: [{ document: doc-1, quote: x, start: 0 }] }
        """;

    [Fact]
    public void A_file_whose_records_an_error_leaves_out_keeps_the_other_files_keys()
    {
        // a/people.facts.yaml's only record names an unknown document (NF0007) and is left out; b's file keeps its key
        // "people_2", so its generated files and members stay what they were while the error is being fixed.
        const string Broken = """
            schema: 1
            entities:
              - { id: foxtrot, kind: person, names: { en: Foxtrot }, evidence: [{ document: no-such-doc, quote: x, start: 0 }] }
            """;
        GeneratorRun run = GeneratorHarness.Run(("a/people.facts.yaml", Broken), ("b/people.facts.yaml", First));
        Assert.Contains(run.NfDiagnostics, d => d.Id == "NF0007");
        Assert.Empty(run.CompilationProblems);
        Assert.Contains("Facts.people_2.g.cs", run.Sources.Keys);
        Assert.DoesNotContain("Facts.people.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void Records_of_several_files_read_back_in_id_order_through_members_lookups_and_lists()
    {
        // Two files of the same name in two folders: keys "people" and "people_2", no clash of names.
        GeneratorRun run = GeneratorHarness.Run(("a/people.facts.yaml", First), ("b/people.facts.yaml", Second));
        Assert.Empty(run.NfDiagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains("Facts.people.g.cs", run.Sources.Keys);
        Assert.Contains("Facts.people_2.g.cs", run.Sources.Keys);

        Assembly assembly = run.Load();
        var catalog = (FactCatalog)assembly.GetType("Consumer.Facts.Dataset")!.GetProperty("Catalog")!.GetValue(null)!;
        Person Member(string name) => (Person)assembly.GetType("Consumer.Facts.People")!.GetProperty(name)!.GetValue(null)!;

        // Typed members of both files are the catalog's records, whichever is read first.
        Assert.Equal("bravo", Member("Bravo").Id);
        Assert.Equal("Second file.", Member("Bravo").Description);
        Assert.Same(Member("Charlie"), catalog.Find("charlie"));
        Assert.Same(Member("Alpha"), catalog.Find("alpha"));
        Assert.Equal("delta", ((Entity)assembly.GetType("Consumer.Facts.Places")!.GetProperty("Delta")!.GetValue(null)!).Id);

        // Lists are in id order across the files (the dataset's own, then NewsFacts').
        Assert.Equal(new[] { "alpha", "bravo", "charlie" }, catalog.People.Take(3).Select(p => p.Id));
        Assert.Equal(new[] { "alpha", "bravo", "charlie", "delta" }, catalog.Entities.Take(4).Select(e => e.Id));
        Assert.Equal(new[] { "e-one", "e-two" }, catalog.Events.Take(2).Select(e => e.Id));
        Assert.Equal(new[] { "charlie", "delta" }, catalog.Find<Event>("e-two")!.Participants.Select(p => p.Id));

        // Past the first lookups (binary searches per segment), the id index answers the same.
        for (int i = 0; i < 40; i++)
        {
            Assert.Equal("delta", catalog.Find("delta")!.Id);
        }

        Assert.Same(Member("Bravo"), catalog.Find("bravo"));
        Assert.Same(Member("Bravo"), Assert.Single(catalog.FindByName("Bravo")));
    }

    [Fact]
    public void An_edit_to_one_facts_file_re_emits_that_file_and_leaves_the_others_output_cached()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class Program { static void Main() { } }");
        var first = new GeneratorHarness.InMemoryAdditionalText("first.facts.yaml", First);
        var second = new GeneratorHarness.InMemoryAdditionalText("second.facts.yaml", Second);
        var third = new GeneratorHarness.InMemoryAdditionalText("third.facts.yaml", Third);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(Array.Empty<(string, string)>(), "Consumer.Facts").AddAdditionalTexts([first, second, third]).RunGenerators(compilation);
        GeneratorRunResult before = driver.GetRunResult().Results.Single();

        var edited = new GeneratorHarness.InMemoryAdditionalText("second.facts.yaml", Second.Replace("Second file.", "Edited.", StringComparison.Ordinal));
        GeneratorRunResult after = driver.ReplaceAdditionalText(second, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        // One file parsed (and indexed for validation) again; of the per-file steps, one value modified, two cached or unchanged.
        foreach (string step in new[] { FactsGenerator.Steps.Parse, FactsGenerator.Steps.FileIndex, FactsGenerator.Steps.FileModel, FactsGenerator.Steps.EmitFile })
        {
            IncrementalStepRunReason[] reasons = after.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
            Assert.True(reasons.Count(r => r == IncrementalStepRunReason.Modified) == 1, $"{step}: {string.Join(", ", reasons)}");
            Assert.True(reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged) == 2, $"{step}: {string.Join(", ", reasons)}");
        }

        // The emit step did not run for the other two files: their output values are the very same objects.
        object[] emittedBefore = before.TrackedSteps[FactsGenerator.Steps.EmitFile].SelectMany(s => s.Outputs).Select(o => o.Value).ToArray();
        object[] emittedAfter = after.TrackedSteps[FactsGenerator.Steps.EmitFile].SelectMany(s => s.Outputs).Select(o => o.Value).ToArray();
        Assert.Equal(2, emittedAfter.Count(a => emittedBefore.Any(b => ReferenceEquals(a, b))));

        // The driver adds nothing again for them: their source outputs are cached.
        Assert.True(after.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Count(o => o.Reason == IncrementalStepRunReason.Cached) >= 2, "the other files' source outputs are cached");

        // Only the edited file's sources (and the global part's) differ.
        Dictionary<string, string> sourcesBefore = before.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        string[] changed = after.GeneratedSources.Where(s => !sourcesBefore.TryGetValue(s.HintName, out string? text) || text != s.SourceText.ToString()).Select(s => s.HintName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "Dataset.g.cs", "Facts.second.g.cs" }, changed);
    }

    [Fact]
    public void A_description_edit_leaves_a_large_manifests_files_as_they_were_and_changes_the_content_hash()
    {
        // Two files of 10,000 people each: a manifest of about 300 KB, written to files of its own (DatasetManifest.N.g.cs).
        static string File(string prefix, string description)
        {
            var yaml = new System.Text.StringBuilder($"schema: 1\ndocuments:\n  - {{ id: {prefix}-doc, language: en, title: Notes }}\nentities:\n");
            for (int i = 0; i < 10_000; i++)
            {
                yaml.Append($"  - {{ id: {prefix}-person-{i:D5}, kind: person, names: {{ en: {prefix} P{i} }}, description: {(i == 0 ? description : "x")}, evidence: [{{ document: {prefix}-doc, quote: q, start: 0 }}] }}\n");
            }

            return yaml.ToString();
        }

        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class Program { static void Main() { } }");
        var first = new GeneratorHarness.InMemoryAdditionalText("first.facts.yaml", File("a", "Before."));
        var second = new GeneratorHarness.InMemoryAdditionalText("second.facts.yaml", File("b", "Before."));
        var properties = new Dictionary<string, string> { ["NewsFactsTypedMembers"] = "false" };
        GeneratorDriver driver = GeneratorHarness.CreateDriver(Array.Empty<(string, string)>(), "Consumer.Facts", properties: properties).AddAdditionalTexts([first, second]).RunGenerators(compilation);
        GeneratorRunResult before = driver.GetRunResult().Results.Single();
        Assert.Empty(before.Diagnostics.Where(d => d.Id.StartsWith("NF", StringComparison.Ordinal)));

        var edited = new GeneratorHarness.InMemoryAdditionalText("second.facts.yaml", File("b", "After."));
        GeneratorRunResult after = driver.ReplaceAdditionalText(second, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        Dictionary<string, string> Sources(GeneratorRunResult run) => run.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        Dictionary<string, string> sourcesBefore = Sources(before), sourcesAfter = Sources(after);
        string[] manifestFiles = sourcesBefore.Keys.Where(k => k.StartsWith("DatasetManifest.", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(manifestFiles);
        Assert.Equal(manifestFiles, sourcesAfter.Keys.Where(k => k.StartsWith("DatasetManifest.", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.All(manifestFiles, name => Assert.Equal(sourcesBefore[name], sourcesAfter[name]));

        // The manifest step's value is equal, so its files are not written again; the content hash (in Dataset.g.cs) changed.
        Assert.All(after.TrackedSteps[FactsGenerator.Steps.Manifest].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        static string Hash(string dataset) => System.Text.RegularExpressions.Regex.Match(dataset, "\"([0-9a-f]{64})\"").Groups[1].Value;
        Assert.NotEqual(Hash(sourcesBefore["Dataset.g.cs"]), Hash(sourcesAfter["Dataset.g.cs"]));
        Assert.Contains("hash " + Hash(sourcesAfter["Dataset.g.cs"]), sourcesAfter["Dataset.g.cs"], StringComparison.Ordinal);
    }
}
