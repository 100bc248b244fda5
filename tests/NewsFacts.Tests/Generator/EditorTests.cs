using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsFacts.Generator.Model;
using NewsFacts.Generator.Naming;
using NewsFacts.Generator.Parsing;
using NewsFacts.Generator.Validation;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Generator;

/// <summary>
/// What an author sees while a facts file is being typed: a half-typed line costs only what comes after it,
/// each message says what is wrong where it is, and one build shows every error.
/// </summary>
public class EditorTests
{
    private static readonly Dictionary<string, string> Standalone = new() { ["NewsFactsReferences"] = "false" };

    private static readonly Lazy<string> RealFacts = new(() => File.ReadAllText(RepoPaths.FactsYaml).ReplaceLineEndings("\n"));

    // The real file's records: id, C# member (Class.Member) and where each starts and ends in the text.
    private static readonly Lazy<List<(string Id, string Member, int Start, int End)>> RealRecords = new(() =>
    {
        string text = RealFacts.Value;
        DatasetSpec dataset = FactsFileParser.Parse("facts.yaml", SourceText.From(text), CancellationToken.None).Dataset;
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (RecordSpec spec in dataset.Records)
        {
            string containing = DatasetValidator.ClassOf(spec);
            members[spec.Id] = containing + "." + CSharpNames.MemberName(spec.Id, containing);
        }

        // A record runs from its "  - id:" line to the next record or section.
        MatchCollection starts = Regex.Matches(text, "^(  - id: \"([^\"]+)\"|[a-z]+:)", RegexOptions.Multiline);
        var records = new List<(string, string, int, int)>();
        for (int i = 0; i < starts.Count; i++)
        {
            if (starts[i].Groups[2].Success)
            {
                int end = i + 1 < starts.Count ? starts[i + 1].Index : text.Length;
                records.Add((starts[i].Groups[2].Value, members[starts[i].Groups[2].Value], starts[i].Index, end));
            }
        }

        // Every record the parser read is found by the text scan: the cuts below rest on both agreeing.
        Assert.Equal(members.Count, records.Count);
        return records;
    });

    public static TheoryData<string> Cuts => new() { "a document's title", "an early description", "a middle description", "a late quote", "an open list of aliases" };

