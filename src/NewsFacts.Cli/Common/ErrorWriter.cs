using System.IO;
using System.Text;

namespace NewsFacts.Cli.Common;

/// <summary>
/// Standard error as System.CommandLine writes its parse errors to it (one <see cref="TextWriter.WriteLine(string)"/>
/// per error): each line painted with <see cref="Terminal.Error"/>, so parse errors are red exactly when the tool's
/// own <c>newsfacts: …</c> lines are.
/// </summary>
public sealed class ErrorWriter : TextWriter
{
    private readonly TextWriter _inner;

    /// <summary>Makes the writer.</summary>
    /// <param name="inner">Standard error.</param>
    public ErrorWriter(TextWriter inner)
        : base(inner.FormatProvider)
    {
        _inner = inner;
        CoreNewLine = inner.NewLine.ToCharArray();
    }

    /// <inheritdoc/>
    public override Encoding Encoding => _inner.Encoding;

    /// <inheritdoc/>
    public override void Write(char value) => _inner.Write(value);

    /// <inheritdoc/>
    public override void Write(string? value) => _inner.Write(value);

    /// <inheritdoc/>
    public override void WriteLine() => _inner.WriteLine();

    /// <inheritdoc/>
    public override void WriteLine(string? value) => _inner.WriteLine(Terminal.Error.Error(value ?? string.Empty));

    /// <inheritdoc/>
    public override void Flush() => _inner.Flush();
}
