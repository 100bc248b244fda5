using System.Runtime.CompilerServices;

namespace NewsFacts.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots with Verify's file names: the approved text is <c>Name.verified.ext</c> next to
/// the test; a mismatch writes <c>Name.received.ext</c> beside it and fails. Approve by renaming the
/// received file to verified after reading the diff (or run with NEWSFACTS_ACCEPT_SNAPSHOTS=1).
/// </summary>
internal static class Snapshot
{
    public static void Verify(string name, string actual, string extension = "cs", [CallerFilePath] string testFile = "")
    {
        string folder = Path.Combine(Path.GetDirectoryName(RepoPaths.SourceFile(testFile))!, "Snapshots");
        string verified = Path.Combine(folder, $"{name}.verified.{extension}");
        string received = Path.Combine(folder, $"{name}.received.{extension}");
        string normalized = actual.Replace("\r\n", "\n", StringComparison.Ordinal);

        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) == normalized)
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
        Assert.Fail(File.Exists(verified)
            ? $"Snapshot {name} differs from {verified}. Compare it with {received} and, if the change is right, replace the verified file with it."
            : $"No approved snapshot {verified} yet. Read {received} and, if it is right, rename it to {Path.GetFileName(verified)}.");
    }
}
