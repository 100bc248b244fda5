using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using NewsFacts.Generator.Emit;
using NewsFacts.Generator.Model;
using NewsFacts.Generator.Parsing;
using NewsFacts.Generator.Validation;
using NewsFacts.Internal;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Generator;

/// <summary>
/// Each stage alone, without the driver: the emitter writes a model built by hand (no YAML, no validation), the
/// validator judges parsed files (no emitter). The values are made in <see cref="Stages"/> only, so a change to the
/// model's types is one edit there.
/// </summary>
public class StageTests
{
    [Fact]
    public void The_emitter_alone_writes_a_hand_built_model_that_compiles()
    {
        EmitModel model = Stages.Model(
            Stages.Document("notes", "Notes on a visit"),
            Stages.Person("grace-hopper", "Grace Hopper", "A rear admiral.", Stages.Quote("notes", "Grace Hopper", 0)),
            Stages.Event("grace-visits-harvard", "visit", "Grace visits Harvard", new[] { "grace-hopper" }, Stages.Quote("notes", "visited Harvard", 13)));

        Dictionary<string, string> sources = DatasetEmitter.Emit(model).ToDictionary(s => s.HintName, s => s.Source);

        // A model built by hand has no split per file: it is emitted as one file, "facts".
        Assert.Equal(
            new[] { "Dataset.g.cs", "Documents.g.cs", "Events.g.cs", "FactIds.g.cs", "Facts.facts.g.cs", "People.g.cs" },
            sources.Keys.Order(StringComparer.Ordinal));
        Snapshot.Verify("HandBuilt.Facts", SnapshotTests.ScrubVersion(sources["Facts.facts.g.cs"]));
        Compilation compilation = GeneratorHarness.CreateCompilation("class Program { }")
            .AddSyntaxTrees(sources.Values.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.CSharp12))));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void The_validator_alone_keeps_valid_records_sorted_by_id_and_leaves_out_what_refers_to_an_unknown_id()
    {
        FactsFile file = Stages.Parsed("""
            schema: 1
            documents:
              - { id: notes, language: en, title: Notes }
            entities:
              - { id: zed, kind: person, names: { en: Zed }, evidence: [{ document: notes, quote: Zed, start: 0 }] }
              - { id: amy, kind: person, names: { en: Amy }, evidence: [{ document: notes, quote: Amy, start: 4 }] }
            events:
              - { id: meeting, kind: meeting, participants: [amy, bob], evidence: [{ document: notes, quote: Zed, start: 0 }] }
            statements:
              - { id: amy-at-the-meeting, speaker: amy, event: meeting, renderings: [{ language: en, document: notes, text: Amy, start: 4 }] }
            """);

        ValidationResult result = Stages.Validate(file);

        Assert.Equal(new[] { ("NF0007", "event 'meeting', participants[1]", "bob") }, result.Diagnostics.Select(d => (d.Id, d.Arguments[0], d.Arguments[1])));
        EmitModel model = Assert.IsType<EmitModel>(result.Model);
        Assert.Equal("Stage.Facts", model.Namespace);
        Assert.Equal(new[] { "amy", "zed" }, model.Dataset.Of("entity").Select(e => e.Id));
        Assert.Empty(model.Dataset.Of("event"));  // refers to an unknown id
        Assert.Empty(model.Dataset.Of("statement"));  // refers to a record left out
        Assert.Empty(model.Referenced);
    }

    [Fact]
    public void The_validator_alone_takes_NewsFacts_ids_it_is_given_and_says_the_model_refers_to_them()
    {
        FactsFile file = Stages.Parsed("""
            schema: 1
            documents:
              - { id: notes, language: en, title: Notes }
            events:
              - { id: meeting, kind: meeting, participants: [vladimir-putin], evidence: [{ document: notes, quote: x, start: 0 }] }
            """);

        ValidationResult with = Stages.Validate(file, new ExternalId("vladimir-putin", "person"));
        ValidationResult without = Stages.Validate(file);

        Assert.Empty(with.Diagnostics);
        Assert.Equal("NewsFacts", Assert.Single(with.Model!.Referenced).Name);
        Assert.Equal("NF0007", Assert.Single(without.Diagnostics).Id);
    }

    [Fact]
    public void The_validator_alone_reports_two_ids_that_would_make_one_member_name()
    {
        FactsFile file = Stages.Parsed("""
            schema: 1
            documents:
              - { id: notes, language: en, title: Notes }
            entities:
              - { id: ada-king, kind: person, names: { en: Ada King }, evidence: [{ document: notes, quote: x, start: 0 }] }
              - { id: ada.king, kind: person, names: { en: Ada King II }, evidence: [{ document: notes, quote: x, start: 0 }] }
            """);

        ValidationResult result = Stages.Validate(file);

        DiagnosticInfo collision = Assert.Single(result.Diagnostics, d => d.Id == "NF0015");
        Assert.Contains("People.AdaKing", collision.Arguments);
    }
}

