namespace NewsFacts.Cli.Common;

/// <summary>When the tool colours its output: <c>--color auto|always|never</c> (docs/cli.md, "Colour").</summary>
public enum ColorMode
{
    /// <summary>On a terminal, unless <c>NO_COLOR</c> is set (to anything but an empty value) or <c>TERM</c> is <c>dumb</c>.</summary>
    Auto,

    /// <summary>Always, even into a file or a pipe (for <c>less -R</c>); the command line wins over <c>NO_COLOR</c>.</summary>
    Always,

    /// <summary>Never.</summary>
    Never,
}
