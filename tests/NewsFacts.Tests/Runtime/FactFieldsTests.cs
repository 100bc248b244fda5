using NewsFacts.Internal;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Runtime;

/// <summary>
/// <see cref="FactCatalog.Fields(Fact)"/>: the walk over any record's fields that the exports and <c>show</c> are
/// written on. The fields come from the description of each kind (BuiltInSchema), the same one the row reader decodes
/// the records by, so the walk and the typed records agree; declared kinds are walked alike.
/// </summary>
public class FactFieldsTests
{
    private static FactCatalog Catalog => Dataset.Catalog;

    [Fact]
    public void Every_built_in_kind_lists_the_fields_of_its_description_in_order()
    {
        foreach (SchemaKind kind in BuiltInSchema.Kinds)
        {
            string[] described = kind.Record.Fields.Where(f => !f.ChoosesRecordType).Select(f => f.Key).ToArray();
            Assert.Equal(described, Catalog.FieldsOf(kind.Name).Select(f => f.Key));
            Assert.All(Catalog.FieldsOf(kind.Name), f => Assert.Null(f.Value));
        }

        // A field only some entity kinds have is listed for those only.
        Assert.Contains("iso", Catalog.FieldsOf("country").Select(f => f.Key));
        Assert.DoesNotContain("iso", Catalog.FieldsOf("person").Select(f => f.Key));
        Assert.Empty(Catalog.FieldsOf("no-such-kind"));
    }

    [Fact]
    public void The_fields_of_every_fact_and_document_agree_with_its_typed_record()
    {
        foreach (Fact fact in Catalog.Facts)
        {
            IReadOnlyList<FactField> fields = Catalog.Fields(fact);
            Assert.Equal(Catalog.FieldsOf(JsonKind(fact)).Select(f => (f.Key, f.Type)), fields.Select(f => (f.Key, f.Type)));
            Assert.Equal(fact.Id, Value(fields, "id"));
            Assert.Equal(fact.Description, Value(fields, "description"));
            Assert.Same(fact.Evidence, Value(fields, "evidence"));
            switch (fact)
            {
                case Entity e:
                    Assert.Equal(e.Names, Value(fields, "names"));
                    Assert.Equal(e.Aliases, Value(fields, "aliases"));
                    Assert.Equal(e.IsAmbiguous, Value(fields, "ambiguous"));
                    Assert.Equal((e as Country)?.Iso, e is Country ? Value(fields, "iso") : null);
                    break;
                case Event e:
                    Assert.Equal(e.EventKind, Value(fields, "kind"));
                    Assert.Equal(e.Status.ToString().ToLowerInvariant(), Value(fields, "status"));
                    Assert.Equal(e.Start, (FactDate?)Value(fields, "start"));
                    Assert.Equal(e.DateWording, Value(fields, "dateWording"));
                    Assert.Same(e.Place, Value(fields, "place"));
                    Assert.Equal(e.Participants, (IEnumerable<Fact>)Value(fields, "participants")!);
                    break;
                case Relation r:
                    Assert.Same(r.Subject, Value(fields, "subject"));
                    Assert.Same(r.Object, Value(fields, "object"));
                    Assert.Equal(r.Predicate.ToString().ToLowerInvariant(), Value(fields, "predicate"));
                    break;
                case Statement s:
                    Assert.Same(s.Speaker, Value(fields, "speaker"));
                    Assert.Same(s.Occasion, Value(fields, "event"));
                    Assert.Equal(s.Renderings, Value(fields, "renderings"));
                    break;
                case Claim c:
                    Assert.Equal(c.Text, Value(fields, "text"));
                    Assert.Equal(c.Holders, (IEnumerable<Fact>)Value(fields, "holders")!);
                    break;
                case Discrepancy d:
                    Assert.Equal(d.DiscrepancyKind.ToString().ToLowerInvariant(), Value(fields, "kind"));
                    Assert.Equal(d.Reading, Value(fields, "reading"));
                    Assert.Equal(d.About, (IEnumerable<Fact>)Value(fields, "about")!);
                    break;
            }
        }

        foreach (Document d in Catalog.Documents)
        {
            IReadOnlyList<FactField> fields = Catalog.Fields(d);
            // Each property named by the description, so a field added to Document needs no edit here.
            Assert.Equal(BuiltInSchema.Document.Record.Fields.Select(f => typeof(Document).GetProperty(f.MemberName)!.GetValue(d)), fields.Select(f => f.Value));
        }
    }

    [Fact]
    public void A_copy_made_with_with_is_not_a_record_of_the_catalog()
    {
        Person putin = People.VladimirPutin;

        Assert.NotEmpty(Catalog.Fields(putin));
        Assert.Throws<ArgumentException>(() => Catalog.Fields(putin with { Description = "a copy" }));
    }

    [Fact]
    public void A_declared_kind_lists_the_fields_every_custom_fact_has_then_its_own_with_their_values_from_the_generated_table()
    {
        const string yaml = """
            schema: 1
            kinds:
              - name: missile
                fields:
                  - { name: range-km, type: number }
                  - { name: maker, type: reference, refersTo: country }
                  - { name: first-flight, type: date }
                  - { name: nicknames, type: list }
                  - { name: operational, type: flag }
                  - { name: successor, type: reference, refersTo: missile }
            documents:
              - { id: doc-1, language: en, title: Notes }
            missiles:
              - { id: hwasong-18, names: { en: Hwasong-18 }, range-km: 15000, maker: north-korea, first-flight: 2023-04-13, nicknames: [HS-18], operational: true, successor: hwasong-18, evidence: [{ document: doc-1, quote: x, start: 0 }] }
            """;
        GeneratorRun run = GeneratorHarness.Run(new[] { ("missiles.facts.yaml", yaml) }, "Consumer.Facts", "class Program { }");
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        var catalog = (FactCatalog)run.Load().GetType("Consumer.Facts.Dataset")!.GetProperty("Catalog")!.GetValue(null)!;
        Fact missile = catalog.Find("hwasong-18")!;

        IReadOnlyList<FactField> fields = catalog.Fields(missile);

        Assert.Equal(new[] { "missile" }, catalog.CustomKindNames);
        Assert.Equal(
            new[] { "id", "names", "aliases", "description", "evidence", "range-km", "maker", "first-flight", "nicknames", "operational", "successor" },
            fields.Select(f => f.Key));
        Assert.Equal(catalog.FieldsOf("missile").Select(f => (f.Key, f.Type)), fields.Select(f => (f.Key, f.Type)));
        Assert.Equal(15000L, Value(fields, "range-km"));
        Assert.Same(Dataset.Catalog.Find("north-korea"), Value(fields, "maker"));
        Assert.Equal(FactDate.Parse("2023-04-13"), Value(fields, "first-flight"));
        Assert.Equal(new[] { "HS-18" }, (IEnumerable<string>)Value(fields, "nicknames")!);
        Assert.Equal(true, Value(fields, "operational"));
        Assert.Same(missile, Value(fields, "successor"));
        Assert.Equal(FactFieldType.Reference, fields.Single(f => f.Key == "successor").Type);

        // A record of a dataset this one refers to is walked through it too.
        Assert.Equal(Dataset.Catalog.Fields(People.VladimirPutin).Select(f => f.Key), catalog.Fields(People.VladimirPutin).Select(f => f.Key));
    }

    private static string JsonKind(Fact fact) => fact.Kind.ToString().ToLowerInvariant();

    private static object? Value(IReadOnlyList<FactField> fields, string key) => fields.Single(f => f.Key == key).Value;
}
