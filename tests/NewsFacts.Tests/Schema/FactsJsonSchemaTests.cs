using System.Text;
using System.Text.Json.Nodes;
using Json.Schema;
using NewsFacts.Cli.Schema;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Schema;

/// <summary>
/// The JSON Schema of a facts file (schemas/facts.schema.json, <c>newsfacts schema</c>) checked by a real validator
/// (JsonSchema.Net) on facts files converted to JSON as an editor's YAML language server does, and held to what the
/// generator reports: what the schema rejects, the build reports too.
/// </summary>
public class FactsJsonSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(FactsJsonSchema.Text()));

    // A small facts file that the generator takes without a diagnostic; each mutation below breaks one thing.
    private const string Valid = """
        # yaml-language-server: $schema=./schemas/facts.schema.json
        schema: 1
        documents:
          - { id: club-minutes, language: en, title: Minutes of the chess club, published: 2024 }
        entities:
          - id: ada-lovelace
            kind: person
            names: { en: Ada Lovelace, fr: Ada Lovelace }
            ambiguous: false
            evidence: [{ document: club-minutes, quote: "Ada Lovelace", start: 0 }]
        events:
          - id: club-meeting
            kind: meeting
            status: occurred
            start: 2024-06-18
            end: 2024-06-19
            participants: [ada-lovelace]
            evidence: [{ document: club-minutes, quote: "Minutes", start: 0 }]
        claims:
          - id: ada-wins
            text: Ada wins every game.
            modality: asserted
            holders: [ada-lovelace]
            evidence: [{ document: club-minutes, quote: "wins", start: 3 }]
        kinds:
          - name: trophy
            fields:
              - { name: won-by, type: reference, refersTo: person }
              - { name: year, type: number, required: true }
        trophys:
          - id: club-cup
            names: { en: Club cup }
            won-by: ada-lovelace
            year: 2024
            evidence: [{ document: club-minutes, quote: "cup", start: 5 }]
        """;

    [Fact]
    public void The_repository_copy_is_what_the_tool_prints()
    {
        string path = Path.Combine(RepoPaths.Root, FactsJsonSchema.RepositoryPath);
        string expected = FactsJsonSchema.Text();
        if (Environment.GetEnvironmentVariable("NEWSFACTS_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
        }

        Assert.Equal(expected, File.ReadAllText(path));
        Assert.Equal(Encoding.UTF8.GetBytes(expected), File.ReadAllBytes(path));
        Assert.DoesNotContain("\r", expected, StringComparison.Ordinal);
        Assert.EndsWith("}\n", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_is_the_same_bytes_every_time() => Assert.Equal(FactsJsonSchema.Text(), FactsJsonSchema.Text());

    [Fact]
    public void The_schema_is_draft_07_and_names_its_raw_url_on_the_repository()
    {
        JsonObject root = FactsJsonSchema.Build();
        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)root["$schema"]);
        string raw = RepoPaths.BuildProperty("RepositoryUrl").Replace("https://github.com/", "https://raw.githubusercontent.com/", StringComparison.Ordinal) + "/main/schemas/facts.schema.json";
        Assert.Equal(raw, (string?)root["$id"]);
    }

    public static TheoryData<string> FactsFiles() => new(
        new[] { "facts.yaml" }.Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "samples"), "*.facts.y*ml", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RepoPaths.Root, p).Replace('\\', '/'))).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(FactsFiles))]
    public void The_repository_facts_files_validate_and_name_the_schema(string relativePath)
    {
        string text = File.ReadAllText(Path.Combine(RepoPaths.Root, relativePath));
        AssertValid(text);
        string depth = string.Concat(Enumerable.Repeat("../", relativePath.Count(c => c == '/')));
        Assert.StartsWith($"# yaml-language-server: $schema={(depth.Length == 0 ? "./" : depth)}schemas/facts.schema.json\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_example_validates_and_names_the_raw_url()
    {
        string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).ReplaceLineEndings("\n");
        int start = readme.IndexOf("```yaml\n# yaml-language-server:", StringComparison.Ordinal);
        Assert.True(start >= 0, "the README's facts file example starts with the modeline");
        start += "```yaml\n".Length;
        string example = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
        Assert.StartsWith("# yaml-language-server: $schema=" + FactsJsonSchema.Url + "\n", example, StringComparison.Ordinal);
        AssertValid(example);
    }

    [Fact]
    public void The_sample_file_validates_and_the_generator_reports_nothing()
    {
        AssertValid(Valid);
        Assert.Empty(GeneratorHarness.Run(("club.facts.yaml", Valid)).NfDiagnostics);
    }

    public static TheoryData<string, string, string, string> Mistakes() => new()
    {
        // what, replace, by, the generator's diagnostic
        { "a misspelt key", "    participants: [ada-lovelace]", "    participant: [ada-lovelace]", "NF0005" },
        { "a word not in its list", "modality: asserted", "modality: rumoured", "NF0013" },
        { "an entity kind not in its list", "kind: person", "kind: human", "NF0013" },
        { "a missing required field", "    text: Ada wins every game.\n", "", "NF0004" },
        { "a missing entity kind", "    kind: person\n", "", "NF0004" },
        { "a month 13", "start: 2024-06-18", "start: 2024-13-01", "NF0009" },
        { "a date in another format", "start: 2024-06-18", "start: 18/06/2024", "NF0009" },
        { "an id with capitals", "id: club-meeting", "id: Club-Meeting", "NF0011" },
        { "no evidence", "    evidence: [{ document: club-minutes, quote: \"wins\", start: 3 }]\n", "", "NF0017" },
        { "a negative offset", "quote: \"wins\", start: 3", "quote: \"wins\", start: -3", "NF0019" },
        { "a field type not in its list", "type: number", "type: integer", "NF0013" },
        { "a reference field without refersTo", "{ name: won-by, type: reference, refersTo: person }", "{ name: won-by, type: reference }", "NF0004" },
        { "a flag that is not one", "ambiguous: false", "ambiguous: maybe", "NF0013" },
        { "another schema version", "schema: 1", "schema: 2", "NF0012" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_mistake_fails_the_schema_and_is_a_diagnostic_of_the_build(string what, string replace, string by, string diagnostic)
    {
        Assert.Contains(replace, Valid, StringComparison.Ordinal);
        string text = Valid.Replace(replace, by, StringComparison.Ordinal);
        EvaluationResults results = Evaluate(text);
        Assert.False(results.IsValid, $"{what}: the schema takes it");
        string[] ids = GeneratorHarness.Run(("club.facts.yaml", text)).NfDiagnostics.Select(d => d.Id).ToArray();
        Assert.True(ids.Contains(diagnostic), $"{what}: the generator reports [{string.Join(", ", ids)}], not {diagnostic}");
    }

    [Fact]
    public void Vocabularies_are_enums_with_a_description_per_word()
    {
        JsonNode relation = FactsJsonSchema.Build()["definitions"]!["relation"]!["properties"]!["predicate"]!;
        Assert.Equal(Enum.GetNames<RelationPredicate>().Select(n => n.ToLowerInvariant()), relation["enum"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(relation["enum"]!.AsArray().Count, relation["markdownEnumDescriptions"]!.AsArray().Count);
        Assert.Equal("The subject holds an office in the object (President of Russia).", (string?)relation["enumDescriptions"]![0]);
        Assert.Contains("**Required.**", (string?)relation["markdownDescription"], StringComparison.Ordinal);
    }

    private static EvaluationResults Evaluate(string yaml) =>
        Schema.Value.Evaluate(System.Text.Json.JsonSerializer.SerializeToElement(YamlToJson.Convert(yaml)), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static void AssertValid(string yaml)
    {
        EvaluationResults results = Evaluate(yaml);
        string errors = string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
        Assert.True(results.IsValid, errors);
    }
}