    [Theory]
    [MemberData(nameof(Cuts))]
    public void A_file_cut_off_mid_value_keeps_every_record_that_ended_before_the_cut(string where)
    {
        string text = RealFacts.Value;
        int cut = CutPosition(text, where);
        string yaml = text.Substring(0, cut);
        var complete = RealRecords.Value.Where(r => r.End <= cut).ToList();
        (string Id, string Member, int Start, int End) cutRecord = RealRecords.Value.Single(r => r.Start <= cut && cut < r.End);
        Assert.True(complete.Count > 0, "test bug: the cut must leave records before it");
        string code = "public static class Uses { public static void All() { object x;\n"
            + string.Concat(complete.Select(r => $"x = Cut.Facts.{r.Member};\n")) + "} }";

        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { ("facts.yaml", yaml) }, "Cut.Facts", properties: Standalone)
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(code), out Compilation output, out _);
        GeneratorDriverRunResult result = driver.GetRunResult();

        // One syntax error, on the line of the cut, and nothing else: no C# error, no NF error for records not read.
        Diagnostic syntax = Assert.Single(result.Diagnostics);
        Assert.Equal("NF0001", syntax.Id);
        Assert.Equal(LineOf(text, cut), syntax.Location.GetLineSpan().StartLinePosition.Line);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity >= DiagnosticSeverity.Warning);

        // Every complete record is generated (its typed member compiled above), the one cut off is not.
        string ids = string.Concat(result.Results.Single().GeneratedSources.Where(s => GeneratorRun.IsPartOf(s.HintName, "FactIds")).Select(s => s.SourceText.ToString()));
        Assert.All(complete, r => Assert.Contains($"\"{r.Id}\"", ids, StringComparison.Ordinal));
        Assert.DoesNotContain($"\"{cutRecord.Id}\"", ids, StringComparison.Ordinal);
    }

    private static int CutPosition(string text, string where)
    {
        int Nth(string marker, int n)
        {
            int at = -1;
            for (int i = 0; i < n; i++)
            {
                at = text.IndexOf(marker, at + 1, StringComparison.Ordinal);
                Assert.True(at >= 0, $"test bug: fewer than {n} '{marker}'");
            }

            return at + marker.Length;
        }

        return where switch
        {
            "a document's title" => Nth("title: \"", 3) + 12,
            "an early description" => Nth("description: \"", 2) + 20,
            "a middle description" => Nth("description: \"", 100) + 5,
            "a late quote" => Nth("quote: \"", 500) + 3,
            _ => text.IndexOf(", ", Nth("aliases: [", 20), StringComparison.Ordinal) + 2,
        };
    }

    [Fact]
    public void In_a_file_cut_off_a_reference_to_a_record_not_read_is_not_reported_and_what_came_before_is_kept()
    {
        // The event refers to an entity written after the cut: the id may well exist, so no NF0007; the event waits.
        const string Yaml = "schema: 1\ndocuments:\n  - { id: doc-1, language: en, title: A }\n"
            + "events:\n  - id: e\n    kind: visit\n    participants: [later]\n    evidence: [{ document: doc-1, quote: x, start: 0 }]\n"
            + "entities:\n  - id: later\n    kind: person\n    names: { en: \"Lat";
        GeneratorRun run = GeneratorHarness.Run(new[] { ("facts.yaml", Yaml) }, "Consumer.Facts", "class P { object D => Consumer.Facts.Documents.Doc1; }");

        Diagnostic syntax = Assert.Single(run.Diagnostics);
        Assert.Equal("NF0001", syntax.Id);
        Assert.DoesNotContain(run.CompilationProblems, d => !d.Id.StartsWith("NF", StringComparison.Ordinal));
        Assert.False(run.Sources.ContainsKey("Events.g.cs"));
    }

    [Fact]
    public void Of_two_records_with_one_id_in_a_file_the_first_in_file_order_keeps_it_and_what_refers_to_it()
    {
        // The event comes first in the file, though entities are listed before events everywhere else.
        const string Yaml = """
            schema: 1
            documents:
              - { id: doc-1, language: en, title: A }
            events:
              - id: dup
                kind: visit
                evidence: [{ document: doc-1, quote: x, start: 0 }]
            entities:
              - id: a
                kind: person
                names: { en: A }
                evidence: [{ document: doc-1, quote: x, start: 0 }]
              - id: dup
                kind: person
                names: { en: Dup }
                evidence: [{ document: doc-1, quote: x, start: 0 }]
            statements:
              - id: s
                speaker: a
                event: dup
                renderings: [{ language: en, document: doc-1, text: x, start: 0 }]
            """;
        const string Code = "public static class Probe { public static string Run() => Consumer.Facts.Events.Dup.Kind + \" \" + Consumer.Facts.Statements.S.Occasion!.Id; }";

        GeneratorRun run = GeneratorHarness.Run(new[] { ("facts.yaml", Yaml) }, "Consumer.Facts", Code);

        Diagnostic duplicate = Assert.Single(run.Diagnostics);
        Assert.Equal("NF0006", duplicate.Id);
        Assert.Equal(Yaml.IndexOf("dup\n    kind: person", StringComparison.Ordinal), duplicate.Location.SourceSpan.Start);
        Assert.DoesNotContain(run.CompilationProblems, d => !d.Id.StartsWith("NF", StringComparison.Ordinal));
        Assert.Equal("Event dup", run.Load().GetType("Probe")!.GetMethod("Run")!.Invoke(null, null));
        Assert.DoesNotContain("Person Dup =>", run.Class("People"), StringComparison.Ordinal);
    }

    [Fact]
    public void Of_two_records_with_one_id_in_two_files_the_one_in_the_file_whose_path_sorts_first_keeps_it()
    {
        const string First = "schema: 1\ndocuments:\n  - { id: doc-1, language: en, title: A }\nentities:\n  - id: a\n    kind: person\n    names: { en: First }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]\n";
        const string Second = "schema: 1\nentities:\n  - id: a\n    kind: place\n    names: { en: Second }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]\n"
            + "events:\n  - id: e\n    kind: visit\n    participants: [a]\n    evidence: [{ document: doc-1, quote: x, start: 0 }]\n";
        const string Code = "public static class Probe { public static string Run() => Consumer.Facts.People.A.Name + \" \" + Consumer.Facts.Events.E.Participants[0].Name; }";

        // Given in the other order: the order of paths decides, not the order of AdditionalFiles.
        GeneratorRun run = GeneratorHarness.Run(new[] { ("data/b.facts.yaml", Second), ("data/a.facts.yaml", First) }, "Consumer.Facts", Code);

        Diagnostic duplicate = Assert.Single(run.Diagnostics);
        Assert.Equal("NF0006", duplicate.Id);
        Assert.Equal("data/b.facts.yaml", duplicate.Location.GetLineSpan().Path);
        Assert.DoesNotContain(run.CompilationProblems, d => !d.Id.StartsWith("NF", StringComparison.Ordinal));
        Assert.Equal("First First", run.Load().GetType("Probe")!.GetMethod("Run")!.Invoke(null, null));
        Assert.False(run.Sources.ContainsKey("Places.g.cs"));
    }

    [Theory]
    [InlineData("data/club.facts.yml")]
    [InlineData("facts.yml")]
    [InlineData("data/CLUB.FACTS.YML")]
    public void Facts_files_named_yml_are_compiled_like_yaml(string path)
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { (path, TestYaml.Small) }, "Consumer.Facts", "class P { object A => Consumer.Facts.People.AdaLovelace; }");

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Other_yaml_files_are_not_facts_files()
    {
        GeneratorRun run = GeneratorHarness.Run(("notes.yaml", TestYaml.Small), ("notes.yml", TestYaml.Small), ("facts.yml.bak", TestYaml.Small));

        Assert.Empty(run.Sources);
        Assert.Empty(run.Diagnostics);
    }

    public static TheoryData<string, string, string> UnfinishedYaml => new()
    {
        // yaml, where the diagnostic must start (the last occurrence), what its message must say
        { "schema: 1\nentities:\n  - id: a\n    names: { en: Bob\n  - id: b\n    kind: person\n", "{", "the '{' flow mapping that starts here is not closed: end it with '}'" },
        { "schema: 1\nentities:\n  - id: a\n    names: { en: Bob\n", "{", "the '{' flow mapping that starts here is not closed: end it with '}'" },
        { "schema: 1\nentities:\n  - id: a\n    aliases: [Bob\n  - id: b\n", "[", "the '[' flow list that starts here is not closed: end it with ']'" },
        { "schema: 1\nentities:\n  - id: a\n    aliases: [Bob\n", "[", "the '[' flow list that starts here is not closed: end it with ']'" },
        { "schema: 1\nentities:\n  - id: a\n    description: \"Bob\n", "\"", "the quoted value that starts here has no closing '\"' before the end of the file" },
        { "schema: 1\nentities:\n  - id: a\n    description: 'Bob\n", "'", "the quoted value that starts here has no closing \"'\" before the end of the file" },
        { "schema: 1\nentities:\n  - id: \"a\n    kind: person\n", "\"", "the quoted value that starts here is not closed: add the closing '\"'" },
        { "schema: 1\nentities:\n\t- id: a\n", "\t", "a tab is used for indentation here; YAML indents with spaces only" },
        { "schema: 1\nentities:\n  - id: a\n\tkind: person\n", "\t", "a tab is used for indentation here; YAML indents with spaces only" },
        { "schema: 1\nentities:\n  - id: a\n   \tkind: person\n", "\t", "a tab is used for indentation here; YAML indents with spaces only" },
    };

    [Theory]
    [MemberData(nameof(UnfinishedYaml))]
    public void A_syntax_error_says_what_is_wrong_in_YAML_terms_where_it_is(string yaml, string at, string message)
    {
        GeneratorRun run = GeneratorHarness.Run(("facts.yaml", yaml));

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("NF0001", diagnostic.Id);
        Assert.Equal("The facts file is not valid YAML: " + message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(yaml.LastIndexOf(at, StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
        LinePosition position = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal(LineOf(yaml, diagnostic.Location.SourceSpan.Start), position.Line);
    }

    [Fact]
    public void A_reference_to_an_unknown_id_names_its_record_by_kind_and_id_and_its_field()
    {
        string yaml = TestYaml.WithEntity("  - id: ada\n    kind: person\n    names: { en: Ada }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]")
            + "\nevents:\n  - id: putin-visit\n    kind: visit\n    participants: [ada, adda]\n    evidence: [{ document: doc-1, quote: x, start: 0 }]"
            + "\nstatements:\n  - id: s\n    speaker: putin-visit\n    renderings: [{ language: en, document: doc-1, text: x, start: 0 }]";

        GeneratorRun run = GeneratorHarness.Run(("facts.yaml", yaml));

        string[] messages = run.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(
            new[]
            {
                "In event 'putin-visit', participants[1] refers to 'adda', which no record has as its id (looked in this project's facts and in the referenced datasets 'NewsFacts'); did you mean 'ada'?",
                "In statement 's', speaker must refer to an entity, but 'putin-visit' is an event",
            },
            messages);
    }

    [Fact]
    public void A_record_with_an_error_of_its_own_has_its_references_checked_in_the_same_build()
    {
        string yaml = TestYaml.WithEntity("  - id: ada\n    kind: person\n    names: { en: Ada }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]")
            + "\nevents:\n  - id: visit\n    kind: visit\n    start: 2024-02-30\n    participants: [adda]\n    evidence: [{ document: doc-1, quote: x, start: 0 }]"
            + "\nstatements:\n  - id: s\n    speaker: ada\n    event: visit\n    renderings: [{ language: en, document: doc-1, text: x, start: 0 }]";

        GeneratorRun run = GeneratorHarness.Run(("facts.yaml", yaml));

        // The bad date and the misspelt participant at once; the statement that refers to the event is left out
        // with it, without a message of its own (the event exists, it has errors).
        Assert.Equal(
            new[]
            {
                "NF0009: '2024-02-30' is not a date",
                "NF0007: In event 'visit', participants[0] refers to 'adda', which no record has as its id (looked in this project's facts and in the referenced datasets 'NewsFacts'); did you mean 'ada'?",
            },
            run.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.Id + ": " + d.GetMessage(CultureInfo.InvariantCulture).Split(':')[0]));
        Assert.False(run.Sources.ContainsKey("Events.g.cs"));
        Assert.False(run.Sources.ContainsKey("Statements.g.cs"));
        Assert.DoesNotContain(run.CompilationProblems, d => !d.Id.StartsWith("NF", StringComparison.Ordinal));
    }

    private static int LineOf(string text, int offset) => text.Take(offset).Count(c => c == '\n');
}
