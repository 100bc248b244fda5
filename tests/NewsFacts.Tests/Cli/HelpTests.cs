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
}
