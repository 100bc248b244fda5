using System.IO.Compression;
using System.Text;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Package;

/// <summary>
/// A pack is path-independent and deterministic: the repository's files copied to two folders of different
/// names and depths (without .git: a source archive) pack into the same DLL and PDB bytes, and no build path is
/// written into them.
/// </summary>
[Collection(PackCollection.Name)]
public class ReproducibleBuildTests
{
    /// <summary>What `dotnet pack src/NewsFacts` reads from the repository.</summary>
    private static readonly string[] PackInputs = { "Directory.Build.props", "Directory.Build.targets", "facts.yaml", "corpus", "assets", "schemas", "src" };

    [Fact]
    public void Packing_from_two_folders_gives_the_same_assemblies_and_symbols_with_no_build_path_in_them()
    {
        string root = Path.Combine(Path.GetTempPath(), "newsfacts-repro-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            string first = Path.Combine(root, "a");
            string second = Path.Combine(root, "second-copy", "of", "the-repository");
            Dictionary<string, byte[]> one = PackCopy(first);
            Dictionary<string, byte[]> two = PackCopy(second);

            Assert.Equal(
                new[] { "analyzers/dotnet/cs/NewsFacts.CodeFixes.dll", "analyzers/dotnet/cs/NewsFacts.Generator.dll", "analyzers/dotnet/cs/YamlDotNet.dll", "lib/netstandard2.0/NewsFacts.dll", "lib/netstandard2.0/NewsFacts.pdb" },
                one.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(one.Keys.Order(StringComparer.Ordinal), two.Keys.Order(StringComparer.Ordinal));
            foreach (string file in one.Keys)
            {
                Assert.True(one[file].AsSpan().SequenceEqual(two[file]), $"{file} differs between the packs from {first} and {second}");
                foreach (string folder in new[] { first, second, root })
                {
                    Assert.False(Contains(one[file], folder) || Contains(two[file], folder), $"{file} holds the build path {folder}");
                }
            }
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is not a test failure.
            }
        }
    }

    /// <summary>Copies the pack's inputs (without bin/ and obj/) to a folder, packs there, and returns the package's DLLs and PDBs.</summary>
    private static Dictionary<string, byte[]> PackCopy(string folder)
    {
        foreach (string input in PackInputs)
        {
            string source = Path.Combine(RepoPaths.Root, input);
            IEnumerable<string> copied = File.Exists(source)
                ? new[] { source }
                : Directory.GetFiles(source, "*", SearchOption.AllDirectories).Where(f => !IsBuildOutput(Path.GetRelativePath(RepoPaths.Root, f)));
            foreach (string file in copied)
            {
                string target = Path.Combine(folder, Path.GetRelativePath(RepoPaths.Root, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        string feed = Path.Combine(folder, "feed");
        (int exitCode, string output) = DotNet.Run(folder, null, "pack", Path.Combine("src", "NewsFacts", "NewsFacts.csproj"), "-c", "Release", "-o", feed, "--disable-build-servers");
        Assert.True(exitCode == 0, $"dotnet pack in {folder} failed:\n{output}");

        var files = new Dictionary<string, byte[]>();
        foreach (string package in Directory.GetFiles(feed, "NewsFacts.*nupkg"))
        {
            using ZipArchive zip = ZipFile.OpenRead(package);
            foreach (ZipArchiveEntry entry in zip.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal) || e.FullName.EndsWith(".pdb", StringComparison.Ordinal)))
            {
                using var bytes = new MemoryStream();
                using (Stream stream = entry.Open())
                {
                    stream.CopyTo(bytes);
                }

                files.Add(entry.FullName, bytes.ToArray());
            }
        }

        return files;
    }

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    /// <summary>Whether the bytes hold the path, in UTF-8 (metadata, portable PDB) or UTF-16 (resources, strings).</summary>
    private static bool Contains(byte[] bytes, string path) =>
        bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(path)) >= 0 || bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(path)) >= 0;
}
