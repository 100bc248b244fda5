using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsFacts.Generator.Model;
using NewsFacts.Generator.Parsing;
using NewsFacts.Internal;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Generator;

/// <summary>
/// The parser alone: every kind, built in or declared, is read through its description (BuiltInSchema,
/// DeclaredKindSchema) by one path. The YAML of these tests is made from the description too, so a field added to
/// it is checked here without a test to edit.
/// </summary>
public class RecordParserTests
{
    public static TheoryData<string> KindNames() => new(BuiltInSchema.Kinds.Select(k => k.Name));

    private static SchemaKind Kind(string name) => BuiltInSchema.Kinds.Single(k => k.Name == name);

    [Theory]
    [MemberData(nameof(KindNames))]
    public void A_record_with_every_key_of_its_kind_is_read_whole_into_the_fields_of_its_description(string name)
    {
        SchemaKind kind = Kind(name);
        FactsFile file = Parse("schema: 1\n" + kind.Section + ":\n  - " + Mapping(kind.Record, "x-1", indent: "    ", first: true));

        Assert.Empty(file.Diagnostics);
        Located<RecordSpec> located = Assert.Single(file.Records);
        RecordSpec record = located.Value;
        Assert.Equal((kind.Name, "x-1"), (record.Kind, record.Id));
        Assert.Equal(kind.Record.Fields.Count, record.Values.Count);
        for (int i = 0; i < kind.Record.Fields.Count; i++)
        {
            SchemaField field = kind.Record.Fields[i];
            Assert.False(record[i].IsNone, $"{kind.Name}.{field.Key} was not read");
            if (field.Items is { } items)
            {
                Assert.Equal(items.Fields.Count, Assert.Single(record[i].SubRecords).Count);
                for (int f = 0; f < items.Fields.Count; f++)
                {
                    // A computed value (an evidence item's prefix) is no author's key: the validator fills it in.
                    Assert.Equal(items.Fields[f].Computed, record[i].SubRecords[0][f].IsNone);
                }
            }
        }

        Assert.False(located.Source.HasErrors);
    }

