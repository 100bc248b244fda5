using System.Text;

namespace NewsFacts.Tests.Runtime;

/// <summary>The compiled tables read as they were written: records of any length, UTF-8 decoded as the framework decodes it.</summary>
public class TableTextTests
{
    [Fact]
    public void Tables_are_read_whatever_the_lengths_of_their_rows()
    {
        // Rows of every length from 1 to 40 bytes of id, so record ends fall at every offset of an 8-byte word.
        string[] ids = Enumerable.Range(1, 40).Select(n => new string('a', n)).ToArray();
        var tables = new HandMadeTables(ids.Select(id => HandMadeTables.EntityRow(id, id)));
        var catalog = new FactCatalog(tables);

        Assert.Equal(ids, catalog.Entities.Select(e => e.Id));
        Assert.All(ids, id => Assert.Equal(id, new FactCatalog(tables).Find<Entity>(id)?.Name));
        Assert.Empty(new FactCatalog(new HandMadeTables(Array.Empty<byte[]>())).Entities);
        Assert.Null(new FactCatalog(new HandMadeTables(Array.Empty<byte[]>())).Find("a"));
    }

    [Theory]
    [InlineData("41 42 43")]
    [InlineData("C3 A9 E2 80 99 D0 9F F0 9F 98 80 EF BF BD")] // é ’ П 😀 U+FFFD
    [InlineData("EF BB BF 41")] // a byte order mark stays a character
    [InlineData("C0 AF")] // overlong '/'
    [InlineData("C1 BF")]
    [InlineData("E0 80 AF")] // overlong, three bytes
    [InlineData("F0 80 80 AF")] // overlong, four bytes
    [InlineData("ED A0 80")] // a surrogate
    [InlineData("F4 90 80 80")] // past U+10FFFF
    [InlineData("F5 80 80 80")]
    [InlineData("80 41")] // a continuation byte alone
    [InlineData("41 C3")] // cut short
    [InlineData("E2 80")]
    [InlineData("E2 41 80")]
    [InlineData("FF FE")]
    public void Table_text_decodes_as_Encoding_UTF8_does(string hex)
    {
        byte[] bytes = Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal));
        byte[] row = Encoding.UTF8.GetBytes("x\u001F0\u001Fen\u001Dname\u001F\u001F\u001F\u001F").Concat(bytes).Concat(Encoding.UTF8.GetBytes("\u001F\u001F\u001E")).ToArray();

        Entity entity = (Entity)new FactCatalog(new HandMadeTables(new[] { row })).Find("x")!;

        Assert.Equal(Encoding.UTF8.GetString(bytes), entity.Description);
    }
}
