using System.Text.Json;
using NewsFacts.Tests.Data;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Cli;

/// <summary>`newsfacts export --format json`, run as a real process, parsed back and checked against the corpus.</summary>
public class ExportJsonTests
{
    private static readonly Lazy<JsonDocument> Export = new(() =>
    {
        (int exitCode, string output, string error) = NewsFactsTool.RunSeparated("export", "--format", "json");
        Assert.True(exitCode == 0, error);
        Assert.Equal(string.Empty, error);
        return JsonDocument.Parse(output);
    });

    private static JsonElement Root => Export.Value.RootElement;

    private static readonly string[] Sections = { "documents", "entities", "events", "relations", "statements", "claims", "discrepancies" };

    [Fact]
    public void The_export_has_one_array_per_record_kind_with_the_compiled_counts()
    {
        Assert.Equal(1, Root.GetProperty("schema").GetInt32());
        Assert.Equal(Dataset.Catalog.Documents.Count, Root.GetProperty("documents").GetArrayLength());
        Assert.Equal(Dataset.Catalog.Entities.Count, Root.GetProperty("entities").GetArrayLength());
        Assert.Equal(Dataset.Catalog.Events.Count, Root.GetProperty("events").GetArrayLength());
        Assert.Equal(Dataset.Catalog.Relations.Count, Root.GetProperty("relations").GetArrayLength());
        Assert.Equal(Dataset.Catalog.Statements.Count, Root.GetProperty("statements").GetArrayLength());
        Assert.Equal(Dataset.Catalog.Claims.Count, Root.GetProperty("claims").GetArrayLength());
        Assert.Equal(Dataset.Catalog.Discrepancies.Count, Root.GetProperty("discrepancies").GetArrayLength());
    }

    [Fact]
    public void Every_record_has_an_id_and_a_kind_and_every_reference_is_an_exported_id()
    {
        var ids = Sections.SelectMany(s => Root.GetProperty(s).EnumerateArray()).Select(r => r.GetProperty("id").GetString()!).ToHashSet();
        var references = new List<string>();
        foreach (string section in Sections)
        {
            foreach (JsonElement record in Root.GetProperty(section).EnumerateArray())
            {
                Assert.False(string.IsNullOrEmpty(record.GetProperty("kind").GetString()));
                foreach (string field in new[] { "place", "subject", "object", "speaker", "event" })
                {
                    if (record.TryGetProperty(field, out JsonElement single))
                    {
                        references.Add(single.GetString()!);
                    }
                }

                foreach (string field in new[] { "participants", "holders", "about" })
                {
                    if (record.TryGetProperty(field, out JsonElement list))
                    {
                        references.AddRange(list.EnumerateArray().Select(x => x.GetString()!));
                    }
                }
            }
        }

        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.Contains(r, ids));
    }

    [Fact]
    public void Entities_have_names_per_language_and_aliases()
    {
        JsonElement putin = Root.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "vladimir-putin");

        Assert.Equal("person", putin.GetProperty("kind").GetString());
        Assert.Equal("Vladimir Poutine", putin.GetProperty("names").GetProperty("fr").GetString());
        Assert.Contains("Poutine", putin.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void Dates_are_ISO_8601_truncated_to_their_precision()
    {
        var dates = Sections.SelectMany(s => Root.GetProperty(s).EnumerateArray())
            .SelectMany(r => new[] { "start", "end", "date", "published" }.Where(f => r.TryGetProperty(f, out JsonElement v) && v.ValueKind == JsonValueKind.String).Select(f => r.GetProperty(f).GetString()!))
            .ToList();

        Assert.All(dates, d => Assert.Matches(@"^\d{4}(-\d{2}(-\d{2})?)?$", d));
        Assert.Contains("2024-06-18", dates);
        Assert.Contains("2024-06", dates);
        Assert.Contains("2000", dates);
    }

    [Fact]
    public void Evidence_items_are_document_quote_start_end_prefix_suffix_and_stand_verbatim_in_the_corpus()
    {
        int checkedItems = 0;
        foreach (JsonElement record in Sections.Skip(1).SelectMany(s => Root.GetProperty(s).EnumerateArray()))
        {
            foreach (JsonElement evidence in record.GetProperty("evidence").EnumerateArray())
            {
                Assert.Equal(new[] { "document", "quote", "start", "end", "prefix", "suffix" }, evidence.EnumerateObject().Select(p => p.Name));
                string text = Corpus.Instance.Texts[evidence.GetProperty("document").GetString()!];
                string quote = evidence.GetProperty("quote").GetString()!;
                int start = evidence.GetProperty("start").GetInt32();
                Assert.Equal(quote, text.Substring(start, quote.Length));
                Assert.Equal(start + quote.Length, evidence.GetProperty("end").GetInt32());

                // The W3C TextQuoteSelector context the generator compiled in: the text just around the quote.
                string prefix = evidence.GetProperty("prefix").GetString()!;
                string suffix = evidence.GetProperty("suffix").GetString()!;
                Assert.Equal(prefix + quote + suffix, text.Substring(start - prefix.Length, prefix.Length + quote.Length + suffix.Length));
                Assert.True(prefix.Length > 0 || start == 0);
                checkedItems++;
            }
        }

        Assert.True(checkedItems > 200, $"only {checkedItems} evidence items");
    }

    [Fact]
    public void An_unknown_format_is_one_clear_error_and_a_non_zero_exit_code()
    {
        (int exitCode, string output) = NewsFactsTool.Run("export", "--format", "xml");

        Assert.Equal(1, exitCode);
        Assert.Contains("'xml'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_file_that_cannot_be_written_is_one_line_and_exit_code_2()
    {
        (int exitCode, string _, string error) = NewsFactsTool.RunSeparated("export", "--format", "json", "--out", "/nonexistent-folder/x/out.json");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("newsfacts: ", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
