using NewsFacts.Cli.Schema;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Schema;

/// <summary><c>newsfacts schema</c>, run as the real tool.</summary>
public class SchemaCommandTests
{
    [Fact]
    public void The_tool_prints_the_schema_the_repository_keeps_and_nothing_on_stderr()
    {
        (int exitCode, string stdout, string stderr) = NewsFactsTool.RunSeparated("schema");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal(FactsJsonSchema.Text(), stdout);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, FactsJsonSchema.RepositoryPath)), stdout);
    }

    [Fact]
    public void The_root_help_lists_the_schema_command_and_its_help_says_how_to_use_it()
    {
        (int rootExit, string root) = NewsFactsTool.Run("--help");
        Assert.Equal(0, rootExit);
        Assert.Matches(@"(?m)^\s+schema\s", root);

        (int exitCode, string help) = NewsFactsTool.Run("schema", "--help");
        Assert.Equal(0, exitCode);
        Assert.Contains("yaml-language-server", help, StringComparison.Ordinal);
    }

    [Fact]
    public void An_argument_it_does_not_take_is_exit_code_1_without_a_stack_trace()
    {
        (int exitCode, string output) = NewsFactsTool.Run("schema", "extra");

        Assert.Equal(1, exitCode);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }
}