/// <summary>The pipeline's values made by hand for <see cref="StageTests"/>: the one place that knows their constructors.</summary>
internal static class Stages
{
    public const string Namespace = "Stage.Facts";

    public static EmitModel Model(params RecordSpec[] records) =>
        new(Namespace, new DatasetSpec(default, records.ToEquatableArray()));

    public static RecordSpec Document(string id, string title) =>
        Record(BuiltInSchema.Document, id, ("language", FieldValue.Text("en")), ("title", FieldValue.Text(title)));

    public static RecordSpec Person(string id, string name, string? description, params FieldValue[] evidence) =>
        Record(BuiltInSchema.Entity, id, ("kind", FieldValue.Text("person")), ("names", FieldValue.List(new[] { "en", name })), ("description", FieldValue.Text(description)), ("evidence", Evidence(evidence)));

    public static RecordSpec Event(string id, string kind, string name, string[] participants, params FieldValue[] evidence) =>
        Record(BuiltInSchema.Event, id, ("kind", FieldValue.Text(kind)), ("status", FieldValue.Text("occurred")), ("names", FieldValue.List(new[] { "en", name })), ("participants", FieldValue.List(participants)), ("evidence", Evidence(evidence)));

    /// <summary>One evidence item: its values in the order of the description's evidence fields.</summary>
    public static FieldValue Quote(string document, string quote, int start) =>
        FieldValue.Records(new[] { Fields(BuiltInSchema.EvidenceItem, ("document", FieldValue.Text(document)), ("quote", FieldValue.Text(quote)), ("start", FieldValue.Text(start.ToString(System.Globalization.CultureInfo.InvariantCulture)))) });

    private static FieldValue Evidence(FieldValue[] items) => FieldValue.Records(items.SelectMany(i => i.SubRecords).ToArray());

    private static RecordSpec Record(SchemaKind kind, string id, params (string Key, FieldValue Value)[] values) =>
        new(kind.Name, id, Fields(kind.Record, values.Prepend(("id", FieldValue.Text(id))).ToArray()));

    // A record's values in its description's field order; a field not given has no value.
    private static EquatableArray<FieldValue> Fields(SchemaRecord record, params (string Key, FieldValue Value)[] values)
    {
        var fields = new FieldValue[record.Fields.Count];
        foreach ((string key, FieldValue value) in values)
        {
            int index = KindSchemas.IndexOf(record, key);
            Assert.True(index >= 0, $"no field '{key}' in {record.Singular}");
            fields[index] = value;
        }

        return fields.ToEquatableArray();
    }

    /// <summary>A facts file as the parser reads it: the validator's input.</summary>
    public static FactsFile Parsed(string yaml) => FactsFileParser.Parse("stage.facts.yaml", SourceText.From(yaml), CancellationToken.None);

    /// <summary>The validator on <paramref name="file"/> alone, with no document texts, and NewsFacts' ids as <paramref name="newsFacts"/>.</summary>
    public static ValidationResult Validate(FactsFile file, params ExternalId[] newsFacts) =>
        DatasetValidator.Validate(ImmutableArray.Create(file), ImmutableArray<DocumentText>.Empty, NewsFactsDataset(newsFacts), new GeneratorOptions(Namespace, LanguageVersionTooLow: null), CancellationToken.None);

    // NewsFacts as one referenced dataset package with these ids (none: no package referenced).
    private static EquatableArray<ReferencedDatasetSpec> NewsFactsDataset(ExternalId[] ids) => ids.Length == 0
        ? default
        : new[] { new ReferencedDatasetSpec("NewsFacts", "1.0.0", "hash", "NewsFacts", default, default, ids.ToEquatableArray(), NewsFacts.Internal.FactTableFormat.Version) }.ToEquatableArray();
}
