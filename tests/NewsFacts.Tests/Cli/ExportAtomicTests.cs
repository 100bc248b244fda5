using NewsFacts.Cli.Export;

namespace NewsFacts.Tests.Cli;

/// <summary>
/// `export --out` on a disk that fills up halfway through: the old files are left exactly as they were, no temporary
/// file is left behind, and the error names the file the user asked for. The export runs in-process through
/// <see cref="OutputFiles"/> on a <see cref="FullDisk"/>, whose streams write to the real temp folder until a byte
/// budget shared by all of them runs out, then throw what .NET throws for ENOSPC. (Not a real small tmpfs: mounting
/// one needs root and mount rights, which a developer's machine need not give; the seam needs neither.)
/// </summary>
public sealed class ExportAtomicTests : IDisposable
{
    private const string OldJson = "{\"schema\": 1, \"note\": \"the previous export\"}\n";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsfacts-atomic-" + Guid.NewGuid().ToString("N")[..8]);

    public ExportAtomicTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("json")]
    [InlineData("jsonld")]
    public void A_file_export_that_fails_midway_leaves_the_previous_file_as_it_was(string format)
    {
        string previous = Path.Combine(_folder, "prev." + format);
        File.WriteAllText(previous, OldJson);
        var disk = new FullDisk(SizeOf(format) / 2);

        IOException failure = Assert.ThrowsAny<IOException>(() => ExportCommand.Export(Dataset.Catalog, format, previous, disk.Files));

        Assert.True(disk.Filled, "the disk never filled up: the test does not test a failure midway");
        Assert.Equal(OldJson, File.ReadAllText(previous));
        Assert.Equal(new[] { previous }, Directory.GetFileSystemEntries(_folder));

        // CommandRunner prints this message as the one line `newsfacts: <message>`, exit code 2, as before.
        Assert.Contains("No space left on device", failure.Message, StringComparison.Ordinal);
        Assert.Contains(previous, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(".tmp", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_export_that_fails_midway_leaves_no_new_file()
    {
        string target = Path.Combine(_folder, "new.json");
        var disk = new FullDisk(SizeOf("json") / 2);

        Assert.ThrowsAny<IOException>(() => ExportCommand.Export(Dataset.Catalog, "json", target, disk.Files));

        Assert.True(disk.Filled);
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public void A_csv_export_that_fails_midway_leaves_every_previous_file_as_it_was()
    {
        string csv = Path.Combine(_folder, "csv");
        Directory.CreateDirectory(csv);
        var before = new Dictionary<string, string>();
        foreach (string name in CsvExporter.FileNames.Concat(new[] { "notes.txt" }))
        {
            before[Path.Combine(csv, name)] = "old " + name + "\r\n";
            File.WriteAllText(Path.Combine(csv, name), before[Path.Combine(csv, name)]);
        }

        var disk = new FullDisk(CsvSize() / 2);

        IOException failure = Assert.ThrowsAny<IOException>(() => ExportCommand.Export(Dataset.Catalog, "csv", csv, disk.Files));

        // Some files were written in full before the disk filled up: they must not have been put in place either.
        Assert.True(disk.Filled);
        Assert.True(disk.Opened.Count >= 3, $"the disk filled up in file {disk.Opened.Count}; the test wants whole files written before it");
        Assert.Equal(before.Keys.Order(), Directory.GetFileSystemEntries(csv).Order());
        Assert.All(before, file => Assert.Equal(file.Value, File.ReadAllText(file.Key)));
        Assert.DoesNotContain(".tmp", failure.Message, StringComparison.Ordinal);
        Assert.Contains(CsvExporter.FileNames, name => failure.Message.Contains(Path.Combine(csv, name), StringComparison.Ordinal));
    }

    [Fact]
    public void A_csv_export_into_new_folders_that_fails_midway_removes_the_folders_it_made()
    {
        string csv = Path.Combine(_folder, "a", "b");
        var disk = new FullDisk(CsvSize() / 2);

        Assert.ThrowsAny<IOException>(() => ExportCommand.Export(Dataset.Catalog, "csv", csv, disk.Files));

        Assert.True(disk.Filled);
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public void A_file_export_that_succeeds_replaces_the_file_keeps_its_permissions_and_leaves_no_temporary_file()
    {
        string previous = Path.Combine(_folder, "prev.json");
        File.WriteAllText(previous, OldJson);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(previous, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        }

        var disk = new FullDisk(long.MaxValue);
        ExportCommand.Export(Dataset.Catalog, "json", previous, disk.Files);

        Assert.Equal(SizeOf("json"), new FileInfo(previous).Length);
        Assert.Equal(new[] { previous }, Directory.GetFileSystemEntries(_folder));
        Assert.Single(disk.Opened);
        Assert.NotEqual(previous, disk.Opened[0]);
        Assert.Equal(_folder, Path.GetDirectoryName(disk.Opened[0]));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(previous));
        }
    }

    [Fact]
    public void A_csv_export_that_succeeds_replaces_the_files_and_keeps_the_others()
    {
        string csv = Path.Combine(_folder, "csv");
        Directory.CreateDirectory(csv);
        File.WriteAllText(Path.Combine(csv, "documents.csv"), "old");
        File.WriteAllText(Path.Combine(csv, "notes.txt"), "mine");

        ExportCommand.Export(Dataset.Catalog, "csv", csv, new FullDisk(long.MaxValue).Files);

        Assert.Equal(CsvExporter.FileNames.Concat(new[] { "notes.txt" }).Order(), Directory.GetFileSystemEntries(csv).Select(Path.GetFileName).Order());
        Assert.StartsWith("id,language,title", File.ReadAllText(Path.Combine(csv, "documents.csv")), StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(csv, "notes.txt")));
    }

    [Fact]
    public void An_empty_file_is_written_in_place_and_emptied_again_on_failure()
    {
        // An empty file cannot be told from a device (/dev/null) or a named pipe, which must be written in place.
        string empty = Path.Combine(_folder, "empty.json");
        File.WriteAllText(empty, string.Empty);
        var disk = new FullDisk(SizeOf("json") / 2);

        Assert.ThrowsAny<IOException>(() => ExportCommand.Export(Dataset.Catalog, "json", empty, disk.Files));

        Assert.Equal(new[] { empty }, disk.Opened);
        Assert.Equal(0, new FileInfo(empty).Length);
        Assert.Equal(new[] { empty }, Directory.GetFileSystemEntries(_folder));
    }

    private static long SizeOf(string format)
    {
        using var memory = new MemoryStream();
        if (format == "jsonld")
        {
            JsonLdExporter.Write(Dataset.Catalog, memory);
        }
        else
        {
            JsonExporter.Write(Dataset.Catalog, memory);
        }

        return memory.Length;
    }

    private static long CsvSize()
    {
        var sizes = new List<MemoryStream>();
        CsvExporter.Write(Dataset.Catalog, _ =>
        {
            var memory = new KeptOpen();
            sizes.Add(memory);
            return memory;
        });
        return sizes.Sum(s => s.Length);
    }

    /// <summary>A memory stream whose length can still be read once the CSV writer has disposed it.</summary>
    private sealed class KeptOpen : MemoryStream
    {
        protected override void Dispose(bool disposing)
        {
        }
    }

    /// <summary>
    /// A disk with <c>capacity</c> bytes free: every file opened through <see cref="Files"/> is a real file in the
    /// temp folder, and the write that goes past the capacity writes what fits, then throws the IOException .NET
    /// throws for ENOSPC, with the path in it.
    /// </summary>
    private sealed class FullDisk
    {
        private long _free;

        public FullDisk(long capacity)
        {
            _free = capacity;
            Files = new OutputFiles((path, mode) =>
            {
                Opened.Add(path);
                return new FillingStream(this, path, new FileStream(path, mode, FileAccess.Write, FileShare.None));
            });
        }

        public OutputFiles Files { get; }

        public List<string> Opened { get; } = new();

        public bool Filled { get; private set; }

        private sealed class FillingStream : Stream
        {
            private readonly FullDisk _disk;
            private readonly string _path;
            private readonly FileStream _file;

            public FillingStream(FullDisk disk, string path, FileStream file)
            {
                _disk = disk;
                _path = path;
                _file = file;
            }

            public override bool CanRead => false;

            public override bool CanSeek => _file.CanSeek;

            public override bool CanWrite => true;

            public override long Length => _file.Length;

            public override long Position
            {
                get => _file.Position;
                set => _file.Position = value;
            }

            public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

            public override void Write(ReadOnlySpan<byte> buffer)
            {
                if (buffer.Length > _disk._free)
                {
                    _file.Write(buffer[..(int)_disk._free]);
                    _disk._free = 0;
                    _disk.Filled = true;
                    throw new IOException($"No space left on device : '{_path}'");
                }

                _disk._free -= buffer.Length;
                _file.Write(buffer);
            }

            public override void Flush() => _file.Flush();

            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            public override long Seek(long offset, SeekOrigin origin) => _file.Seek(offset, origin);

            public override void SetLength(long value) => _file.SetLength(value);

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    _file.Dispose();
                }

                base.Dispose(disposing);
            }
        }
    }
}
