using Microsoft.CodeAnalysis;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Generator;

/// <summary>Bad input gives one located NF diagnostic and never a generator crash or generated code that fails to compile.</summary>
public class DiagnosticTests
{
    public static TheoryData<string, string, string, string> BrokenFiles => new()
    {
        // id, yaml, the text the diagnostic must start at, a word its message must contain
        { "NF0001", "schema: 1\nentities:\n  - id: \"a\n    kind: x\n", "\"a\n    kind", "not closed" },
        { "NF0002", "# only a comment\n", "# only", "schema: 1" },
        { "NF0003", TestYaml.WithEntity("  - id: a\n    kind: person\n    names: [Alice]\n    evidence: [{ document: doc-1, quote: x, start: 0 }]"), "[Alice]", "mapping" },
        { "NF0004", TestYaml.WithEntity("  - kind: person\n    names: { en: Nameless }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]"), "kind: person", "'id'" },
        { "NF0005", TestYaml.WithEntity("  - id: a\n    kind: person\n    nmaes: { en: A }\n    names: { en: A }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]"), "nmaes", "did you mean 'names'" },
        { "NF0006", TestYaml.WithEntity("  - id: a\n    kind: person\n    names: { en: A }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]\n  - id: a\n    kind: place\n    names: { en: B }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]"), "a\n    kind: place", "'a'" },
        { "NF0007", TestYaml.WithEntity("  - id: a\n    kind: person\n    names: { en: A }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]") + "\nevents:\n  - id: e\n    kind: visit\n    participants: [a, bob]\n    evidence: [{ document: doc-1, quote: x, start: 0 }]", "bob]", "'bob'" },
        { "NF0008", TestYaml.WithEntity("  - id: a\n    kind: person\n    names: { en: A }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]") + "\nevents:\n  - id: e\n    kind: visit\n    evidence: [{ document: doc-1, quote: x, start: 0 }]\nstatements:\n  - id: s\n    speaker: e\n    renderings: [{ language: en, document: doc-1, text: x, start: 0 }]", "e\n    renderings", "an entity" },
        { "NF0009", TestYaml.WithEntity("  - id: a\n    kind: person\n    names: { en: A }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]") + "\nevents:\n  - id: e\n    kind: visit\n    start: 2024-02-30\n    evidence: [{ document: doc-1, quote: x, start: 0 }]", "2024-02-30", "2024-02-30" },
        { "NF0010", TestYaml.WithEntity("  - id: a\n    kind: person\n    names: { en: A }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]") + "\nevents:\n  - id: e\n    kind: visit\n    start: 2024-06-19\n    end: 2024-06\n    evidence: [{ document: doc-1, quote: x, start: 0 }]", "2024-06\n", "before" },
        { "NF0011", TestYaml.WithEntity("  - id: Not An Id\n    kind: person\n    names: { en: A }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]"), "Not An Id", "Not An Id" },
        { "NF0012", "schema: 2\n", "2\n", "'2'" },
        { "NF0014", TestYaml.WithEntity("  - id: a\n    kind: person\n    names: { en: Kim }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]\n  - id: b\n    kind: person\n    names: { en: Other }\n    aliases: [KIM]\n    evidence: [{ document: doc-1, quote: x, start: 0 }]"), "KIM]", "'KIM'" },
        { "NF0013", TestYaml.WithEntity("  - id: a\n    kind: planet\n    names: { en: A }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]"), "planet", "person" },
        { "NF0015", TestYaml.WithEntity("  - id: ada-king\n    kind: person\n    names: { en: A }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]\n  - id: ada_king\n    kind: person\n    names: { en: B }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]"), "ada_king", "AdaKing" },
        { "NF0024", "schema: 1\nkinds:\n  - name: person\n    fields: []\n", "person", "exists already" },
        { "NF0017", TestYaml.WithEntity("  - id: a\n    kind: person\n    names: { en: A }"), "id: a", "no evidence" },
        { "NF0018", "schema: 1\nentities: &x []\nevents: *x\n", "*x", "alias" },
        { "NF0019", TestYaml.WithEntity("  - id: a\n    kind: person\n    names: { en: A }\n    evidence: [{ document: doc-1, quote: x, start: -4 }]"), "-4", "-4" },
        { "NF0020", "schema: 1\nentities: []\nentities: []\n", "entities: []\n", "entities" },
        { "NF0022", "schema: 1\nentities:\n  - id: a\n    description: \"" + new string('x', 1_000_001) + "\"\n", "\"xxx", "1000000" },
        { "NF0023", "schema: 1\nentities:\n  - id: caf\uFFFD\n", "\uFFFD", "UTF-8" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Each_problem_is_one_located_diagnostic_and_the_output_still_compiles(string id, string yaml, string at, string messagePart)
    {
        GeneratorRun run = GeneratorHarness.Run(("data/my.facts.yaml", yaml));

        Diagnostic diagnostic = Assert.Single(run.NfDiagnostics, d => d.Id == id);
        Assert.Equal("data/my.facts.yaml", diagnostic.Location.GetLineSpan().Path);
        if (at.Length > 0)
        {
            int offset = yaml.LastIndexOf(at, StringComparison.Ordinal) >= 0 && id is "NF0006" or "NF0020" ? yaml.LastIndexOf(at, StringComparison.Ordinal) : yaml.IndexOf(at, StringComparison.Ordinal);
            Assert.True(offset >= 0, $"test bug: '{at}' not in the YAML");
            (int line, int column) = LineAndColumn(yaml, offset);
            Assert.Equal((line, column), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
        }

        Assert.Contains(messagePart, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CS8785");
        Assert.DoesNotContain(run.Output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_quote_that_is_not_at_its_offset_in_a_document_given_as_text_is_an_error_with_the_right_offset()
    {
        string yaml = TestYaml.WithEntity("  - id: a\n    kind: person\n    names: { en: Ada }\n    evidence:\n      - { document: doc-1, quote: \"Ada wrote\", start: 2 }\n      - { document: doc-1, quote: \"never said\", start: 0 }");
        GeneratorRun run = GeneratorHarness.Run(("facts.yaml", yaml), ("corpus/doc-1.txt", "In Ada wrote notes."));

        Diagnostic[] diagnostics = run.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToArray();
        Assert.Equal(new[] { "NF0021", "NF0021" }, diagnostics.Select(d => d.Id));
        Assert.EndsWith("is not at offset 2 of document 'doc-1'; it is at offset 3", diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.EndsWith("it is nowhere in the document", diagnostics[1].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(yaml.IndexOf("\"never said\"", StringComparison.Ordinal), diagnostics[1].Location.SourceSpan.Start);
    }

    [Fact]
    public void A_quote_at_its_offset_passes_and_documents_without_text_are_not_checked()
    {
        string yaml = TestYaml.WithEntity("  - id: a\n    kind: person\n    names: { en: Ada }\n    evidence:\n      - { document: doc-1, quote: \"Ada wrote\", start: 3 }");
        Assert.Empty(GeneratorHarness.Run(("facts.yaml", yaml), ("doc-1.txt", "In Ada wrote notes.")).Diagnostics);
        Assert.Empty(GeneratorHarness.Run(("facts.yaml", yaml)).Diagnostics);
    }

    [Theory]
    [InlineData("schema: 1\nentities:\n  - id: a\n    names: [unclosed\n", 3, 11)]
    [InlineData("schema: 1\nentities:\n  - id: a\n    names: { en: x\n  - id: b\n", 3, 11)]
    public void Unclosed_collections_are_syntax_errors_at_their_opening_bracket(string yaml, int line, int column)
    {
        GeneratorRun run = GeneratorHarness.Run(("facts.yaml", yaml));

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("NF0001", diagnostic.Id);
        Assert.Equal((line, column), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
    }

    [Fact]
    public void The_language_version_diagnostic_stands_on_the_facts_file()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { ("data/x.facts.yaml", TestYaml.Small) }, "Consumer.Facts", "class P { }", Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp9);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("NF0016", diagnostic.Id);
        Assert.Equal("data/x.facts.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_failure_inside_the_generator_is_reported_as_NF9999_on_the_file_instead_of_crashing_the_build()
    {
        GeneratorRun run = GeneratorHarness.Run(new Microsoft.CodeAnalysis.AdditionalText[] { new ThrowingText("broken.facts.yaml") });

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("NF9999", diagnostic.Id);
        Assert.Equal("broken.facts.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("IOException", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private sealed class ThrowingText(string path) : Microsoft.CodeAnalysis.AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => new ThrowingSourceText();
    }

    private sealed class ThrowingSourceText : Microsoft.CodeAnalysis.Text.SourceText
    {
        public override char this[int position] => throw new IOException("disk gone");

        public override System.Text.Encoding? Encoding => null;

        public override int Length => 10;

        public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) => throw new IOException("disk gone");
    }

    [Fact]
    public void An_unknown_key_is_a_warning_and_the_record_is_kept()
    {
        string yaml = TestYaml.WithEntity("  - id: a\n    kind: person\n    names: { en: A }\n    colour: blue\n    evidence: [{ document: doc-1, quote: x, start: 0 }]");
        GeneratorRun run = GeneratorHarness.Run(("facts.yaml", yaml));

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.Contains(" A => ", run.Class("People"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_that_refers_to_a_rejected_record_is_left_out_too_so_the_tables_never_dangle()
    {
        string yaml = TestYaml.WithEntity("  - id: a\n    kind: person\n    names: { en: A }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]\n  - id: b\n    kind: person\n    names: { en: B }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]")
            + "\nevents:\n  - id: broken\n    kind: visit\n    start: 2024-13\n    evidence: [{ document: doc-1, quote: x, start: 0 }]\n  - id: e2\n    kind: visit\n    participants: [nobody]\n    evidence: [{ document: doc-1, quote: x, start: 0 }]"
            + "\nstatements:\n  - id: s\n    speaker: a\n    event: e2\n    renderings: [{ language: en, document: doc-1, text: x, start: 0 }]";
        GeneratorRun run = GeneratorHarness.Run(("facts.yaml", yaml));

        Assert.Equal(new[] { "NF0007", "NF0009" }, run.Diagnostics.Select(d => d.Id).OrderBy(i => i));
        Assert.False(run.Sources.ContainsKey("Events.g.cs"));
        Assert.False(run.Sources.ContainsKey("Statements.g.cs"));
        Assert.DoesNotContain(run.CompilationProblems, d => !d.Id.StartsWith("NF", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_ids_across_files_are_reported_on_the_second_file()
    {
        string first = TestYaml.WithEntity("  - id: a\n    kind: person\n    names: { en: A }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]");
        string second = "schema: 1\nentities:\n  - id: a\n    kind: person\n    names: { en: Other }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]\n";
        GeneratorRun run = GeneratorHarness.Run(("a.facts.yaml", first), ("b.facts.yaml", second));

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("NF0006", diagnostic.Id);
        Assert.Equal("b.facts.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.EndsWith("already used at a.facts.yaml(7,9)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_alias_warns_unless_both_entities_are_declared_ambiguous()
    {
        string Entities(string ambiguous) => TestYaml.WithEntity(
            "  - id: a\n    kind: person\n    names: { en: Kim Jong Un }\n    aliases: [Kim]\n" + ambiguous + "    evidence: [{ document: doc-1, quote: x, start: 0 }]\n"
            + "  - id: b\n    kind: person\n    names: { en: Kim Jong Il }\n    aliases: [KIM]\n" + ambiguous + "    evidence: [{ document: doc-1, quote: x, start: 0 }]");

        Diagnostic warning = Assert.Single(GeneratorHarness.Run(("facts.yaml", Entities(string.Empty))).Diagnostics);
        Assert.Equal("NF0014", warning.Id);
        Assert.Empty(GeneratorHarness.Run(("facts.yaml", Entities("    ambiguous: true\n"))).Diagnostics);
    }

    [Fact]
    public void Every_descriptor_has_a_unique_NF_id_and_a_help_link()
    {
        var descriptors = NewsFacts.Generator.Diagnostics.DiagnosticDescriptors.All.ToList();

        Assert.All(descriptors, d => Assert.Matches("^NF[0-9]{4}$", d.Id));
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Id).Distinct().Count());
        Assert.All(descriptors, d => Assert.EndsWith("#" + d.Id.ToLowerInvariant(), d.HelpLinkUri, StringComparison.Ordinal));
    }

    [Fact]
    public void The_catalogue_in_docs_has_an_entry_with_the_right_severity_for_every_descriptor_and_no_other()
    {
        string catalogue = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md"));
        var documented = System.Text.RegularExpressions.Regex.Matches(catalogue, "^## (NF[0-9]{4})$", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

        // The package's MSBuild targets report warnings of their own (NF2001: the compiler is too old for the generator).
        string targets = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "NewsFacts", "buildTransitive", "NewsFacts.targets"));
        var buildWarnings = System.Text.RegularExpressions.Regex.Matches(targets, "<Warning [^>]*Code=\"(NF[0-9]{4})\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(new[] { "NF2001" }, buildWarnings);

        Assert.Equal(NewsFacts.Generator.Diagnostics.DiagnosticDescriptors.All.Select(d => d.Id).Concat(buildWarnings).Order(), documented.Order());
        foreach (DiagnosticDescriptor descriptor in NewsFacts.Generator.Diagnostics.DiagnosticDescriptors.All)
        {
            string severity = descriptor.DefaultSeverity.ToString().ToLowerInvariant();
            Assert.Contains($"| [{descriptor.Id}](#{descriptor.Id.ToLowerInvariant()}) | {severity} | {descriptor.Title} |", catalogue, StringComparison.Ordinal);
        }

        Assert.All(buildWarnings, id => Assert.Contains($"| [{id}](#{id.ToLowerInvariant()}) | warning |", catalogue, StringComparison.Ordinal));
    }

    [Fact]
    public void Help_links_point_into_the_repository_that_Directory_Build_props_names()
    {
        string blobUrl = RepoPaths.BuildProperty("RepositoryUrl") + "/blob/main/";

        Assert.Equal(blobUrl, RepoPaths.BuildProperty("RepositoryBlobUrl"));
        Assert.All(NewsFacts.Generator.Diagnostics.DiagnosticDescriptors.All, d => Assert.Equal(blobUrl + "docs/diagnostics.md#" + d.Id.ToLowerInvariant(), d.HelpLinkUri));
    }

    private static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        int line = 0, column = 0;
        for (int i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 0;
            }
            else
            {
                column++;
            }
        }

        return (line, column);
    }
}
