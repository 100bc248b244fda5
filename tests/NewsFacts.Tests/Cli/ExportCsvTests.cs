using NewsFacts.Tests.Data;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Cli;

/// <summary>`newsfacts export --format csv --out FOLDER`, run as a real process and read back with a strict RFC 4180 reader.</summary>
public sealed class ExportCsvTests : IDisposable
{
    private static readonly string[] Files = { "documents", "entities", "events", "relations", "statements", "renderings", "claims", "discrepancies", "evidence", "factuality", "factuality_evidence", "readings", "readings_evidence" };

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsfacts-csv-" + Guid.NewGuid().ToString("N")[..8]);

    private readonly Dictionary<string, List<Dictionary<string, string>>> _tables = new();

    public ExportCsvTests()
    {
        (int exitCode, string output, string error) = NewsFactsTool.RunSeparated("export", "--format", "csv", "--out", _folder);
        Assert.True(exitCode == 0, error);
        Assert.Equal(string.Empty, output + error);
        foreach (string name in Files)
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(_folder, name + ".csv"));
            Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "no BOM");
            _tables[name] = Rfc4180.Table(new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void There_is_one_file_per_kind_with_a_row_per_record()
    {
        Assert.Equal(Files.Select(f => f + ".csv").Order(), Directory.GetFiles(_folder).Select(Path.GetFileName).Order());
        Assert.Equal(Dataset.Catalog.Documents.Count, _tables["documents"].Count);
        Assert.Equal(Dataset.Catalog.Entities.Count, _tables["entities"].Count);
        Assert.Equal(Dataset.Catalog.Events.Count, _tables["events"].Count);
        Assert.Equal(Dataset.Catalog.Relations.Count, _tables["relations"].Count);
        Assert.Equal(Dataset.Catalog.Statements.Count, _tables["statements"].Count);
        Assert.Equal(Dataset.Catalog.Statements.Sum(s => s.Renderings.Count), _tables["renderings"].Count);
        Assert.Equal(Dataset.Catalog.Claims.Count, _tables["claims"].Count);
        Assert.Equal(Dataset.Catalog.Discrepancies.Count, _tables["discrepancies"].Count);
        Assert.Equal(Dataset.Catalog.Facts.Sum(f => f.Evidence.Count), _tables["evidence"].Count);
    }

    [Fact]
    public void Entities_have_a_kind_a_column_per_name_language_and_aliases_joined_by_a_bar()
    {
        Dictionary<string, string> putin = _tables["entities"].Single(e => e["id"] == "vladimir-putin");

        Assert.Equal("person", putin["kind"]);
        Assert.Equal("Vladimir Putin", putin["name_en"]);
        Assert.Equal("Vladimir Poutine", putin["name_fr"]);
        Assert.Equal("Владимир Путин", putin["name_ru"]);
        Assert.Equal(Dataset.Catalog.Find<Person>("vladimir-putin")!.Aliases, putin["aliases"].Split('|'));
        Assert.Equal("RU", _tables["entities"].Single(e => e["id"] == "russia")["iso"]);
    }

    [Fact]
    public void Events_keep_dates_with_their_precision_and_participants_as_ids()
    {
        Dictionary<string, string> visit = _tables["events"].Single(e => e["id"] == "putin-visit-to-north-korea-2000");

        Assert.Equal("2000", visit["start"]);
        Assert.Equal("year", visit["start_precision"]);
        Assert.Equal("pyongyang", visit["place"]);
        Assert.Equal("vladimir-putin|kim-jong-il", visit["participants"]);
    }

    [Fact]
    public void Every_text_field_round_trips_commas_and_double_quotes_included()
    {
        // Every evidence quote, claim text and description comes back exactly as the compiled records hold it.
        var quotes = _tables["evidence"].Select(r => (r["fact_id"], r["document"], int.Parse(r["start"], System.Globalization.CultureInfo.InvariantCulture), r["quote"])).ToList();
        var expected = Dataset.Catalog.Facts.SelectMany(f => f.Evidence.Select(e => (f.Id, e.Document, e.Start, e.Quote))).ToList();
        Assert.Equal(expected, quotes);
        Assert.Contains(quotes, q => q.Item4.Contains(',', StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.Item4.Contains('"', StringComparison.Ordinal));
        Assert.All(_tables["evidence"], r => Assert.Equal(r["quote"], Corpus.Instance.Texts[r["document"]][int.Parse(r["start"], System.Globalization.CultureInfo.InvariantCulture)..int.Parse(r["end"], System.Globalization.CultureInfo.InvariantCulture)]));

        // Each quote's W3C TextQuoteSelector context, as compiled: prefix + quote + suffix stand together in the corpus.
        Assert.All(_tables["evidence"], r =>
        {
            int start = int.Parse(r["start"], System.Globalization.CultureInfo.InvariantCulture);
            string around = r["prefix"] + r["quote"] + r["suffix"];
            Assert.True(r["prefix"].Length > 0 || start == 0);
            Assert.Equal(around, Corpus.Instance.Texts[r["document"]].Substring(start - r["prefix"].Length, around.Length));
        });
        Assert.All(_tables["renderings"], r => Assert.EndsWith(r["text"] + r["suffix"], Corpus.Instance.Texts[r["document"]][..(int.Parse(r["end"], System.Globalization.CultureInfo.InvariantCulture) + r["suffix"].Length)], StringComparison.Ordinal));

        Assert.Equal(Dataset.Catalog.Claims.Select(c => c.Text), _tables["claims"].Select(r => r["text"]));
        Assert.Equal(Dataset.Catalog.Discrepancies.Select(d => d.Description ?? string.Empty), _tables["discrepancies"].Select(r => r["description"]));
        Assert.Contains(_tables["discrepancies"], r => r["description"].Contains('"', StringComparison.Ordinal) && r["description"].Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public void The_reader_the_tests_rely_on_reads_quoted_newlines_commas_and_quotes_and_rejects_broken_csv()
    {
        // The dataset holds no line break, so the reader's own handling of one is pinned here.
        List<string[]> records = Rfc4180.Parse("a,b\r\n\"x, \"\"y\"\"\r\nz\",\r\n");

        Assert.Equal(new[] { "a", "b" }, records[0]);
        Assert.Equal(new[] { "x, \"y\"\r\nz", string.Empty }, records[1]);
        Assert.Throws<FormatException>(() => Rfc4180.Parse("a,b\"c\r\n"));
        Assert.Throws<FormatException>(() => Rfc4180.Parse("a,b\n"));
    }

    [Fact]
    public void Bom_starts_every_file_with_the_UTF8_byte_order_mark_and_changes_nothing_else()
    {
        string withBom = _folder + "-bom";
        try
        {
            (int exitCode, string output, string error) = NewsFactsTool.RunSeparated("export", "--format", "csv", "--out", withBom, "--bom");

            Assert.True(exitCode == 0, error);
            Assert.Equal(string.Empty, output + error);
            Assert.Equal(Files.Select(f => f + ".csv").Order(), Directory.GetFiles(withBom).Select(Path.GetFileName).Order());
            foreach (string name in Files)
            {
                byte[] plain = File.ReadAllBytes(Path.Combine(_folder, name + ".csv"));
                byte[] marked = File.ReadAllBytes(Path.Combine(withBom, name + ".csv"));
                Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(plain), marked);
            }
        }
        finally
        {
            Directory.Delete(withBom, recursive: true);
        }
    }

    [Theory]
    [InlineData("json")]
    [InlineData("jsonld")]
    public void Bom_is_for_csv_only(string format)
    {
        // JSON must not start with a byte order mark (RFC 8259): a usage error, not a silently different file.
        (int exitCode, string output, string error) = NewsFactsTool.RunSeparated("export", "--format", format, "--bom");

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"newsfacts: --bom is for --format csv; --format {format} is written without a byte order mark, as JSON must be", error.TrimEnd());
    }

    [Fact]
    public void Csv_without_a_folder_is_one_line_and_exit_code_1()
    {
        (int exitCode, string output, string error) = NewsFactsTool.RunSeparated("export", "--format", "csv");

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal("newsfacts: --format csv writes one file per record kind: give the folder with --out FOLDER", error.TrimEnd());
    }
}
