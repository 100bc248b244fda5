using System;
using System.CommandLine;
using System.Runtime.InteropServices;

namespace NewsFacts.Cli.Common;

/// <summary>
/// Decides, once per run, whether standard output and standard error are coloured (docs/cli.md, "Colour"):
/// <c>--color always</c> and <c>never</c> say so; <c>auto</c> (the default) colours a stream that is a terminal,
/// unless <c>NO_COLOR</c> holds a value (https://no-color.org) or <c>TERM</c> is <c>dumb</c>. Each stream is decided
/// alone: <c>newsfacts show x 2&gt;errors.txt</c> colours the terminal's output and writes plain errors to the file.
/// Until <see cref="Configure"/> runs (in the tests that call a printer directly) both streams are plain.
/// </summary>
public static class Terminal
{
    private const int StandardOutputHandle = -11;
    private const int StandardErrorHandle = -12;
    private const uint EnableVirtualTerminalProcessing = 0x0004;

    /// <summary>The values <c>--color</c> takes.</summary>
    private static readonly string[] Modes = { "auto", "always", "never" };

    /// <summary>The style of standard output.</summary>
    public static OutputStyle Out { get; private set; } = OutputStyle.Plain;

    /// <summary>The style of standard error.</summary>
    public static OutputStyle Error { get; private set; } = OutputStyle.Plain;

    /// <summary>Makes the <c>--color</c> option, which every command takes.</summary>
    /// <returns>The option.</returns>
    public static Option<string> CreateOption()
    {
        var option = new Option<string>("--color")
        {
            Description = "When to colour the output: auto (on a terminal, unless NO_COLOR is set or TERM is dumb), always, or never.",
            HelpName = string.Join('|', Modes),
            DefaultValueFactory = _ => "auto",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong(Modes);
        return option;
    }

    /// <summary>
    /// The mode the command line asks for: the last <c>--color</c> value given. A value the option does not take is
    /// a parse error, which the parser reports; the report itself is then coloured as <see cref="ColorMode.Auto"/> does.
    /// </summary>
    /// <param name="parsed">The parsed command line.</param>
    /// <param name="option">The <c>--color</c> option (<see cref="CreateOption"/>).</param>
    /// <returns>The mode.</returns>
    public static ColorMode ModeOf(ParseResult parsed, Option<string> option) =>
        parsed.GetResult(option) is { Tokens: [.., var last] } ? ModeOf(last.Value) : ColorMode.Auto;

    private static ColorMode ModeOf(string value) => value switch
    {
        "always" => ColorMode.Always,
        "never" => ColorMode.Never,
        _ => ColorMode.Auto,
    };

    /// <summary>Whether a stream is coloured.</summary>
    /// <param name="mode">The <c>--color</c> mode.</param>
    /// <param name="isTerminal">Whether the stream is a terminal (not redirected to a file or a pipe).</param>
    /// <param name="environment">Reads an environment variable (null when it is not set).</param>
    /// <returns>Whether to colour.</returns>
    public static bool UsesColor(ColorMode mode, bool isTerminal, Func<string, string?> environment) => mode switch
    {
        ColorMode.Always => true,
        ColorMode.Never => false,
        _ => isTerminal
            && string.IsNullOrEmpty(environment("NO_COLOR"))
            && !string.Equals(environment("TERM"), "dumb", StringComparison.Ordinal),
    };

    /// <summary>Decides both streams' styles for this run.</summary>
    /// <param name="mode">The <c>--color</c> mode.</param>
    public static void Configure(ColorMode mode)
    {
        Out = StyleOf(mode, !Console.IsOutputRedirected, StandardOutputHandle);
        Error = StyleOf(mode, !Console.IsErrorRedirected, StandardErrorHandle);

        // System.CommandLine paints its parse errors itself, through Console.ForegroundColor: on standard output's
        // terminal whatever standard error is, and deaf to --color. .NET's console colours honour NO_COLOR, so set
        // for this process it leaves every colour decision to the styles above (ErrorWriter paints those errors).
        Environment.SetEnvironmentVariable("NO_COLOR", "1");
    }

    private static OutputStyle StyleOf(ColorMode mode, bool isTerminal, int windowsHandle)
    {
        if (!UsesColor(mode, isTerminal, Environment.GetEnvironmentVariable))
        {
            return OutputStyle.Plain;
        }

        // A Windows console shows escape sequences as text unless it is asked to interpret them; one that cannot
        // (before Windows 10) gets plain text, unless colour was asked for whatever the terminal.
        return !isTerminal || mode == ColorMode.Always || !OperatingSystem.IsWindows() || EnableWindowsEscapes(windowsHandle)
            ? OutputStyle.Colored
            : OutputStyle.Plain;
    }

    private static bool EnableWindowsEscapes(int standardHandle)
    {
        IntPtr handle = GetStdHandle(standardHandle);
        return GetConsoleMode(handle, out uint mode)
            && ((mode & EnableVirtualTerminalProcessing) != 0 || SetConsoleMode(handle, mode | EnableVirtualTerminalProcessing));
    }

    [DllImport("kernel32.dll", SetLastError = true)]
    private static extern IntPtr GetStdHandle(int standardHandle);

    [DllImport("kernel32.dll", SetLastError = true)]
    private static extern bool GetConsoleMode(IntPtr handle, out uint mode);

    [DllImport("kernel32.dll", SetLastError = true)]
    private static extern bool SetConsoleMode(IntPtr handle, uint mode);
}
