using System;

namespace NewsFacts.Cli.Common;

/// <summary>
/// A failure the user can act on (a bad date, an unknown id, a missing file): <see cref="CommandRunner"/> prints
/// its message as one line on standard error and exits with <see cref="ExitCode"/>; no stack trace.
/// </summary>
public sealed class CliException : Exception
{
    /// <summary>Makes the exception.</summary>
    /// <param name="exitCode">The exit code, one of <see cref="ExitCodes"/>.</param>
    /// <param name="message">One line, without the <c>newsfacts: </c> prefix.</param>
    public CliException(int exitCode, string message)
        : base(message)
    {
        ExitCode = exitCode;
    }

    /// <summary>The exit code the process ends with.</summary>
    public int ExitCode { get; }
}
