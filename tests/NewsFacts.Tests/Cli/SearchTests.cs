using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Cli;

/// <summary>`newsfacts search`, run as a real process: ranking, folding, --limit, no match.</summary>
public class SearchTests
{
    private static List<string> HitIds(string output) =>
        output.Split('\n').Where(l => l.Length > 0 && !l.StartsWith(' ') && !l.StartsWith('(')).Select(l => l[..l.IndexOf(' ', StringComparison.Ordinal)]).ToList();

    [Fact]
    public void An_exact_alias_ranks_first_then_name_prefixes()
    {
        (int exitCode, string output) = NewsFactsTool.Run("search", "putin", "--limit", "5");

        Assert.Equal(0, exitCode);
        List<string> ids = HitIds(output);
        Assert.Equal(5, ids.Count);
        Assert.Equal("vladimir-putin", ids[0]);
        Assert.Contains("  exact match in alias: Putin", output, StringComparison.Ordinal);
        Assert.Contains("  prefix match in name (en): Putin's", output, StringComparison.Ordinal);
        Assert.Matches(@"\(5 of \d+ facts shown; use --limit to see more\)", output);
    }

    [Fact]
    public void Case_accents_and_hyphens_are_folded_like_the_catalog()
    {
        (int _, string plain) = NewsFactsTool.Run("search", "coree du nord", "--limit", "3");
        (int _, string accented) = NewsFactsTool.Run("search", "CORÉE-DU-NORD", "--limit", "3");

        Assert.Equal(plain, accented);
        Assert.Equal("north-korea", HitIds(plain)[0]);
    }

    [Fact]
    public void Claim_texts_and_statement_renderings_are_searched()
    {
        (int exitCode, string output) = NewsFactsTool.Run("search", "munitions", "--limit", "50");

        Assert.Equal(0, exitCode);
        Assert.Contains("pyongyang-massively-supplies-russia-from-stocks", HitIds(output));
        Assert.Contains("  word match in text: ", output, StringComparison.Ordinal);

        (int _, string renderings) = NewsFactsTool.Run("search", "indéfectiblement", "--limit", "50");
        Assert.Contains("putin-moscow-supported-them-against-enemy", HitIds(renderings));
    }

    [Fact]
    public void Whole_words_rank_before_substrings()
    {
        (int exitCode, string output) = NewsFactsTool.Run("search", "kim", "--limit", "100");

        Assert.Equal(0, exitCode);
        string[] qualities = output.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim().Split(' ')[0]).ToArray();
        string[] order = { "exact", "prefix", "word", "substring" };
        Assert.Equal(qualities.OrderBy(q => Array.IndexOf(order, q)), qualities);
        Assert.Equal("kim-jong-un", HitIds(output)[0]);
    }

    [Fact]
    public void No_match_is_a_line_on_stderr_and_exit_code_0()
    {
        (int exitCode, string output, string error) = NewsFactsTool.RunSeparated("search", "xylophone");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal("newsfacts: no fact matches 'xylophone'", error.TrimEnd());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("99999999999")]
    public void A_limit_that_is_not_a_whole_number_from_1_up_is_a_usage_error_that_says_so_in_words(string limit)
    {
        (int exitCode, string _, string error) = NewsFactsTool.RunSeparated("search", "putin", "--limit", limit);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"--limit takes a whole number from 1 to 2147483647, not '{limit}'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_largest_limit_is_accepted()
    {
        (int exitCode, string output, string _) = NewsFactsTool.RunSeparated("search", "putin", "--limit", "2147483647");

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("use --limit to see more", output, StringComparison.Ordinal);
    }
}
