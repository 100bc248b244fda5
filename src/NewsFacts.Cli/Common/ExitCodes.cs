namespace NewsFacts.Cli.Common;

/// <summary>The exit codes of every newsfacts command (docs/cli.md, "Exit codes").</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked (a search or a timeline range with no result included).</summary>
    public const int Success = 0;

    /// <summary>Bad arguments: a parse error (System.CommandLine prints the usage), a bad date, a file that does not exist.</summary>
    public const int BadArguments = 1;

    /// <summary>The command failed: output that cannot be written, or an unexpected error.</summary>
    public const int Failure = 2;

    /// <summary>The id or name given to <c>show</c> matches no fact, or several entities.</summary>
    public const int NotFound = 3;

    /// <summary><c>check</c> found at least one error in the facts files.</summary>
    public const int InvalidFacts = 4;
}
