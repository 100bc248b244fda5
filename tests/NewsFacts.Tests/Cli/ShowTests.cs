using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Cli;

/// <summary>`newsfacts show`, run as a real process.</summary>
public class ShowTests
{
    [Fact]
    public void Show_by_id_prints_names_in_every_language_aliases_relations_events_statements_claims_and_evidence()
    {
        (int exitCode, string output, string error) = NewsFactsTool.RunSeparated("show", "vladimir-putin");

        Assert.True(exitCode == 0, error);
        Assert.Equal(string.Empty, error);
        string[] lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("vladimir-putin (person)", lines[0]);
        Assert.Contains("  fr: Vladimir Poutine", lines);
        Assert.Contains("  ru: Владимир Путин", lines);
        Assert.Contains(lines, l => l.StartsWith("aliases: ", StringComparison.Ordinal) && l.Contains("Poutine", StringComparison.Ordinal));
        // The corpus does not say since when he holds the office continuously, so the relation has no dates.
        Assert.Contains("  putin-president-of-russia: vladimir-putin — office (President) — russia", lines);
        Assert.Contains(lines, l => l.StartsWith("  putin-state-visit-to-north-korea: Putin's state visit to North Korea [2024-06-18 – 2024-06-19]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  putin-unwavering-support: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("claims held (", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("claims about it (", StringComparison.Ordinal));
        Assert.Contains("  000_acc9cddf53eaf244 @9: “Vladimir Putin will be in North Korea on Tuesday and Wednesday”", lines);
    }

    [Fact]
    public void The_evidence_printed_stands_verbatim_at_its_offset_in_the_corpus()
    {
        (int exitCode, string output) = NewsFactsTool.Run("show", "kim-jong-un");

        Assert.Equal(0, exitCode);
        var evidence = output.Split('\n').SkipWhile(l => !l.StartsWith("evidence (", StringComparison.Ordinal)).Skip(1)
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, "^  (?<doc>[0-9a-f_]+) @(?<start>\\d+): “(?<quote>.*)”\r?$"))
            .Where(m => m.Success)
            .ToList();
        Assert.NotEmpty(evidence);
        foreach (var m in evidence)
        {
            string text = Data.Corpus.Instance.Texts[m.Groups["doc"].Value];
            string quote = m.Groups["quote"].Value;
            Assert.Equal(quote, text.Substring(int.Parse(m.Groups["start"].Value, System.Globalization.CultureInfo.InvariantCulture), quote.Length));
        }
    }

    [Theory]
    [InlineData("poutine")]
    [InlineData("POUTINE")]
    [InlineData("Vladimir Poutine")]
    public void Show_by_any_name_or_alias_finds_the_entity(string name)
    {
        (int exitCode, string output) = NewsFactsTool.Run("show", name);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("vladimir-putin (person)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_by_a_misspelling_met_in_the_corpus_finds_the_entity_and_lists_the_misspelling()
    {
        (int exitCode, string output) = NewsFactsTool.Run("show", "kim jung-un");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("kim-jong-un (person)", output, StringComparison.Ordinal);
        Assert.Contains("misspellings: Kim Jung-un", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_an_event_prints_its_dates_precision_place_and_participants()
    {
        (int exitCode, string output) = NewsFactsTool.Run("show", "putin-state-visit-to-north-korea");

        Assert.Equal(0, exitCode);
        Assert.Contains("dates: 2024-06-18 – 2024-06-19 (precision: day)", output, StringComparison.Ordinal);
        Assert.Contains("place: pyongyang", output, StringComparison.Ordinal);
        Assert.Contains("participants: vladimir-putin, kim-jong-un", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_a_statement_prints_its_speaker_and_renderings()
    {
        (int exitCode, string output) = NewsFactsTool.Run("show", "stoltenberg-putin-dependent-on-authoritarian-countries");

        Assert.Equal(0, exitCode);
        Assert.Contains("speaker: jens-stoltenberg", output, StringComparison.Ordinal);
        Assert.Contains("en (000_acc9cddf53eaf244 @525): “shows how dependent President Putin", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_a_document_prints_its_title_and_how_many_facts_cite_it()
    {
        (int exitCode, string output) = NewsFactsTool.Run("show", "000_acc9cddf53eaf244");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("000_acc9cddf53eaf244 (document)", output, StringComparison.Ordinal);
        Assert.Contains("language: en", output, StringComparison.Ordinal);
        Assert.Matches(@"cited by: \d+ facts", output);
    }

    [Fact]
    public void A_misspelled_id_is_one_line_with_a_suggestion_and_exit_code_3()
    {
        (int exitCode, string output, string error) = NewsFactsTool.RunSeparated("show", "vladimr-putin");

        Assert.Equal(3, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("newsfacts: no fact, document or name 'vladimr-putin'; did you mean vladimir-putin", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_nothing_is_near_gets_no_suggestion_but_still_exit_code_3()
    {
        (int exitCode, string _, string error) = NewsFactsTool.RunSeparated("show", "zzqqxxjj");

        Assert.Equal(3, exitCode);
        Assert.DoesNotContain("did you mean", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_without_an_argument_is_a_usage_error_with_exit_code_1()
    {
        (int exitCode, string output) = NewsFactsTool.Run("show");

        Assert.Equal(1, exitCode);
        Assert.Contains("Required argument missing", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("-.")]
    public void An_empty_id_or_name_is_a_usage_error_with_exit_code_1_not_a_did_you_mean(string empty)
    {
        (int exitCode, string output, string error) = NewsFactsTool.RunSeparated("show", empty);

        Assert.Equal(NewsFacts.Cli.Common.ExitCodes.BadArguments, exitCode);
        Assert.StartsWith("show needs an id or a name", error, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", error, StringComparison.Ordinal);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }
}
