using System.Reflection;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Runtime;

/// <summary>
/// Once a fact and the facts it refers to have been read, reading them again allocates nothing: lookups by id, typed
/// members, single references and lists of references. Measured with the thread's allocation counter, not a clock.
/// </summary>
public class WarmAccessTests
{
    [Fact]
    public void Warm_lookups_and_warm_reads_of_references_allocate_nothing()
    {
        // Enough reads for the catalog to have built its id index (after 32 lookups) before measuring.
        for (int i = 0; i < 40; i++)
        {
            ReadTheBuiltInDataset();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        int read = 0;
        for (int i = 0; i < 100; i++)
        {
            read += ReadTheBuiltInDataset();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(read > 0);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Warm_enumeration_of_every_list_of_kinds_allocates_nothing()
    {
        FactCatalog catalog = Dataset.Catalog;
        var lists = new (string Name, Func<FactCatalog, int> Read)[]
        {
            ("Documents", c => { int n = 0; foreach (Document x in c.Documents) { n += x.Id.Length; } return n; }),
            ("Entities", c => { int n = 0; foreach (Entity x in c.Entities) { n += x.Id.Length; } return n; }),
            ("People", c => { int n = 0; foreach (Person x in c.People) { n += x.Id.Length; } return n; }),
            ("Countries", c => { int n = 0; foreach (Country x in c.Countries) { n += x.Id.Length; } return n; }),
            ("Organizations", c => { int n = 0; foreach (Organization x in c.Organizations) { n += x.Id.Length; } return n; }),
            ("Places", c => { int n = 0; foreach (Place x in c.Places) { n += x.Id.Length; } return n; }),
            ("Groups", c => { int n = 0; foreach (Group x in c.Groups) { n += x.Id.Length; } return n; }),
            ("Events", c => { int n = 0; foreach (Event x in c.Events) { n += x.Id.Length; } return n; }),
            ("Relations", c => { int n = 0; foreach (Relation x in c.Relations) { n += x.Id.Length; } return n; }),
            ("Statements", c => { int n = 0; foreach (Statement x in c.Statements) { n += x.Id.Length; } return n; }),
            ("Claims", c => { int n = 0; foreach (Claim x in c.Claims) { n += x.Id.Length; } return n; }),
            ("Discrepancies", c => { int n = 0; foreach (Discrepancy x in c.Discrepancies) { n += x.Id.Length; } return n; }),
            ("Custom", c => { int n = 0; foreach (CustomFact x in c.Custom("no-such-kind")) { n += x.Id.Length; } return n; }),
        };

        var allocating = new List<string>();
        foreach ((string name, Func<FactCatalog, int> read) in lists)
        {
            // Warm: every record decoded, every list made.
            read(catalog);
            read(catalog);
            long before = GC.GetAllocatedBytesForCurrentThread();
            int length = 0;
            for (int i = 0; i < 100; i++)
            {
                length += read(catalog);
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(length > 0 || name == "Custom", name + " is empty");
            if (allocated != 0)
            {
                allocating.Add($"{name}: {allocated} B");
            }
        }

        Assert.Empty(allocating);
    }

    [Fact]
    public void A_list_of_kinds_is_made_once_and_holds_the_catalogs_instances_whichever_way_it_is_read()
    {
        FactCatalog catalog = Dataset.Catalog;

        Assert.Same(catalog.Events, catalog.Events);
        Assert.Same(catalog.People, catalog.People);
        Assert.Same(catalog.Custom("no-such-kind"), catalog.Custom("no-such-kind"));
        Assert.Empty(catalog.Custom("no-such-kind"));
        Assert.Equal(catalog.Events.Select(e => e.Id), ((IEnumerable<Event>)catalog.Events).Select(e => e.Id));
        for (int i = 0; i < catalog.People.Count; i++)
        {
            Assert.Same(catalog.Find(catalog.People[i].Id), catalog.People[i]);
            Assert.Same(catalog.Entities.Single(e => e.Id == catalog.People[i].Id), catalog.People[i]);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => catalog.Events[catalog.Events.Count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => catalog.Events[-1]);
    }

    [Fact]
    public void Warm_reads_of_the_references_of_a_declared_kind_allocate_nothing()
    {
        const string Code = """
            namespace Consumer.Facts;
            public static class Probe
            {
                public static long Run()
                {
                    for (int i = 0; i < 40; i++)
                    {
                        Read();
                    }
                    long before = System.GC.GetAllocatedBytesForCurrentThread();
                    int read = 0;
                    for (int i = 0; i < 100; i++)
                    {
                        read += Read();
                    }

                    long allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;
                    return read > 0 ? allocated : -1;
                }

                private static int Read()
                {
                    int read = 0;
                    Unit a = Units.UnitA;
                    read += a.Parent!.Parent!.Id.Length + a.Head.Id.Length + a.Members[1].Id.Length;
                    foreach (Unit member in a.Members)
                    {
                        read += member.Id.Length;
                    }

                    read += Units.UnitB.Topic!.Id.Length + Discrepancies.DisagreementA.About[1].Id.Length;
                    read += Dataset.Catalog.Find("unit-self")!.Id.Length;
                    foreach (NewsFacts.CustomFact unit in Dataset.Catalog.Custom("unit"))
                    {
                        read += unit.Id.Length;
                    }

                    return read;
                }
            }
            """;

        GeneratorRun run = GeneratorHarness.Run(new[] { ("cycles.facts.yaml", ReferenceCycleTests.CyclesYaml) }, "Consumer.Facts", Code);

        Assert.Empty(run.CompilationProblems);
        MethodInfo probe = run.Load().GetType("Consumer.Facts.Probe")!.GetMethod("Run")!;
        Assert.Equal(0L, (long)probe.Invoke(null, null)!);
    }

    [Fact]
    public void A_fact_prints_as_its_type_id_and_name_and_compares_its_references_by_id()
    {
        Event visit = Events.PutinStateVisitToNorthKorea;

        Assert.Equal("Person vladimir-putin (Vladimir Putin)", People.VladimirPutin.ToString());
        Assert.Equal("Event putin-state-visit-to-north-korea (" + visit.Name + ")", visit.ToString());
        Assert.Equal("Relation putin-president-of-russia", Relations.PutinPresidentOfRussia.ToString());
        Assert.Equal(visit, visit with { });
        Assert.Equal(visit.GetHashCode(), (visit with { }).GetHashCode());
        Assert.Equal(visit, visit with { Place = Places.Pyongyang, Participants = ValueList<Entity>.Create(visit.Participants) });
        Assert.NotEqual(visit, visit with { Place = null });
        Assert.NotEqual(visit, visit with { Participants = ValueList<Entity>.Empty });

        // A record made in code keeps the facts it is given.
        var made = new Relation("made", People.KimJongUn, RelationPredicate.Office, "leader", Countries.NorthKorea, null, null, ValueList<Entity>.Empty, null, ValueList<Factuality>.Empty, null, ValueList<Evidence>.Empty);
        Assert.Same(People.KimJongUn, made.Subject);
        Assert.Same(Countries.NorthKorea, (made with { Subject = Countries.NorthKorea }).Object);
        Assert.Same(Countries.NorthKorea, (made with { Subject = Countries.NorthKorea }).Subject);
    }

    // Typed members, lookups by id, and every kind of reference of the built-in records.
    private static int ReadTheBuiltInDataset()
    {
        int read = 0;
        Event visit = Events.PutinStateVisitToNorthKorea;
        read += visit.Place!.Id.Length + visit.Participants[0].Id.Length;
        foreach (Entity participant in visit.Participants)
        {
            read += participant.Id.Length;
        }

        Relation office = Relations.PutinPresidentOfRussia;
        read += office.Subject.Id.Length + office.Object.Id.Length;
        Statement statement = Statements.StoltenbergPutinDependentOnAuthoritarianCountries;
        read += statement.Speaker.Id.Length + (statement.Occasion?.Id.Length ?? 0);
        Claim claim = Claims.NorthKoreaDeliversMunitionsToRussia;
        read += claim.Holders[0].Id.Length + claim.About[0].Id.Length;
        read += Discrepancies.KimJongUnSpelledKimJungUn.About[0].Id.Length;
        read += Dataset.Catalog.Find("vladimir-putin")!.Id.Length + Dataset.Catalog.Find<Country>("russia")!.Id.Length;
        return read;
    }
}
