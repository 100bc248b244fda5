using System.Diagnostics;

namespace NewsFacts.Tests.Infrastructure;

/// <summary>
/// Runs the newsfacts tool with a pseudo-terminal as its standard output and error, as a user at a terminal runs it:
/// through <c>script</c> from util-linux (in Debian's essential bsdutils package, so on every Debian machine, CI
/// included). What comes back is what the terminal was sent, line ends as the terminal shows them (CRLF) made LF.
/// </summary>
internal static class PseudoTerminal
{
    /// <summary>Runs <c>dotnet NewsFacts.Cli.dll arguments… redirection</c> on a terminal.</summary>
    /// <param name="environment">Variables to set; a null value removes the variable.</param>
    /// <param name="redirection">Shell redirections after the command (<c>2&gt;/tmp/x</c>), or empty.</param>
    /// <param name="arguments">The tool's arguments.</param>
    /// <returns>The exit code and what the terminal showed.</returns>
    public static (int ExitCode, string Terminal) Run(IReadOnlyDictionary<string, string?> environment, string redirection, params string[] arguments)
    {
        string command = string.Join(' ', new[] { "dotnet", NewsFactsTool.ToolDll }.Concat(arguments).Select(Quote)) + " " + redirection;
        var start = new ProcessStartInfo("script")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };

        // -q: no "Script started" lines; -e: script's exit code is the command's; /dev/null: no typescript file.
        foreach (string argument in new[] { "-q", "-e", "-c", command, "/dev/null" })
        {
            start.ArgumentList.Add(argument);
        }

        // The machine's own settings must not decide the test: each test says what it runs with.
        start.Environment["TERM"] = "xterm-256color";
        start.Environment.Remove("NO_COLOR");
        start.Environment["SHELL"] = "/bin/sh";
        foreach ((string name, string? value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using Process process = Process.Start(start)!;
        process.StandardInput.Close();
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "script did not finish");
        Assert.True(error.Result.Length == 0, "script: " + error.Result);
        return (process.ExitCode, output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
