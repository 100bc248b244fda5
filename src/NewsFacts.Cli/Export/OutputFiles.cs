using System;
using System.Collections.Generic;
using System.IO;

namespace NewsFacts.Cli.Export;

/// <summary>
/// Writes the files of one export so that a failed export leaves what was there before (docs/cli.md, "Atomic
/// writes"). A file that does not exist yet, or is a non-empty regular file, is written to a temporary file beside it
/// (<c>.name.&lt;random&gt;.tmp</c>: the same folder, so the rename below stays on one file system); only when every
/// file of the export is written are the temporary files renamed over their targets, one rename each. When anything
/// fails, the temporary files are deleted, the folders the export created are removed, and the old files are as
/// they were. Anything else is written in place, as a shell redirection would write it: a symbolic link
/// (<c>/dev/stdout</c>), a device (<c>/dev/null</c>), a named pipe, an empty file (emptied again on failure).
/// .NET cannot tell a device or a pipe from an empty file, but a device, a pipe or a socket always has length 0,
/// so "non-empty" is what marks a regular file.
/// </summary>
public sealed class OutputFiles
{
    private readonly Func<string, FileMode, Stream> _open;

    /// <summary>Makes the writer around the function that opens a file for writing.</summary>
    /// <param name="open">
    /// Opens a file for writing: <see cref="FileMode.CreateNew"/> for a temporary file, <see cref="FileMode.Create"/>
    /// for a file written in place. The tests give one whose streams fail after some bytes, as a full disk does.
    /// </param>
    internal OutputFiles(Func<string, FileMode, Stream> open)
    {
        _open = open;
    }

    /// <summary>The file system as it is.</summary>
    public static OutputFiles OnDisk { get; } = new(static (path, mode) => new FileStream(path, mode, FileAccess.Write, FileShare.None));

    /// <summary>
    /// Runs <paramref name="write"/>, which opens every file it writes with the function it is given (and disposes
    /// each stream), then puts the files in place; when it throws, or a file cannot be put in place, undoes it all.
    /// </summary>
    /// <param name="folder">A folder to create first (and to remove again on failure, if it was created), or null.</param>
    /// <param name="write">Writes the files; its argument opens a file for writing by its final path.</param>
    /// <exception cref="IOException">Writing failed; the message names the file the user asked for, never a temporary file.</exception>
    public void Write(string? folder, Action<Func<string, Stream>> write)
    {
        var batch = new Batch(_open);
        try
        {
            if (folder is not null)
            {
                batch.CreateFolder(folder);
            }

            write(batch.Open);
            batch.Commit();
        }
        catch (Exception exception)
        {
            batch.RollBack();
            Exception explained = batch.Explain(exception);
            if (explained == exception)
            {
                throw;
            }

            throw explained;
        }
    }

    private sealed class Batch
    {
        private readonly Func<string, FileMode, Stream> _open;
        private readonly List<Stream> _streams = new();
        private readonly List<Staged> _staged = new();
        private readonly List<Staged> _named = new();
        private readonly List<string> _emptiedAgainOnFailure = new();
        private readonly List<string> _createdFolders = new();

        public Batch(Func<string, FileMode, Stream> open)
        {
            _open = open;
        }

        public void CreateFolder(string folder)
        {
            // Deepest first, so that removing them in this order removes each once it is empty.
            var missing = new List<string>();
            for (DirectoryInfo? d = new(Path.GetFullPath(folder)); d is not null && !d.Exists; d = d.Parent)
            {
                missing.Add(d.FullName);
            }

            Directory.CreateDirectory(folder);
            _createdFolders.AddRange(missing);
        }

        public Stream Open(string path)
        {
            var file = new FileInfo(path);
            if (file.Exists && (file.LinkTarget is not null || file.Length == 0))
            {
                Stream direct = _open(file.FullName, FileMode.Create);
                _streams.Add(direct);
                if (file.LinkTarget is null && direct.CanSeek)
                {
                    _emptiedAgainOnFailure.Add(file.FullName);
                }

                return direct;
            }

            UnixFileMode? mode = null;
            if (file.Exists)
            {
                // A rename needs only the folder to be writable; asking for the file itself keeps a read-only file
                // read-only, as writing it in place did. The new file gets the old one's permissions.
                File.OpenHandle(file.FullName, FileMode.Open, FileAccess.Write).Dispose();
                mode = OperatingSystem.IsWindows() ? null : file.UnixFileMode;
            }

            var staged = new Staged(Path.Combine(file.DirectoryName!, $".{file.Name}.{Guid.NewGuid():N}.tmp"), file.FullName, mode);
            _named.Add(staged);
            Stream stream = _open(staged.Temp, FileMode.CreateNew);

            // Only a file this export created is ever deleted: one it could not create stays out of the list.
            _streams.Add(stream);
            _staged.Add(staged);
            return stream;
        }

        public void Commit()
        {
            foreach (Stream stream in _streams)
            {
                stream.Dispose();
            }

            foreach (Staged staged in _staged)
            {
                // On disk before the rename, so that a crash cannot leave the new name on a file without its data.
                using (var written = new FileStream(staged.Temp, FileMode.Open, FileAccess.Write))
                {
                    written.Flush(flushToDisk: true);
                }

                if (staged.Mode is { } mode && !OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(staged.Temp, mode);
                }
            }

            foreach (Staged staged in _staged)
            {
                File.Move(staged.Temp, staged.Target, overwrite: true);
            }
        }

        public void RollBack()
        {
            foreach (Stream stream in _streams)
            {
                Quietly(stream.Dispose);
            }

            foreach (Staged staged in _staged)
            {
                // Deleting a temporary file already renamed (a rename failed after it) finds nothing and does nothing.
                Quietly(() => File.Delete(staged.Temp));
            }

            foreach (string path in _emptiedAgainOnFailure)
            {
                Quietly(() => new FileStream(path, FileMode.Truncate, FileAccess.Write).Dispose());
            }

            foreach (string folder in _createdFolders)
            {
                Quietly(() => Directory.Delete(folder));
            }
        }

        public Exception Explain(Exception exception)
        {
            // .NET names the file in its messages ("No space left on device : '/out/.x.json.1f….tmp'"): the user
            // asked for /out/x.json and never saw the temporary file, so the message names what was asked for.
            string message = exception.Message;
            foreach (Staged staged in _named)
            {
                message = message.Replace(staged.Temp, staged.Target, StringComparison.Ordinal);
            }

            return message == exception.Message ? exception
                : exception is UnauthorizedAccessException ? new UnauthorizedAccessException(message, exception)
                : new IOException(message, exception);
        }

        private static void Quietly(Action undo)
        {
            try
            {
                undo();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Undoing is best effort: the failure the user sees is the one that made us undo.
            }
        }
    }

    private sealed record Staged(string Temp, string Target, UnixFileMode? Mode);
}
