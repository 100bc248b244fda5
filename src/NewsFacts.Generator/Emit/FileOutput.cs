using NewsFacts.Generator.Model;

namespace NewsFacts.Generator.Emit
{
    /// <summary>One generated source: its hint name and text.</summary>
    internal sealed record GeneratedFile(string HintName, string Source);

    /// <summary>
    /// What the dataset's global part needs of one facts file's emitted tables: the file's key, a hash of its tables
    /// (the dataset's content hash is made of these), and how many segments each built-in table has from it, in the
    /// order of the runtime's table numbers (<c>FactTables.DocumentTable</c>…). A description edited in the file
    /// changes its hash only.
    /// </summary>
    internal sealed record FileTables(string Key, string Hash, EquatableArray<int> Segments);

    /// <summary>What one facts file emits: its generated sources, and what the global part needs of them.</summary>
    internal sealed record FileOutput(FileTables Tables, EquatableArray<GeneratedFile> Sources);
}
