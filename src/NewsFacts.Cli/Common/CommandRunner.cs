using System;
using System.IO;

namespace NewsFacts.Cli.Common;

/// <summary>
/// Runs a command's action so that nothing but one line reaches the user when it fails:
/// a <see cref="CliException"/> with its own exit code, anything else as <c>newsfacts: message</c> and exit code 2.
/// System.CommandLine's default handler would print the whole exception with its stack trace.
/// </summary>
public static class CommandRunner
{
    /// <summary>Runs <paramref name="action"/> and turns its failures into one line on standard error.</summary>
    /// <param name="action">The command's work; returns its exit code.</param>
    /// <returns>The exit code.</returns>
    public static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (CliException exception)
        {
            Error(exception.Message);
            return exception.ExitCode;
        }
        catch (Exception exception)
        {
            Error(exception.Message);
            return ExitCodes.Failure;
        }
    }

    /// <summary>Writes one line <c>newsfacts: message</c> on standard error, red when standard error is coloured.</summary>
    /// <param name="message">The message; line breaks are flattened so it stays one line.</param>
    public static void Error(string message)
    {
        TextWriter error = Console.Error;
        error.WriteLine(Terminal.Error.Error("newsfacts: " + message.ReplaceLineEndings(" ")));
    }
}
