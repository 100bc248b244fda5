using NewsFacts.Cli.Common;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Cli;

/// <summary>`--help` on every command, and parse errors that are a message and the usage, never a stack trace.</summary>
public class HelpTests
{
    [Theory]
    [InlineData("show", "<id-or-name>")]
    [InlineData("search", "--limit")]
    [InlineData("timeline", "--from")]
    [InlineData("export", "--format")]
    [InlineData("check", "<files>")]
    public void Every_command_has_help(string command, string mentions)
    {
        (int exitCode, string output) = NewsFactsTool.Run(command, "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains(mentions, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("timeline", "--from <date>")]
    [InlineData("timeline", "--to <date>")]
    [InlineData("search", "--limit <count>")]
    [InlineData("export", "--format <json|jsonld|csv>")]
    [InlineData("export", "--out <file|folder>")]
    [InlineData("export", "--bom ")]
    [InlineData("report", "--out <folder>")]
    [InlineData("show", "--color <auto|always|never>")]
    [InlineData("check", "--color <auto|always|never>")]
    [InlineData(null, "--color <auto|always|never>")]
    public void Options_say_what_they_take(string? command, string placeholder)
    {
        (int exitCode, string output, string _) = NewsFactsTool.RunSeparated(command is null ? new[] { "--help" } : new[] { command, "--help" });

        Assert.Equal(0, exitCode);
        Assert.Matches(@"(?m)^  " + System.Text.RegularExpressions.Regex.Escape(placeholder), output);
    }

    [Fact]
    public void The_root_help_lists_every_command()
    {
        (int exitCode, string output) = NewsFactsTool.Run("--help");

        Assert.Equal(0, exitCode);
        foreach (string command in new[] { "show", "search", "timeline", "export", "check", "report" })
        {
            Assert.Matches($@"(?m)^\s+{command}\s", output);
        }
    }

    [Fact]
    public void An_unknown_command_is_exit_code_1_without_a_stack_trace()
    {
        (int exitCode, string output) = NewsFactsTool.Run("frobnicate");

        Assert.Equal(1, exitCode);
        Assert.Contains("frobnicate", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("newsfacts [command]", "")]
    [InlineData("newsfacts show <id-or-name>", "show")]
    [InlineData("newsfacts search <text>", "search")]
    [InlineData("newsfacts timeline", "timeline")]
    [InlineData("newsfacts export", "export")]
    [InlineData("newsfacts check <files>", "check")]
    public void Every_usage_line_names_the_command_a_user_types(string usage, string command)
    {
        (int exitCode, string output, string _) = NewsFactsTool.RunSeparated(command.Length == 0 ? new[] { "--help" } : new[] { command, "--help" });

        Assert.Equal(0, exitCode);
        Assert.Matches(@"Usage:\r?\n  " + System.Text.RegularExpressions.Regex.Escape(usage), output);
        Assert.DoesNotContain("NewsFacts.Cli", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parse_error_shows_the_usage_of_newsfacts()
    {
        (int exitCode, string output, string _) = NewsFactsTool.RunSeparated("search");

        Assert.Equal(1, exitCode);
        Assert.Contains("newsfacts search <text>", output, StringComparison.Ordinal);
        Assert.DoesNotContain("NewsFacts.Cli", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_root_help_says_what_an_installed_tool_needs_without_pointing_to_files_it_does_not_have()
    {
        (int _, string output, string _) = NewsFactsTool.RunSeparated("--help");

        // An installed tool has no docs/ folder: no relative path to one, and every link (if any) absolute.
        Assert.DoesNotContain("docs/", output, StringComparison.Ordinal);
        Assert.DoesNotContain(".md", output, StringComparison.Ordinal);
        Assert.Contains("newsfacts <command> --help", output, StringComparison.Ordinal);
        Assert.Contains($"{ExitCodes.Success} success", output, StringComparison.Ordinal);
        Assert.Contains($"{ExitCodes.BadArguments} bad arguments", output, StringComparison.Ordinal);
        Assert.Contains($"{ExitCodes.Failure} the command failed", output, StringComparison.Ordinal);
        Assert.Contains($"{ExitCodes.NotFound} show found no such fact", output, StringComparison.Ordinal);
        Assert.Contains($"{ExitCodes.InvalidFacts} check found errors", output, StringComparison.Ordinal);
    }
}
