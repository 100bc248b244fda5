using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Cli;

/// <summary>`newsfacts check`, run as a real process on the real facts.yaml and on small broken files.</summary>
public sealed class CheckTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsfacts-check-" + Guid.NewGuid().ToString("N")[..8]);

    public CheckTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string yaml)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, yaml.ReplaceLineEndings("\n"));
        return path;
    }

    [Fact]
    public void The_real_dataset_has_no_errors()
    {
        // NewsFacts' own dataset is built without the package, so it is checked --standalone.
        (int exitCode, string output, string error) = NewsFactsTool.RunSeparated("check", "--standalone", RepoPaths.FactsYaml);

        Assert.True(exitCode == 0, output + error);
        Assert.Equal("1 file checked: 0 errors, 0 warnings", output.TrimEnd());
    }

    [Fact]
    public void Facts_that_refer_to_each_other_in_cycles_check_without_errors()
    {
        string cycles = Write("cycles.facts.yaml", Runtime.ReferenceCycleTests.CyclesYaml);
        string chain = Write("chain.facts.yaml", Runtime.ReferenceCycleTests.ChainYaml(1_000, standalone: false));

        (int exitCode, string output, string error) = NewsFactsTool.RunSeparated("check", cycles, chain);

        Assert.True(exitCode == 0, output + error);
        Assert.Equal("2 files checked: 0 errors, 0 warnings", output.TrimEnd());
    }

    [Fact]
    public void A_broken_file_is_reported_in_the_compiler_format_with_exit_code_4()
    {
        string path = Write("broken.facts.yaml", """
            schema: 1
            entities:
              - id: ada
                kind: persn
                names: { en: Ada, fr: Ada }
                evidence: [{ document: doc-1, quote: "Ada", start: 0 }]
            documents:
              - { id: doc-1, language: en, title: "A" }
            """);

        (int exitCode, string output, string error) = NewsFactsTool.RunSeparated("check", path);

        Assert.Equal(4, exitCode);
        Assert.Equal(string.Empty, error);
        string[] lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal($"{path}(4,11): error NF0013: 'persn' is not a valid entity kind; use one of: person, country, organization, place, group", lines[0]);
        Assert.Equal("1 file checked: 1 error, 0 warnings", lines[^1]);
    }

    [Fact]
    public void Diagnostics_are_sorted_by_line_and_warnings_alone_exit_0()
    {
        string path = Write("warn.facts.yaml", """
            schema: 1
            colour: blue
            documents:
              - { id: doc-1, language: en, title: "A", shade: red }
            """);

        (int exitCode, string output, string _) = NewsFactsTool.RunSeparated("check", path);

        Assert.Equal(0, exitCode);
        string[] lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{path}(2,1): warning NF0005: 'colour'", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{path}(4,", lines[1], StringComparison.Ordinal);
        Assert.Contains("warning NF0005: 'shade'", lines[1], StringComparison.Ordinal);
        Assert.Equal("1 file checked: 0 errors, 2 warnings", lines[2]);
    }

    [Fact]
    public void Files_are_validated_together_so_an_id_in_two_files_is_reported()
    {
        const string Yaml = """
            schema: 1
            documents:
              - { id: doc-1, language: en, title: "A" }
            """;
        string first = Write("a.facts.yaml", Yaml);
        string second = Write("b.facts.yaml", Yaml);

        (int alone, string _, string _) = NewsFactsTool.RunSeparated("check", first);
        (int exitCode, string output, string _) = NewsFactsTool.RunSeparated("check", first, second);

        Assert.Equal(0, alone);
        Assert.Equal(4, exitCode);
        Assert.Contains($"{second}(3,11): error NF0006: The id 'doc-1' is already used at a.facts.yaml(3,11)", output, StringComparison.Ordinal);
        Assert.EndsWith("2 files checked: 1 error, 0 warnings", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_one_line_and_exit_code_1()
    {
        string missing = Path.Combine(_folder, "missing.facts.yaml");

        (int exitCode, string output, string error) = NewsFactsTool.RunSeparated("check", missing);

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"newsfacts: file not found: {missing}", error.TrimEnd());
    }

    [Fact]
    public void Invalid_yaml_is_an_error_not_a_crash()
    {
        string path = Write("bad.facts.yaml", "schema: 1\nentities: [ { id: x\n");

        (int exitCode, string output, string error) = NewsFactsTool.RunSeparated("check", path);

        Assert.Equal(4, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains("error NF0001: The facts file is not valid YAML", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_consumer_file_may_refer_to_NewsFacts_ids_as_the_build_allows()
    {
        string file = Write("club.facts.yaml", """
            schema: 1
            documents:
              - { id: notes, language: en, title: Notes }
            events:
              - id: club-talk
                kind: meeting
                participants: [vladimir-putin]
                evidence: [{ document: notes, quote: Talk, start: 0 }]
            """);

        (int exitCode, string output) = NewsFactsTool.Run("check", file);

        Assert.Equal(0, exitCode);
        Assert.Contains("1 file checked: 0 errors, 0 warnings", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_repository_dataset_checks_clean_standalone_with_its_corpus_and_a_wrong_offset_is_NF0021()
    {
        string[] corpus = Directory.GetFiles(RepoPaths.Corpus, "*.txt").Order(StringComparer.Ordinal).ToArray();
        (int exitCode, string output) = NewsFactsTool.Run(new[] { "check", "--standalone", RepoPaths.FactsYaml }.Concat(corpus).ToArray());

        Assert.Equal(0, exitCode);
        Assert.Contains("6 files checked: 0 errors, 0 warnings", output, StringComparison.Ordinal);

        string shifted = Write("facts.yaml", File.ReadAllText(RepoPaths.FactsYaml).Replace("        start: 9\n", "        start: 10\n", StringComparison.Ordinal));
        (int shiftedExit, string shiftedOutput) = NewsFactsTool.Run(new[] { "check", "--standalone", shifted }.Concat(corpus).ToArray());

        Assert.Equal(4, shiftedExit);
        Assert.Contains("error NF0021: The quote “Vladimir Putin will be in North Korea", shiftedOutput, StringComparison.Ordinal);
        Assert.Contains("is not at offset 10 of document '000_acc9cddf53eaf244'; it is at offset 9", shiftedOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Checking_NewsFacts_own_dataset_without_standalone_hints_at_the_option()
    {
        (int exitCode, string output) = NewsFactsTool.Run("check", RepoPaths.FactsYaml);

        Assert.Equal(4, exitCode);
        Assert.Contains("hint: these files reuse many of NewsFacts' own ids; to check NewsFacts' own dataset, add --standalone", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_facts_file_named_yml_is_checked_and_a_file_the_build_would_not_compile_is_refused()
    {
        string yml = Write("club.facts.yml", "schema: 1\ndocuments:\n  - { id: doc-1, language: en, title: A, colour: blue }\n");
        string notFacts = Write("notes.yaml", "schema: 1\n");

        (int checkedExit, string output, string _) = NewsFactsTool.RunSeparated("check", yml);
        (int refusedExit, string refusedOutput, string error) = NewsFactsTool.RunSeparated("check", notFacts);

        Assert.Equal(0, checkedExit);
        Assert.Contains($"{yml}(3,", output, StringComparison.Ordinal);
        Assert.Contains("warning NF0005: 'colour'", output, StringComparison.Ordinal);
        Assert.Equal(1, refusedExit);
        Assert.Equal(string.Empty, refusedOutput);
        Assert.Equal($"newsfacts: '{notFacts}' is neither a facts file (facts.yaml, facts.yml, *.facts.yaml or *.facts.yml) nor a document text (<document id>.txt)", error.TrimEnd());
    }
}
