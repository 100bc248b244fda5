using System.Text;

namespace NewsFacts.Tests.Runtime;

/// <summary>Tables written by hand, for rows the generator never writes: one entity table, the others empty.</summary>
internal sealed class HandMadeTables(IEnumerable<byte[]> entityRows) : FactTables(NewsFacts.Internal.FactTableFormat.Version)
{
    private readonly byte[] _entities = entityRows.SelectMany(r => r).ToArray();

    public override ReadOnlySpan<byte> Documents => default;

    public override ReadOnlySpan<byte> Entities => _entities;

    public override ReadOnlySpan<byte> Events => default;

    public override ReadOnlySpan<byte> Relations => default;

    public override ReadOnlySpan<byte> Statements => default;

    public override ReadOnlySpan<byte> Claims => default;

    public override ReadOnlySpan<byte> Discrepancies => default;

    /// <summary>A person row with an id and an English name, every other column empty.</summary>
    public static byte[] EntityRow(string id, string name) =>
        Encoding.UTF8.GetBytes($"{id}\u001F0\u001Fen\u001D{name}\u001F\u001F\u001F\u001F\u001F\u001F\u001E");
}
