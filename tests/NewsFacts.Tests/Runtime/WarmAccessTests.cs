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
        var made = new Relation("made", People.KimJongUn, RelationPredicate.Office, "leader", Countries.NorthKorea, null, null, null, ValueList<Evidence>.Empty);
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
