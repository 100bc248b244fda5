using System;
using System.IO;
using System.Text;

namespace NewsFacts.Cli.Common;

/// <summary>
/// Standard output as every command writes it. When it cannot be written the user is told that, in words:
/// on Unix a closed standard output (<c>newsfacts … &gt;&amp;-</c>) fails with EBADF, which .NET reports as
/// "Access to the path is denied", a message about no path at all. A pipe whose reader has gone (<c>| head</c>)
/// is not an error: .NET drops what is written to it, and the command ends quietly, as Unix tools do.
/// </summary>
public static class StandardOutput
{
    /// <summary>The message for a standard output that is closed (or open only for reading).</summary>
    public const string ClosedMessage = "standard output is closed (or not open for writing)";

    /// <summary>Puts a writer in front of <see cref="Console.Out"/> that turns its write failures into <see cref="Failed"/>.</summary>
    public static void Guard() => Console.SetOut(new GuardedWriter(Console.Out));

    /// <summary>Writes to the standard output stream (the bytes of an export), with the same failure as <see cref="Guard"/>.</summary>
    /// <param name="write">Writes the bytes.</param>
    public static void WriteBytes(Action<Stream> write)
    {
        try
        {
            using Stream stdout = Console.OpenStandardOutput();
            write(stdout);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Failed(exception);
        }
    }

    /// <summary>The one-line failure for an exception from writing to standard output.</summary>
    /// <param name="exception">What writing threw: <see cref="UnauthorizedAccessException"/> for a closed descriptor, an <see cref="IOException"/> otherwise.</param>
    /// <returns>The exception to throw, exit code <see cref="ExitCodes.Failure"/>.</returns>
    public static CliException Failed(Exception exception) => new(
        ExitCodes.Failure,
        exception is UnauthorizedAccessException ? ClosedMessage : "cannot write to standard output: " + exception.Message);

    /// <summary>
    /// Passes every write to the console's writer. The overrides are the ones <see cref="TextWriter"/> funnels
    /// its other overloads into, plus the string ones the commands use, so that each is one call to the inner writer.
    /// </summary>
    private sealed class GuardedWriter : TextWriter
    {
        private readonly TextWriter _inner;

        public GuardedWriter(TextWriter inner)
            : base(inner.FormatProvider)
        {
            _inner = inner;
            CoreNewLine = inner.NewLine.ToCharArray();
        }

        public override Encoding Encoding => _inner.Encoding;

        public override void Write(char value) => Guarded(() => _inner.Write(value));

        public override void Write(char[] buffer, int index, int count) => Guarded(() => _inner.Write(buffer, index, count));

        public override void Write(string? value) => Guarded(() => _inner.Write(value));

        public override void WriteLine() => Guarded(() => _inner.WriteLine());

        public override void WriteLine(string? value) => Guarded(() => _inner.WriteLine(value));

        public override void Flush() => Guarded(_inner.Flush);

        private static void Guarded(Action write)
        {
            try
            {
                write();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw Failed(exception);
            }
        }
    }
}
