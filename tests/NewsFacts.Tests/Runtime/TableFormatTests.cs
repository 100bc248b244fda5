using System.Reflection;
using NewsFacts.Internal;

namespace NewsFacts.Tests.Runtime;

/// <summary>
/// Tables carry the version of the table format they are written in (FactTableFormat.Version, docs/schema.md#table-format-versions):
/// generated tables pass the generator's, and a catalog refuses tables of a version its runtime does not read, rather
/// than misreading them.
/// </summary>
public class TableFormatTests
{
    [Fact]
    public void A_catalog_refuses_tables_of_another_version_of_the_table_format()
    {
        int future = FactTableFormat.Version + 1;

        NotSupportedException refused = Assert.Throws<NotSupportedException>(() => new FactCatalog("Future.Facts", new VersionedTables(future)));

        Assert.StartsWith($"The compiled tables of the dataset 'Future.Facts' are in version {future} of the table format, and this NewsFacts runtime (", refused.Message, StringComparison.Ordinal);
        Assert.Contains($") reads version {FactTableFormat.Version}: build the dataset's package with the NewsFacts version the application uses", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalog_reads_tables_of_its_own_version()
    {
        var catalog = new FactCatalog("Current.Facts", new VersionedTables(FactTableFormat.Version));

        Assert.Empty(catalog.Entities);
        Assert.Null(catalog.Find("anything"));
    }

    [Fact]
    public void The_generated_tables_are_of_the_generator_s_version()
    {
        var tables = (FactTables)Activator.CreateInstance(typeof(Dataset).GetNestedType("Tables", BindingFlags.NonPublic)!)!;

        object? version = typeof(FactTables).GetField("FormatVersion", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(tables);

        Assert.Equal(FactTableFormat.Version, version);
    }

    private sealed class VersionedTables(int version) : FactTables(version)
    {
        public override ReadOnlySpan<byte> Documents => default;

        public override ReadOnlySpan<byte> Entities => default;

        public override ReadOnlySpan<byte> Events => default;

        public override ReadOnlySpan<byte> Relations => default;

        public override ReadOnlySpan<byte> Statements => default;

        public override ReadOnlySpan<byte> Claims => default;

        public override ReadOnlySpan<byte> Discrepancies => default;
    }
}
