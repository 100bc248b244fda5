using System.Text.Json;
using NewsFacts.Cli.Export;
using NewsFacts.Cli.Report;
using NewsFacts.Cli.Show;
using NewsFacts.Internal;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Cli;

/// <summary>
/// The JSON, CSV and JSON-LD exports and <c>show</c> are written over the description of each kind (the field walk,
/// <see cref="FactCatalog.Fields(Fact)"/>), not over hand-kept lists of fields: every described field of the built-in
/// kinds reaches them, and so does every field of a kind a facts file declares, which no exporter knows.
/// </summary>
public sealed class ExportDescriptionTests : IDisposable
{
    private const string Yaml = """
        schema: 1
        kinds:
          - name: missile
            fields:
              - { name: range-km, type: number }
              - { name: maker, type: reference, refersTo: country }
              - { name: first-flight, type: date }
              - { name: nicknames, type: list }
              - { name: operational, type: flag }
        documents:
          - { id: doc-1, language: en, title: Notes }
        entities:
          - { id: north-korea, kind: country, names: { en: North Korea }, iso: KP, evidence: [{ document: doc-1, quote: North Korea, start: 0 }] }
        missiles:
          - { id: hwasong-18, names: { en: Hwasong-18, ko: 화성-18 }, aliases: [HS-18], range-km: 15000, maker: north-korea, first-flight: 2023-04-13, nicknames: [Mars], operational: true, evidence: [{ document: doc-1, quote: Hwasong-18, start: 21 }] }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("newsfacts-description-").FullName;

    private readonly FactCatalog _catalog;

    public ExportDescriptionTests()
    {
        string facts = Path.Combine(_folder, "missiles.facts.yaml");
        string text = Path.Combine(_folder, "doc-1.txt");
        File.WriteAllText(facts, Yaml);
        File.WriteAllText(text, "North Korea launched Hwasong-18 again.");
        _catalog = FactsFileDataset.Load(new[] { facts, text }, standalone: true).Catalog;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_declared_kind_and_each_of_its_fields_appear_in_the_JSON_export()
    {
        using var stream = new MemoryStream();
        JsonExporter.Write(_catalog, stream);
        JsonElement missile = JsonDocument.Parse(stream.ToArray()).RootElement.GetProperty("missile").EnumerateArray().Single();

        Assert.Equal("hwasong-18", missile.GetProperty("id").GetString());
        Assert.Equal("missile", missile.GetProperty("kind").GetString());
        Assert.Equal("화성-18", missile.GetProperty("names").GetProperty("ko").GetString());
        Assert.Equal("HS-18", missile.GetProperty("aliases")[0].GetString());
        Assert.Equal(15000, missile.GetProperty("range-km").GetInt64());
        Assert.Equal("north-korea", missile.GetProperty("maker").GetString());
        Assert.Equal("2023-04-13", missile.GetProperty("first-flight").GetString());
        Assert.Equal("Mars", missile.GetProperty("nicknames")[0].GetString());
        Assert.True(missile.GetProperty("operational").GetBoolean());
        Assert.Equal(21, missile.GetProperty("evidence")[0].GetProperty("start").GetInt32());
    }

    [Fact]
    public void A_declared_kind_is_a_CSV_file_of_its_own_with_a_column_per_field()
    {
        var files = new Dictionary<string, MemoryStream>();
        CsvExporter.Write(_catalog, name => files[name] = new MemoryStream());

        List<string[]> rows = Rfc4180.Parse(System.Text.Encoding.UTF8.GetString(files["missile.csv"].ToArray()));
        Dictionary<string, string> row = rows[0].Zip(rows[1]).ToDictionary(p => p.First, p => p.Second);

        Assert.Equal(2, rows.Count);
        Assert.Equal("hwasong-18", row["id"]);
        Assert.Equal("Hwasong-18", row["name_en"]);
        Assert.Equal("15000", row["range_km"]);
        Assert.Equal("north-korea", row["maker"]);
        Assert.Equal("2023-04-13", row["first_flight"]);
        Assert.Equal("day", row["first_flight_precision"]);
        Assert.Equal("Mars", row["nicknames"]);
        Assert.Equal("true", row["operational"]);
        Assert.Contains("hwasong-18,missile,doc-1,21,31,Hwasong-18", System.Text.Encoding.UTF8.GetString(files["evidence.csv"].ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_kind_is_a_JSON_LD_node_whose_fields_no_term_states_keep_their_keys_and_survive_expansion()
    {
        using var stream = new MemoryStream();
        JsonLdExporter.Write(_catalog, stream, NewsFacts.Cli.Export.DocumentTexts.FromFolder(_folder, _catalog.Documents));
        string text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        JsonElement missile = JsonDocument.Parse(text).RootElement.GetProperty("@graph").EnumerateArray().Single(n => n.GetProperty("@id").GetString() == "urn:newsfacts:hwasong-18");

        Assert.Equal("Thing", missile.GetProperty("@type").GetString());
        Assert.Equal("urn:newsfacts:kind:missile", missile.GetProperty("additionalType").GetString());
        Assert.Equal(15000, missile.GetProperty(JsonLdVocabulary.FieldNamespace + "range-km").GetInt64());
        Assert.Equal("urn:newsfacts:north-korea", missile.GetProperty(JsonLdVocabulary.FieldNamespace + "maker").GetProperty("@id").GetString());
        Assert.Equal("2023-04-13", missile.GetProperty(JsonLdVocabulary.FieldNamespace + "first-flight").GetString());
        Assert.True(missile.GetProperty(JsonLdVocabulary.FieldNamespace + "operational").GetBoolean());

        // A JSON-LD processor keeps every one of them: the maker as a link to the country's node.
        IReadOnlyList<Triple> triples = JsonLdProcessor.Expand(text).Triples;
        Term node = Term.Iri("urn:newsfacts:hwasong-18");
        Assert.Contains(triples, t => t.Subject == node && t.Predicate == JsonLdVocabulary.FieldNamespace + "maker" && t.Object == Term.Iri("urn:newsfacts:north-korea"));
        foreach (string key in new[] { "range-km", "first-flight", "nicknames", "operational" })
        {
            Assert.Contains(triples, t => t.Subject == node && t.Predicate == JsonLdVocabulary.FieldNamespace + key);
        }
    }

    [Fact]
    public void Show_prints_every_field_of_a_declared_kind()
    {
        var output = new StringWriter();
        new FactPrinter(_catalog, output).Write(_catalog.Find("hwasong-18")!);
        string[] lines = output.ToString().ReplaceLineEndings("\n").Split('\n');

        Assert.Equal("hwasong-18 (missile)", lines[0]);
        Assert.Contains("  ko: 화성-18", lines);
        Assert.Contains("aliases: HS-18", lines);
        Assert.Contains("range km: 15000", lines);
        Assert.Contains("maker: north-korea", lines);
        Assert.Contains("first flight: 2023-04-13", lines);
        Assert.Contains("nicknames: Mars", lines);
        Assert.Contains("operational: yes", lines);
    }

    [Fact]
    public void Every_field_of_every_built_in_kind_reaches_the_JSON_and_CSV_exports_of_the_built_in_dataset()
    {
        using var stream = new MemoryStream();
        JsonExporter.Write(Dataset.Catalog, stream);
        JsonElement root = JsonDocument.Parse(stream.ToArray()).RootElement;
        var files = new Dictionary<string, MemoryStream>();
        CsvExporter.Write(Dataset.Catalog, name => files[name] = new MemoryStream());

        foreach (SchemaKind kind in BuiltInSchema.Kinds)
        {
            string[] header = Rfc4180.Parse(System.Text.Encoding.UTF8.GetString(files[kind.Section + ".csv"].ToArray()))[0];
            foreach (SchemaField field in kind.Record.Fields.Where(f => !f.ChoosesRecordType))
            {
                // In the JSON, on every record that has a value (an absent optional value is left out, a false flag too).
                string name = JsonExporter.NameOf(kind.Name, field.Key);
                foreach (JsonElement record in root.GetProperty(kind.Section).EnumerateArray())
                {
                    string id = record.GetProperty("id").GetString()!;
                    FactField walked = (kind.Name == "document" ? Dataset.Catalog.Fields(Dataset.Catalog.FindDocument(id)!) : Dataset.Catalog.Fields(Dataset.Catalog.Find(id)!))
                        .SingleOrDefault(f => f.Key == field.Key);
                    if (walked.Key is not null && !walked.IsEmpty && walked.Value is not false)
                    {
                        Assert.True(record.TryGetProperty(name, out _), $"{kind.Name}.{field.Key} is not in the JSON of {id}");
                    }
                }

                // In the CSV, as a column (names, renderings and evidence as their own columns and files).
                string column = field.Type switch
                {
                    SchemaFieldType.Names => "name",
                    SchemaFieldType.Records when field.Items == BuiltInSchema.Rendering => "languages",
                    SchemaFieldType.Records => "id",
                    _ => CsvExporter.ColumnName(kind.Name, field.Key),
                };
                Assert.Contains(column, header);
            }
        }
    }
}
