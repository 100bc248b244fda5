using System.Text.RegularExpressions;
using NewsFacts.Cli.Common;
using NewsFacts.Cli.Search;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Cli;

/// <summary>
/// Colour: on a terminal (a pseudo-terminal, through <c>script</c>) headings, ids, matched words and errors are
/// coloured; redirected, with <c>NO_COLOR</c>, <c>TERM=dumb</c> or <c>--color never</c> the output is plain text.
/// </summary>
public class ColorTests
{
    private const string Escape = "\u001b";

    private static readonly Dictionary<string, string?> Default = new();

    /// <summary>An SGR escape sequence (a colour or a reset); .NET's own keypad sequence on a terminal is not one.</summary>
    private static readonly Regex Sgr = new(@"\u001b\[[0-9;]*m");

    [Fact]
    public void Show_on_a_terminal_has_bold_headings_and_coloured_ids()
    {
        (int exitCode, string terminal) = PseudoTerminal.Run(Default, string.Empty, "show", "putin");

        Assert.Equal(0, exitCode);
        Assert.Contains($"{Escape}[1mvladimir-putin (person){Escape}[0m\n", terminal, StringComparison.Ordinal);
        Assert.Contains($"{Escape}[1mnames (3):{Escape}[0m\n", terminal, StringComparison.Ordinal);
        Assert.Contains($"  {Escape}[36mputin-president-of-russia{Escape}[0m: vladimir-putin", terminal, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_on_a_terminal_says_the_same_words_as_redirected()
    {
        (int _, string terminal) = PseudoTerminal.Run(Default, string.Empty, "show", "putin");
        (int _, string redirected, string _) = NewsFactsTool.RunSeparated("show", "putin");

        Assert.DoesNotContain(Escape, redirected, StringComparison.Ordinal);
        Assert.Equal(redirected.ReplaceLineEndings("\n"), WithoutEscapes(terminal));
    }

    [Fact]
    public void Search_on_a_terminal_marks_the_matched_words_as_written_and_colours_the_ids()
    {
        (int exitCode, string terminal) = PseudoTerminal.Run(Default, string.Empty, "search", "coree du nord", "--limit", "2");

        Assert.Equal(0, exitCode);
        Assert.Contains($"{Escape}[36mnorth-korea{Escape}[0m (country): North Korea\n", terminal, StringComparison.Ordinal);
        Assert.Contains($"  exact match in name (fr): {Escape}[1;33mCorée du Nord{Escape}[0m\n", terminal, StringComparison.Ordinal);
        Assert.Contains($"la {Escape}[1;33mCorée du Nord{Escape}[0m\n", terminal, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_on_a_terminal_colours_event_and_document_ids()
    {
        (int exitCode, string terminal) = PseudoTerminal.Run(Default, string.Empty, "timeline");

        Assert.Equal(0, exitCode);
        Assert.Matches($@"(?m)^2024-06 +month  {Escape}\[36mputin-article-in-north-korean-media{Escape}\[0m \(occurred\)", terminal);
        Assert.Contains($"sources: {Escape}[36m001_bde29a9fc5643d88{Escape}[0m, ", terminal, StringComparison.Ordinal);
        Assert.Contains($"{Escape}[1mundated:{Escape}[0m\n", terminal, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_on_a_terminal_is_red()
    {
        (int exitCode, string terminal) = PseudoTerminal.Run(Default, string.Empty, "show", "vladimr-putin");

        Assert.Equal(ExitCodes.NotFound, exitCode);
        Assert.Contains($"{Escape}[31mnewsfacts: no fact, document or name 'vladimr-putin'; did you mean vladimir-putin?{Escape}[0m\n", terminal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parse_error_on_a_terminal_is_red_and_the_usage_is_not()
    {
        (int exitCode, string terminal) = PseudoTerminal.Run(Default, string.Empty, "search");

        Assert.Equal(ExitCodes.BadArguments, exitCode);
        Assert.Contains($"{Escape}[31mRequired argument missing for command: 'search'.{Escape}[0m\n", terminal, StringComparison.Ordinal);
        Assert.Contains("\nUsage:\n  newsfacts search <text> [options]\n", terminal, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_redirected_to_a_file_is_plain_while_the_terminal_keeps_its_colours()
    {
        string errors = Path.Combine(Path.GetTempPath(), "newsfacts-stderr-" + Guid.NewGuid().ToString("N")[..8] + ".txt");
        try
        {
            (int exitCode, string terminal) = PseudoTerminal.Run(Default, "2>" + errors, "show", "vladimr-putin");
            Assert.Equal(ExitCodes.NotFound, exitCode);
            Assert.Equal("newsfacts: no fact, document or name 'vladimr-putin'; did you mean vladimir-putin?\n", File.ReadAllText(errors));
            Assert.DoesNotMatch(Sgr, terminal);

            (int _, string _) = PseudoTerminal.Run(Default, "2>" + errors, "search");
            Assert.StartsWith("Required argument missing for command: 'search'.\n", File.ReadAllText(errors), StringComparison.Ordinal);
            Assert.DoesNotContain(Escape, File.ReadAllText(errors), StringComparison.Ordinal);

            (int _, string shown) = PseudoTerminal.Run(Default, "2>" + errors, "show", "putin");
            Assert.Contains($"{Escape}[1mvladimir-putin (person){Escape}[0m", shown, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(errors);
        }
    }

    [Theory]
    [InlineData("NO_COLOR", "1")]
    [InlineData("NO_COLOR", "yes please")]
    [InlineData("TERM", "dumb")]
    public void An_environment_that_asks_for_no_colour_gets_plain_text_on_a_terminal(string variable, string value)
    {
        var environment = new Dictionary<string, string?> { [variable] = value };
        foreach (string[] arguments in new[] { new[] { "show", "putin" }, new[] { "search", "poutine" }, new[] { "timeline" }, new[] { "show", "vladimr-putin" }, new[] { "search" } })
        {
            (int _, string terminal) = PseudoTerminal.Run(environment, string.Empty, arguments);

            Assert.DoesNotMatch(Sgr, terminal);
            Assert.Contains(arguments[0] == "timeline" ? "undated:" : arguments.Length == 1 ? "Required argument missing" : "putin", terminal, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_empty_NO_COLOR_does_not_count()
    {
        // https://no-color.org: "when present and not an empty string".
        (int _, string terminal) = PseudoTerminal.Run(new Dictionary<string, string?> { ["NO_COLOR"] = string.Empty }, string.Empty, "show", "putin");

        Assert.Matches(Sgr, terminal);
    }

    [Fact]
    public void Color_never_is_plain_on_a_terminal_parse_errors_included()
    {
        foreach (string[] arguments in new[] { new[] { "show", "putin", "--color", "never" }, new[] { "show", "vladimr-putin", "--color", "never" }, new[] { "search", "--color", "never" } })
        {
            (int _, string terminal) = PseudoTerminal.Run(Default, string.Empty, arguments);

            Assert.DoesNotMatch(Sgr, terminal);
        }
    }

    [Fact]
    public void Color_always_colours_redirected_output_even_with_NO_COLOR()
    {
        (int exitCode, string output, string error) = NewsFactsTool.RunSeparated("--color", "always", "show", "putin");
        (int _, string _, string notFound) = NewsFactsTool.RunSeparated("show", "vladimr-putin", "--color", "always");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith($"{Escape}[1mvladimir-putin (person){Escape}[0m", output, StringComparison.Ordinal);
        Assert.StartsWith($"{Escape}[31mnewsfacts: no fact", notFound, StringComparison.Ordinal);

        (int _, string terminal) = PseudoTerminal.Run(new Dictionary<string, string?> { ["NO_COLOR"] = "1" }, string.Empty, "show", "putin", "--color", "always");
        Assert.Matches(Sgr, terminal);
    }

    [Theory]
    [InlineData("show", "putin")]
    [InlineData("search", "poutine")]
    [InlineData("timeline", null)]
    [InlineData("show", "vladimr-putin")]
    [InlineData("search", null)]
    public void Redirected_output_has_no_escape_sequence(string command, string? argument)
    {
        (int _, string output, string error) = NewsFactsTool.RunSeparated(argument is null ? new[] { command } : new[] { command, argument });

        Assert.DoesNotContain(Escape, output + error, StringComparison.Ordinal);
        Assert.NotEqual(string.Empty, output + error);
    }

    [Fact]
    public void An_unknown_color_mode_is_a_usage_error()
    {
        (int exitCode, string _, string error) = NewsFactsTool.RunSeparated("timeline", "--color", "sometimes");

        Assert.Equal(ExitCodes.BadArguments, exitCode);
        Assert.Contains("sometimes", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ColorMode.Auto, true, null, null, true)]
    [InlineData(ColorMode.Auto, true, null, "xterm", true)]
    [InlineData(ColorMode.Auto, false, null, "xterm", false)]
    [InlineData(ColorMode.Auto, true, "1", "xterm", false)]
    [InlineData(ColorMode.Auto, true, "", "xterm", true)]
    [InlineData(ColorMode.Auto, true, null, "dumb", false)]
    [InlineData(ColorMode.Always, false, "1", "dumb", true)]
    [InlineData(ColorMode.Never, true, null, "xterm", false)]
    public void The_colour_decision(ColorMode mode, bool isTerminal, string? noColor, string? term, bool colored)
    {
        string? Environment(string name) => name switch { "NO_COLOR" => noColor, "TERM" => term, _ => null };

        Assert.Equal(colored, Terminal.UsesColor(mode, isTerminal, Environment));
    }

    [Theory]
    [InlineData("Corée-du-Nord", "coree du nord", "[Corée-du-Nord]")]
    [InlineData("Kim Jong-un meets Kim Jong Un", "jong un", "Kim [Jong-un] meets Kim [Jong Un]")]
    [InlineData("President Putin: “V.V. Putin”", "vv putin", "President Putin: “[V.V. Putin]”")]
    [InlineData("Kim Jong-un", "putin", "Kim Jong-un")]
    [InlineData("  Putin  -  Kim ", "putin kim", "  [Putin  -  Kim] ")]
    public void Matched_words_are_marked_where_they_are_written(string text, string foldedQuery, string marked)
    {
        Assert.Equal(marked, MatchMarker.Mark(text, foldedQuery, s => "[" + s + "]"));
    }

    private static string WithoutEscapes(string terminal) =>
        Sgr.Replace(terminal, string.Empty).Replace($"{Escape}[?1h{Escape}=", string.Empty, StringComparison.Ordinal);
}
