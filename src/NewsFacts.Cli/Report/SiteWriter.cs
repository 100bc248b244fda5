using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NewsFacts.Cli.Common;

namespace NewsFacts.Cli.Report;

/// <summary>
/// Writes the site so that the folder is either the old report or the whole new one, never half of it: every file
/// goes into a hidden folder beside the target, which is then moved into place. An existing folder is replaced only
/// when it is empty or a report written before (it holds <see cref="Marker"/>); anything else is left alone.
/// </summary>
internal static class SiteWriter
{
    /// <summary>The file that marks a folder as a report this tool may replace.</summary>
    public const string Marker = ".newsfacts-report";

    /// <summary>Writes the files into <paramref name="folder"/>.</summary>
    /// <param name="folder">The site's folder as the user named it.</param>
    /// <param name="files">Each file's path from the root (with <c>/</c>) and its text.</param>
    /// <exception cref="CliException">The folder is a file, or a folder with other content (exit code 1).</exception>
    public static void Write(string folder, IEnumerable<(string Path, string Text)> files)
    {
        string target = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        if (File.Exists(target))
        {
            throw new CliException(ExitCodes.BadArguments, $"--out '{folder}' is a file; give a folder for the site");
        }

        bool exists = Directory.Exists(target);
        if (exists && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, Marker)))
        {
            throw new CliException(ExitCodes.BadArguments, $"--out '{folder}' is a folder with other content; give a new or empty folder, or one a report was written to");
        }

        string parent = Path.GetDirectoryName(target) ?? throw new CliException(ExitCodes.BadArguments, $"--out '{folder}' cannot be the root of the file system");
        Directory.CreateDirectory(parent);
        string name = Path.GetFileName(target);
        string temporary = Path.Combine(parent, $".{name}.new-{Guid.NewGuid():N}");
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        try
        {
            Directory.CreateDirectory(temporary);
            foreach ((string path, string text) in files)
            {
                string file = Path.Combine(temporary, path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, text, utf8);
            }

            File.WriteAllText(Path.Combine(temporary, Marker), "A site written by `newsfacts report`; the next report into this folder replaces it.\n", utf8);
            if (!exists)
            {
                Directory.Move(temporary, target);
                return;
            }

            string old = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
            Directory.Move(target, old);
            Directory.Move(temporary, target);
            Directory.Delete(old, recursive: true);
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }
}
