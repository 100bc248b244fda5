namespace NewsFacts.Cli.Common;

/// <summary>
/// How one output stream marks headings, ids, matched words and errors: ANSI SGR escape sequences when it is
/// coloured (<see cref="Terminal"/> decides), the text unchanged otherwise, so plain output is byte for byte what it
/// was before colour. Each call wraps one piece of text and resets after it; the pieces do not nest.
/// </summary>
public sealed class OutputStyle
{
    private const string Reset = "\u001b[0m";

    private OutputStyle(bool colored)
    {
        IsColored = colored;
    }

    /// <summary>Text as it is.</summary>
    public static OutputStyle Plain { get; } = new(colored: false);

    /// <summary>Text with ANSI colours.</summary>
    public static OutputStyle Colored { get; } = new(colored: true);

    /// <summary>Whether this style writes escape sequences.</summary>
    public bool IsColored { get; }

    /// <summary>A heading: <c>show</c>'s first line, a section title, <c>undated:</c>. Bold.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, styled.</returns>
    public string Heading(string text) => Paint("1", text);

    /// <summary>A fact or document id. Cyan.</summary>
    /// <param name="text">The id.</param>
    /// <returns>The id, styled.</returns>
    public string Id(string text) => Paint("36", text);

    /// <summary>The words a search matched. Bold yellow.</summary>
    /// <param name="text">The matched text.</param>
    /// <returns>The text, styled.</returns>
    public string Match(string text) => Paint("1;33", text);

    /// <summary>An error: a <c>newsfacts: …</c> line, a parse error, the word <c>error</c> in a diagnostic. Red.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, styled.</returns>
    public string Error(string text) => Paint("31", text);

    /// <summary>The word <c>warning</c> in a diagnostic. Yellow.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, styled.</returns>
    public string Warning(string text) => Paint("33", text);

    private string Paint(string sgr, string text) => IsColored && text.Length > 0 ? "\u001b[" + sgr + "m" + text + Reset : text;
}
