using System.Diagnostics;
using NewsFacts.Cli.Common;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Cli;

/// <summary>
/// The tool run with its standard output closed (<c>newsfacts … &gt;&amp;-</c>, through /bin/sh): one line that says
/// so and exit code 2, where .NET alone says "Access to the path is denied". And with a pipe whose reader has gone
/// (<c>| head</c>): no error at all, as Unix tools do.
/// </summary>
public class StandardOutputTests
{
    [Theory]
    [InlineData("timeline")]
    [InlineData("show putin")]
    [InlineData("search putin")]
    [InlineData("export --format json")]
    [InlineData("export --format jsonld")]
    [InlineData("--help")]
    public void A_closed_standard_output_is_reported_as_closed_with_exit_code_2(string arguments)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepoPaths.Root };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec dotnet \"$@\" >&-");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add(NewsFactsTool.ToolDll);
        foreach (string argument in arguments.Split(' '))
        {
            start.ArgumentList.Add(argument);
        }

        (int exitCode, string error) = Run(start, closeOutputAtOnce: false);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Equal("newsfacts: " + StandardOutput.ClosedMessage + "\n", error.ReplaceLineEndings("\n"));
        Assert.StartsWith("newsfacts: standard output is closed", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pipe_whose_reader_has_gone_ends_the_export_quietly()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepoPaths.Root };
        start.ArgumentList.Add(NewsFactsTool.ToolDll);
        start.ArgumentList.Add("export");

        (int exitCode, string error) = Run(start, closeOutputAtOnce: true);

        Assert.Equal(string.Empty, error);
        Assert.Equal(ExitCodes.Success, exitCode);
    }

    private static (int ExitCode, string Error) Run(ProcessStartInfo start, bool closeOutputAtOnce)
    {
        using Process process = Process.Start(start)!;
        if (closeOutputAtOnce)
        {
            process.StandardOutput.Close();
        }
        else
        {
            _ = process.StandardOutput.ReadToEndAsync();
        }

        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("newsfacts did not finish in 2 minutes");
        }

        return (process.ExitCode, error.Result);
    }
}
