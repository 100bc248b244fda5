using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Cli;

/// <summary>`newsfacts timeline`, run as a real process: order, precision, sources, ranges, undated events, bad dates.</summary>
public class TimelineTests
{
    private static List<string> EventIds(string output) =>
        output.Split('\n').Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^\S.*?  (day|month|year|none)\s+(?<id>\S+) \(")).Where(m => m.Success).Select(m => m.Groups["id"].Value).ToList();

    [Fact]
    public void A_range_lists_the_state_visit_and_not_the_2000_visit()
    {
        (int exitCode, string output, string error) = NewsFactsTool.RunSeparated("timeline", "--from", "2024-06-17", "--to", "2024-06-19");

        Assert.True(exitCode == 0, error);
        List<string> ids = EventIds(output);
        Assert.Contains("putin-state-visit-to-north-korea", ids);
        Assert.Contains("stoltenberg-comments-on-visit", ids);
        Assert.DoesNotContain("putin-visit-to-north-korea-2000", ids);
        Assert.DoesNotContain("putin-kim-meeting-vostochny-2023", ids);
        Assert.Matches(@"\(\d+ undated events left out: a date range cannot place them\)", output);
        Assert.Contains("2024-06-18 – 2024-06-19  day    putin-state-visit-to-north-korea (expected): Putin's state visit to North Korea", output, StringComparison.Ordinal);
        Assert.Contains("sources: 000_acc9cddf53eaf244, 001_bde29a9fc5643d88, 002_461a80f96c7b2d8d, 003_17a356de9bc4f7c3, 004_1b5579975db1982e", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_range_every_event_is_listed_in_date_order_and_undated_ones_last()
    {
        (int exitCode, string output) = NewsFactsTool.Run("timeline");

        Assert.Equal(0, exitCode);
        List<string> ids = EventIds(output);
        Assert.Equal(Dataset.Catalog.Events.Count, ids.Count);
        List<Event> events = ids.Select(id => Dataset.Catalog.Find<Event>(id)!).ToList();
        List<Event> dated = events.TakeWhile(e => e.Start is not null).ToList();
        Assert.All(events.Skip(dated.Count), e => Assert.Null(e.Start));
        Assert.Equal(dated.Select(e => e.Start!.Value).OrderBy(d => d), dated.Select(e => e.Start!.Value));
        Assert.True(ids.IndexOf("putin-visit-to-north-korea-2000") < ids.IndexOf("putin-state-visit-to-north-korea"));
        Assert.Contains("\nundated:", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^2000 +year +putin-visit-to-north-korea-2000 \(occurred\)", output);
        Assert.Matches(@"(?m)^2023-09 +month +putin-kim-meeting-vostochny-2023 ", output);
    }

    [Fact]
    public void A_year_or_month_bound_covers_the_whole_year_or_month()
    {
        (int exitCode, string output) = NewsFactsTool.Run("timeline", "--from", "2000", "--to", "2000");

        Assert.Equal(0, exitCode);
        List<string> ids = EventIds(output);
        Assert.Contains("putin-visit-to-north-korea-2000", ids);
        Assert.DoesNotContain("putin-state-visit-to-north-korea", ids);
    }

    [Theory]
    [InlineData("--from", "2024-13")]
    [InlineData("--to", "2024-02-30")]
    [InlineData("--from", "June")]
    public void A_bad_date_is_one_line_and_exit_code_1(string option, string date)
    {
        (int exitCode, string output, string error) = NewsFactsTool.RunSeparated("timeline", option, date);

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"newsfacts: {option} '{date}' is not a date", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_is_a_bad_argument()
    {
        (int exitCode, string _, string error) = NewsFactsTool.RunSeparated("timeline", "--from", "2024", "--to", "2023");

        Assert.Equal(1, exitCode);
        Assert.Contains("is before --from", error, StringComparison.Ordinal);
    }
}
