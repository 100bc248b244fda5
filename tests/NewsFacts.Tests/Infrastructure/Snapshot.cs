using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace NewsFacts.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots with Verify's file names: the approved text is <c>Name.verified.ext</c> next to
/// the test; a mismatch writes <c>Name.received.ext</c> beside it and fails with a line diff (DiffPlex) of the
/// two. Approve by renaming the received file to verified after reading the diff (or run with
/// NEWSFACTS_ACCEPT_SNAPSHOTS=1).
/// </summary>
internal static class Snapshot
{
    /// <summary>Unchanged lines shown around each change.</summary>
    private const int Context = 2;

    /// <summary>Changed lines shown at most; the received file has the rest.</summary>
    private const int MaxChangedLines = 60;

    public static void Verify(string name, string actual, string extension = "cs", [CallerFilePath] string testFile = "")
    {
        string folder = Path.Combine(Path.GetDirectoryName(RepoPaths.SourceFile(testFile))!, "Snapshots");
        string verified = Path.Combine(folder, $"{name}.verified.{extension}");
        string received = Path.Combine(folder, $"{name}.received.{extension}");
        string normalized = Normalize(actual);
        string? approved = File.Exists(verified) ? Normalize(File.ReadAllText(verified)) : null;

        if (approved == normalized)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        if (Environment.GetEnvironmentVariable("NEWSFACTS_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, normalized);
            return;
        }

        File.WriteAllText(received, normalized);
        Assert.Fail(approved is not null
            ? $"Snapshot {name} differs from {verified} (- approved, + received):\n{Diff(approved, normalized)}\nIf the change is right, replace the verified file with {received}."
            : $"No approved snapshot {verified} yet. Read {received} and, if it is right, rename it to {Path.GetFileName(verified)}.");
    }

    /// <summary>
    /// A unified-style line diff: changed lines marked - (approved) and + (received), with line numbers and a
    /// little unchanged context; runs of unchanged lines in between are elided.
    /// </summary>
    internal static string Diff(string approved, string received)
    {
        List<DiffPiece> lines = InlineDiffBuilder.Diff(approved, received, ignoreWhiteSpace: false).Lines;
        var near = new bool[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type != ChangeType.Unchanged)
            {
                for (int j = Math.Max(0, i - Context); j <= Math.Min(lines.Count - 1, i + Context); j++)
                {
                    near[j] = true;
                }
            }
        }

        var text = new StringBuilder();
        int changed = 0, oldLine = 0, newLine = 0;
        bool elided = false;
        for (int i = 0; i < lines.Count; i++)
        {
            DiffPiece line = lines[i];
            oldLine += line.Type is ChangeType.Inserted ? 0 : 1;
            newLine += line.Type is ChangeType.Deleted ? 0 : 1;
            if (!near[i])
            {
                elided = true;
                continue;
            }

            if (elided && text.Length > 0)
            {
                text.Append("  ...\n");
            }

            elided = false;
            if (line.Type != ChangeType.Unchanged && ++changed > MaxChangedLines)
            {
                text.Append($"  ... and more changes: see the received file\n");
                break;
            }

            (char mark, int number) = line.Type switch
            {
                ChangeType.Deleted => ('-', oldLine),
                ChangeType.Inserted => ('+', newLine),
                _ => (' ', newLine),
            };
            text.Append(mark).Append(' ').Append(number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(5)).Append(" | ").Append(line.Text).Append('\n');
        }

        return text.ToString();
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
