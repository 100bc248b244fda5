namespace NewsFacts.Tests.Runtime;

/// <summary>The built-in dataset as a consumer sees it: typed members, lookups by id and by any name.</summary>
public class CatalogTests
{
    private static FactCatalog Catalog => Dataset.Catalog;

    [Theory]
    [InlineData("Vladimir Putin")]
    [InlineData("poutine")]
    [InlineData("POUTINE")]
    [InlineData("Vladimir Poutine")]
    [InlineData("vladimir-putin")]
    [InlineData("  M.  Poutine ")]
    [InlineData("Владимир Путин")]
    public void Any_name_of_Putin_finds_Putin(string name)
    {
        Entity? found = Catalog.FindEntity(name);

        Assert.Same(People.VladimirPutin, found);
    }

    [Fact]
    public void Kim_Jong_Un_is_found_whatever_the_hyphens_and_case()
    {
        Assert.Same(People.KimJongUn, Catalog.FindEntity("kim jong-un"));
        Assert.Same(People.KimJongUn, Catalog.FindEntity("Kim Jong Un"));
        Assert.Same(People.KimJongUn, Catalog.FindEntity("KIM-JONG-UN"));
    }

    [Fact]
    public void Unknown_names_and_ids_find_nothing()
    {
        Assert.Null(Catalog.FindEntity("Napoleon"));
        Assert.Empty(Catalog.FindByName("Napoleon"));
        Assert.Null(Catalog.Find("vladimr-putin"));
        Assert.False(Catalog.TryFind<Person>("russia", out _));
    }

    [Fact]
    public void Lookup_by_id_returns_the_same_record_as_the_typed_member()
    {
        Assert.Same(People.VladimirPutin, Catalog.Find(FactIds.People.VladimirPutin));
        Assert.Same(Countries.Russia, Catalog.Find<Country>("russia"));
        Assert.True(Catalog.TryFind<Event>(FactIds.Events.PutinStateVisitToNorthKorea, out Event? visit));
        Assert.Same(Events.PutinStateVisitToNorthKorea, visit);
    }

    [Fact]
    public void The_state_visit_has_typed_participants_place_and_dates()
    {
        Event visit = Events.PutinStateVisitToNorthKorea;

        Assert.Contains(People.VladimirPutin, visit.Participants);
        Assert.Contains(People.KimJongUn, visit.Participants);
        Assert.Same(Places.Pyongyang, visit.Place);
        Assert.Equal("2024-06-18", visit.Start.ToString());
        Assert.Equal("2024-06-19", visit.End.ToString());
        Assert.Equal(DatePrecision.Day, visit.Start!.Value.Precision);
    }

    [Fact]
    public void Enumeration_per_kind_holds_only_that_kind_ordered_by_id()
    {
        Assert.All(Catalog.People, p => Assert.IsType<Person>(p));
        Assert.All(Catalog.Countries, c => Assert.Matches("^[A-Z]{2}$", c.Iso));
        Assert.Contains(Countries.NorthKorea, Catalog.Countries);
        Assert.Equal(Catalog.Events.Select(e => e.Id).OrderBy(i => i, StringComparer.Ordinal), Catalog.Events.Select(e => e.Id));
        Assert.Equal(Catalog.Entities.Count, Catalog.People.Count + Catalog.Countries.Count + Catalog.Organizations.Count + Catalog.Places.Count + Catalog.Groups.Count);
    }

    [Fact]
    public void Records_are_immutable_values()
    {
        Person putin = People.VladimirPutin;
        Person copy = putin with { };
        Person renamed = putin with { Description = "changed" };

        Assert.Equal(putin, copy);
        Assert.NotEqual(putin, renamed);
        Assert.Equal("changed", renamed.Description);
        Assert.NotEqual("changed", People.VladimirPutin.Description);
        Assert.DoesNotContain(typeof(Person).GetProperties(), p => p.SetMethod is { IsPublic: true } && !p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any());
    }

    [Fact]
    public void Every_fact_carries_evidence_and_every_document_is_a_corpus_file()
    {
        Assert.All(Catalog.Facts, f => Assert.NotEmpty(f.Evidence));
        Assert.All(Catalog.Documents, d => Assert.True(File.Exists(Path.Combine(Infrastructure.RepoPaths.Corpus, d.Id + ".txt")), d.Id));
    }

    [Fact]
    public void Concurrent_first_access_yields_one_instance_per_fact()
    {
        var catalog = new FactCatalog(new ReflectedTables());
        Entity[] seen = new Entity[16];
        Parallel.For(0, seen.Length, i => seen[i] = catalog.FindEntity("vladimir-putin")!);

        Assert.All(seen, e => Assert.Same(seen[0], e));
        Assert.Equal(People.VladimirPutin, seen[0]);
    }

    [Fact]
    public void Tables_given_neither_whole_nor_in_segments_are_an_error_not_an_endless_recursion()
    {
        // The default table properties join the segments, and the default segment is the property: a subclass must
        // override one of the two.
        var catalog = new FactCatalog(new NoTables());

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => catalog.Find("vladimir-putin"));
        Assert.Contains(nameof(NoTables), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_segmented_table_read_whole_is_its_segments_joined()
    {
        var tables = (FactTables)Activator.CreateInstance(typeof(Dataset).GetNestedType("Tables", System.Reflection.BindingFlags.NonPublic)!)!;

        byte[] joined = Enumerable.Range(0, tables.SegmentCount(FactTables.EntityTable)).SelectMany(s => tables.Segment(FactTables.EntityTable, s).ToArray()).ToArray();
        Assert.NotEmpty(joined);
        Assert.Equal(joined, tables.Entities.ToArray());
    }

    private sealed class NoTables : FactTables
    {
        public NoTables()
            : base(NewsFacts.Internal.FactTableFormat.Version)
        {
        }
    }

    // A second catalog over the same compiled tables, so first access can be raced in a fresh catalog.
    private sealed class ReflectedTables() : FactTables(NewsFacts.Internal.FactTableFormat.Version)
    {
        private static readonly FactTables Inner = (FactTables)Activator.CreateInstance(typeof(Dataset).GetNestedType("Tables", System.Reflection.BindingFlags.NonPublic)!)!;

        public override ReadOnlySpan<byte> Documents => Inner.Documents;

        public override ReadOnlySpan<byte> Entities => Inner.Entities;

        public override ReadOnlySpan<byte> Events => Inner.Events;

        public override ReadOnlySpan<byte> Relations => Inner.Relations;

        public override ReadOnlySpan<byte> Statements => Inner.Statements;

        public override ReadOnlySpan<byte> Claims => Inner.Claims;

        public override ReadOnlySpan<byte> Discrepancies => Inner.Discrepancies;
    }
}