    [Fact]
    public void A_declared_kind_is_read_by_the_same_path_into_the_fields_of_its_description()
    {
        const string Yaml = """
            schema: 1
            kinds:
              - name: missile
                fields:
                  - { name: range-km, type: number, required: true }
                  - { name: maker, type: reference, refersTo: country }
                  - { name: first-tested, type: date }
                  - { name: nuclear-capable, type: flag }
                  - { name: other-names, type: list }
                  - { name: used-by, type: references, refersTo: entity }
                  - { name: notes, type: text }
            missiles:
              - id: kn-23
                names: { ko: 화성-11, en: KN-23 }
                aliases: [Iskander-like]
                description: A short-range missile.
                evidence: [{ document: doc-1, quote: KN-23, start: 007 }]
                range-km: -690
                maker: north-korea
                first-tested: 2019-05
                nuclear-capable: yes
                other-names: [Hwasong-11]
                used-by: [russia, north-korea]
                notes: Tested in 2019.
            """;

        FactsFile file = Parse(Yaml);

        Assert.Empty(file.Diagnostics);
        KindSpec declared = Assert.Single(file.Kinds).Value;
        SchemaKind kind = DeclaredKindSchema.Describe(declared);
        RecordSpec record = Assert.Single(file.Records).Value;
        Assert.Equal(("missile", "kn-23"), (record.Kind, record.Id));
        Assert.Equal(kind.Record.Fields.Count, record.Values.Count);
        string?[] texts = record.Values.Select(v => v.AsText).ToArray();
        Assert.Equal(new[] { "kn-23", null, null, "A short-range missile.", null, "-690", "north-korea", "2019-05", "1", null, null, "Tested in 2019." }, texts);
        Assert.Equal(new[] { "en", "KN-23", "ko", "화성-11" }, record[KindSchemas.IndexOf(kind.Record, "names")].Items);
        Assert.Equal(new[] { "Iskander-like" }, record[KindSchemas.IndexOf(kind.Record, "aliases")].Items);
        Assert.Equal(new[] { "russia", "north-korea" }, record[KindSchemas.IndexOf(kind.Record, "used-by")].Items);

        // An evidence item is a sub-record in the order of its description; an offset is kept as its number.
        EquatableArray<FieldValue> evidence = Assert.Single(record[KindSchemas.IndexOf(kind.Record, "evidence")].SubRecords);
        // Its prefix and suffix are the validator's to compute: the parser leaves them missing.
        Assert.Equal(new[] { "doc-1", "KN-23", "7", null, null }, evidence.Select(v => v.AsText));
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void The_parser_accepts_exactly_the_keys_of_the_description(string name)
    {
        SchemaKind kind = Kind(name);
        string[] own = kind.Record.Keys();
        string[] others = BuiltInSchema.Kinds.SelectMany(k => k.Record.Keys())
            .Concat(BuiltInSchema.EvidenceItem.Keys()).Concat(BuiltInSchema.Rendering.Keys())
            .Distinct(StringComparer.Ordinal).Except(own, StringComparer.Ordinal).Append("colour").ToArray();
        var yaml = new StringBuilder("schema: 1\n" + kind.Section + ":\n  - " + Mapping(kind.Record, "x-1", indent: "    ", first: true));
        foreach (string key in others)
        {
            yaml.Append("    ").Append(key).Append(": x\n");
        }

        FactsFile file = Parse(yaml.ToString());

        // Every key of the description is read (the record is whole), every other key is NF0005.
        Assert.All(file.Diagnostics, d => Assert.Equal("NF0005", d.Id));
        Assert.Equal(others.Order(StringComparer.Ordinal), file.Diagnostics.Select(d => d.Arguments[0]).Order(StringComparer.Ordinal));
        Assert.All(Assert.Single(file.Records).Value.Values, value => Assert.False(value.IsNone));
    }

    [Theory]
    [InlineData("an evidence item", "evidence")]
    [InlineData("a rendering", "renderings")]
    public void A_sub_record_accepts_exactly_the_keys_of_its_description(string singular, string field)
    {
        SchemaField list = BuiltInSchema.Kinds.SelectMany(k => k.Record.Fields).First(f => f.Key == field);
        SchemaRecord items = list.Items!;
        Assert.Equal(singular, items.Singular);
        SchemaKind kind = BuiltInSchema.Kinds.First(k => k.Record.Fields.Contains(list));
        string record = Mapping(kind.Record, "x-1", indent: "    ", first: true);
        string yaml = "schema: 1\n" + kind.Section + ":\n  - " + record.Replace(field + ": [{ ", field + ": [{ page: 3, ", StringComparison.Ordinal);

        FactsFile file = Parse(yaml);

        DiagnosticInfo unknown = Assert.Single(file.Diagnostics);
        Assert.Equal(("NF0005", "page", singular), (unknown.Id, unknown.Arguments[0], unknown.Arguments[1]));
    }

    [Theory]
    [InlineData("evidence", "prefix")]
    [InlineData("evidence", "suffix")]
    [InlineData("renderings", "prefix")]
    public void A_computed_field_is_no_key_an_author_may_write(string field, string key)
    {
        SchemaField list = BuiltInSchema.Kinds.SelectMany(k => k.Record.Fields).First(f => f.Key == field);
        Assert.True(list.Items!.Fields.Single(f => f.Key == key).Computed);
        SchemaKind kind = BuiltInSchema.Kinds.First(k => k.Record.Fields.Contains(list));
        string record = Mapping(kind.Record, "x-1", indent: "    ", first: true);
        string yaml = "schema: 1\n" + kind.Section + ":\n  - " + record.Replace(field + ": [{ ", field + ": [{ " + key + ": made up, ", StringComparison.Ordinal);

        FactsFile file = Parse(yaml);

        DiagnosticInfo unknown = Assert.Single(file.Diagnostics);
        Assert.Equal(("NF0005", key), (unknown.Id, unknown.Arguments[0]));
        RecordSpec read = Assert.Single(file.Records).Value;
        int at = kind.Record.Fields.ToList().IndexOf(list);
        Assert.True(read[at].SubRecords[0][KindSchemas.IndexOf(list.Items!, key)].IsNone);
    }

    [Fact]
    public void A_required_list_without_items_is_a_missing_field_and_the_record_is_left_out()
    {
        string yaml = "schema: 1\nstatements:\n  - id: s\n    speaker: ada\n    renderings: []\n";

        FactsFile file = Parse(yaml);

        DiagnosticInfo missing = Assert.Single(file.Diagnostics);
        Assert.Equal(("NF0004", "a statement 's'", "renderings"), (missing.Id, missing.Arguments[0], missing.Arguments[1]));
        Assert.Empty(file.Records);
    }

    [Fact]
    public void Each_record_carries_where_it_was_read_from()
    {
        FactsFile file = Parse(TestYaml.Small);
        string text = TestYaml.Small.ReplaceLineEndings("\n");

        Assert.Equal(text.Split("- id: ").Length - 1, file.Records.Count);
        foreach (Located<RecordSpec> record in file.Records)
        {
            // A record's mapping starts at its id (every record of the file is written "- id: …" first).
            Assert.Equal("id: " + record.Value.Id, text.Substring(record.Source.Offset, 4 + record.Value.Id.Length));
            Assert.True(record.Source.FieldCount > 0, record.Value.Id);
        }

        // The records' places do not overlap and follow the parser's order within each section.
        Assert.Equal(file.Records.Count, file.Records.Select(r => r.Source.FirstField).Distinct().Count());
    }

    [Fact]
    public void A_declared_kind_named_like_a_built_in_section_is_rejected_without_taking_that_sections_records()
    {
        string yaml = TestYaml.Small.Replace("schema: 1\n", "schema: 1\nkinds:\n  - name: happening\n    plural: events\n    fields: []\n", StringComparison.Ordinal);

        GeneratorRun run = GeneratorHarness.Run(("a.facts.yaml", yaml));

        // The events stay events (no NF0005 for their keys as a happening's); the kind alone is reported.
        Diagnostic rejected = Assert.Single(run.Diagnostics);
        Assert.Equal("NF0024", rejected.Id);
        Assert.Contains("its section 'events' exists already", rejected.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("AdaVisitsLondon", run.Class("Events"), StringComparison.Ordinal);
    }

    private static FactsFile Parse(string yaml) => FactsFileParser.Parse("a.facts.yaml", SourceText.From(yaml), CancellationToken.None);

    // A block mapping with a valid value for every field of the description, made from its types.
    private static string Mapping(SchemaRecord record, string id, string indent, bool first)
    {
        var yaml = new StringBuilder();
        foreach (SchemaField field in record.Fields.Where(f => !f.Computed))
        {
            yaml.Append(first ? string.Empty : indent).Append(field.Key).Append(": ").Append(Value(field, id)).Append('\n');
            first = false;
        }

        return yaml.ToString();
    }

    private static string Value(SchemaField field, string id) => field.Type switch
    {
        SchemaFieldType.Id => id,
        SchemaFieldType.Code => "en",
        SchemaFieldType.Names => "{ en: A name }",
        SchemaFieldType.Date => "2024-06",
        SchemaFieldType.Offset => "12",
        SchemaFieldType.WholeNumber => "-3",
        SchemaFieldType.Flag => "true",
        SchemaFieldType.Word => field.Words!.Words[field.Words.Words.Count - 1].Value,
        SchemaFieldType.Reference => "ref-1",
        SchemaFieldType.References => "[ref-1, ref-2]",
        SchemaFieldType.TextList => "[one, two]",
        SchemaFieldType.Records => "[{ " + string.Join(", ", field.Items!.Fields.Where(f => !f.Computed).Select(f => f.Key + ": " + Value(f, id))) + " }]",
        _ => "\"Some text.\"",
    };
}
