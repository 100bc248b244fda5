using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Runtime;

/// <summary>
/// Facts may refer to each other in cycles: a reference resolves through the catalog on its first read, so decoding
/// one record never decodes another, and equality, hashing and printing never walk the graph. Each dataset here is
/// compiled by the generator and run in this process; PackageTests runs the same cases in a consumer of the package.
/// </summary>
public class ReferenceCycleTests
{
    /// <summary>A declared kind and discrepancies in 2-cycles, self-references, and cycles across the two.</summary>
    internal const string CyclesYaml = """
        schema: 1
        kinds:
          - name: unit
            fields:
              - { name: parent, type: reference, refersTo: unit }
              - { name: members, type: references, refersTo: unit }
              - { name: topic, type: reference, refersTo: fact }
              - { name: head, type: reference, refersTo: person, required: true }
        documents:
          - { id: doc-1, language: en, title: Notes }
        entities:
          - { id: ada, kind: person, names: { en: Ada }, evidence: [{ document: doc-1, quote: x, start: 0 }] }
        claims:
          - { id: ada-claims, text: Ada claims., modality: asserted, holders: [ada], about: [ada], evidence: [{ document: doc-1, quote: x, start: 0 }] }
        units:
          - { id: unit-a, names: { en: A }, parent: unit-b, members: [unit-a, unit-b], head: ada, evidence: [{ document: doc-1, quote: x, start: 0 }] }
          - { id: unit-b, names: { en: B }, parent: unit-a, topic: disagreement-a, head: ada, evidence: [{ document: doc-1, quote: x, start: 0 }] }
          - { id: unit-self, names: { en: Self }, parent: unit-self, members: [unit-self], topic: unit-self, head: ada, evidence: [{ document: doc-1, quote: x, start: 0 }] }
        discrepancies:
          - { id: disagreement-a, kind: disagreement, reading: A., about: [disagreement-b, unit-b, ada-claims], evidence: [{ document: doc-1, quote: x, start: 0 }] }
          - { id: disagreement-b, kind: disagreement, reading: B., about: [disagreement-a], evidence: [{ document: doc-1, quote: x, start: 0 }] }
          - { id: disagreement-self, kind: error, reading: Self., about: [disagreement-self], evidence: [{ document: doc-1, quote: x, start: 0 }] }
        """;

    /// <summary>Reads every cycle of <see cref="CyclesYaml"/>; one line per check, "True" when it holds.</summary>
    internal const string CyclesProbe = """
        namespace Consumer.Facts;
        using NewsFacts;
        public static class Probe
        {
            public static string[] Run()
            {
                Unit a = Units.UnitA, b = Units.UnitB, self = Units.UnitSelf;
                Discrepancy da = Discrepancies.DisagreementA, db = Discrepancies.DisagreementB, dself = Discrepancies.DisagreementSelf;
                return new[]
                {
                    "unit 2-cycle: " + (ReferenceEquals(a.Parent, b) && ReferenceEquals(b.Parent, a) && ReferenceEquals(a.Parent!.Parent!.Parent, b)),
                    "unit self: " + (ReferenceEquals(self.Parent, self) && ReferenceEquals(self.Members[0], self) && ReferenceEquals(self.Topic, self)),
                    "unit list: " + (ReferenceEquals(a.Members[0], a) && ReferenceEquals(a.Members[1], b)),
                    "unit to discrepancy and back: " + (ReferenceEquals(b.Topic, da) && ReferenceEquals(da.About[1], b)),
                    "discrepancy 2-cycle: " + (ReferenceEquals(da.About[0], db) && ReferenceEquals(db.About[0], da)),
                    "discrepancy self: " + ReferenceEquals(dself.About[0], dself),
                    "claim: " + (ReferenceEquals(da.About[2], Claims.AdaClaims) && ReferenceEquals(Claims.AdaClaims.Holders[0], People.Ada) && ReferenceEquals(a.Head, People.Ada)),
                    "lookup: " + (ReferenceEquals(Dataset.Catalog.Find("unit-b"), b) && ReferenceEquals(Dataset.Catalog.Find("disagreement-b"), db)),
                    "equality: " + (a.Equals(a with { }) && !a.Equals(b) && da.Equals(da with { }) && !da.Equals(db) && self == (self with { }) && a != (a with { Parent = a })),
                    "hash: " + (a.GetHashCode() == (a with { }).GetHashCode() && da.GetHashCode() == (da with { }).GetHashCode() && self.GetHashCode() == self.GetHashCode()),
                    "text: " + a + " | " + dself + " | " + a.Members + " | " + da.About,
                };
            }
        }
        """;

    [Fact]
    public void Records_of_a_declared_kind_and_discrepancies_that_refer_to_each_other_in_cycles_resolve_on_first_access()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { ("cycles.facts.yaml", CyclesYaml) }, "Consumer.Facts", CyclesProbe);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        string[] lines = (string[])run.Load().GetType("Consumer.Facts.Probe")!.GetMethod("Run")!.Invoke(null, null)!;
        Assert.Equal(ExpectedCycleLines, lines);
    }

    internal static readonly string[] ExpectedCycleLines =
    {
        "unit 2-cycle: True",
        "unit self: True",
        "unit list: True",
        "unit to discrepancy and back: True",
        "discrepancy 2-cycle: True",
        "discrepancy self: True",
        "claim: True",
        "lookup: True",
        "equality: True",
        "hash: True",
        "text: Unit unit-a (A) | Discrepancy disagreement-self | [Unit unit-a (A), Unit unit-b (B)] | [Discrepancy disagreement-b, Unit unit-b (B), Claim ada-claims]",
    };

    // With typed members off (the catalog only), as a dataset this large may well be built; PackageTests builds the
    // same chain with typed members on, which takes Roslyn half a minute in this process.
    [Fact]
    public void A_chain_of_ten_thousand_records_each_referring_to_the_next_is_read_without_deep_recursion()
    {
        GeneratorRun run = RunWith(ChainYaml(10_000), typedMembers: "false", ChainProbe);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        MethodInfo probe = run.Load().GetType("Consumer.Facts.Probe")!.GetMethod("Run")!;

        // The first access of each head, its hash, equality and text run on a thread with a small stack: decoding
        // the chain eagerly (as references once were) would recurse through every record and overflow it.
        string[]? lines = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                lines = (string[])probe.Invoke(null, null)!;
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, maxStackSize: 256 * 1024);
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromMinutes(5)), "the probe did not finish");

        Assert.Null(failure);
        Assert.Equal(ExpectedChainLines, lines);
    }

    internal static readonly string[] ExpectedChainLines =
    {
        "head: Link link-00000 (Link 0) -> Link link-00001 (Link 1)",
        "links: 10000, last link-09999, same instances: True",
        "steps: 10000, last step-09999, same instances: True",
        "hash, equality, text: True Discrepancy step-00000",
    };

    [Fact]
    public void Concurrent_first_reads_of_a_reference_all_get_the_same_instance()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { ("cycles.facts.yaml", CyclesYaml) }, "Consumer.Facts", "class Program { }");
        Assert.Empty(run.CompilationProblems);
        var catalog = (FactCatalog)run.Load().GetType("Consumer.Facts.Dataset")!.GetProperty("Catalog")!.GetValue(null)!;
        var unitA = (CustomFact)catalog.Find("unit-a")!;
        Discrepancy disagreement = catalog.Find<Discrepancy>("disagreement-a")!;
        PropertyInfo parent = unitA.GetType().GetProperty("Parent")!;

        const int Threads = 8;
        var seen = new object?[Threads, 2];
        using var start = new Barrier(Threads);
        Thread[] threads = Enumerable.Range(0, Threads).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            seen[i, 0] = parent.GetValue(unitA);
            seen[i, 1] = disagreement.About[0];
        })).ToArray();
        foreach (Thread t in threads)
        {
            t.Start();
        }

        foreach (Thread t in threads)
        {
            Assert.True(t.Join(TimeSpan.FromMinutes(1)));
        }

        for (int i = 0; i < Threads; i++)
        {
            Assert.Same(catalog.Find("unit-b"), seen[i, 0]);
            Assert.Same(catalog.Find("disagreement-b"), seen[i, 1]);
        }
    }

    [Fact]
    public void References_to_NewsFacts_own_records_resolve_lazily_to_the_same_instances_and_cycles_through_them_hold()
    {
        const string Yaml = """
            schema: 1
            kinds:
              - name: note
                fields:
                  - { name: on, type: reference, refersTo: fact }
                  - { name: see, type: references, refersTo: fact }
            documents:
              - { id: doc-1, language: en, title: Notes }
            notes:
              - { id: note-a, names: { en: A }, on: vladimir-putin, see: [note-b, putin-state-visit-to-north-korea], evidence: [{ document: doc-1, quote: x, start: 0 }] }
              - { id: note-b, names: { en: B }, on: note-a, see: [note-b], evidence: [{ document: doc-1, quote: x, start: 0 }] }
            discrepancies:
              - { id: about-putin, kind: error, reading: R., about: [vladimir-putin, about-putin, note-a], evidence: [{ document: doc-1, quote: x, start: 0 }] }
            """;
        const string Code = """
            namespace Consumer.Facts;
            using NewsFacts;
            public static class Probe
            {
                public static bool[] Run() => new[]
                {
                    ReferenceEquals(Notes.NoteA.On, NewsFacts.People.VladimirPutin),
                    ReferenceEquals(Notes.NoteA.See[1], NewsFacts.Events.PutinStateVisitToNorthKorea),
                    ReferenceEquals(Notes.NoteA.See[0], Notes.NoteB) && ReferenceEquals(Notes.NoteB.On, Notes.NoteA) && ReferenceEquals(Notes.NoteB.See[0], Notes.NoteB),
                    ReferenceEquals(Discrepancies.AboutPutin.About[0], NewsFacts.People.VladimirPutin) && ReferenceEquals(Discrepancies.AboutPutin.About[1], Discrepancies.AboutPutin),
                    Notes.NoteA.ToString() == "Note note-a (A)" && Notes.NoteA.GetHashCode() == (Notes.NoteA with { }).GetHashCode(),
                };
            }
            """;

        GeneratorRun run = GeneratorHarness.Run(new[] { ("notes.facts.yaml", Yaml) }, "Consumer.Facts", Code);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        bool[] results = (bool[])run.Load().GetType("Consumer.Facts.Probe")!.GetMethod("Run")!.Invoke(null, null)!;
        Assert.Equal(new[] { true, true, true, true, true }, results);
    }

    /// <summary>
    /// <paramref name="count"/> links of a declared kind, each <c>next</c> the one after, and as many discrepancies,
    /// each about the next one and a claim. Beside <see cref="CyclesYaml"/>, which has the document, the person and the
    /// claim, leave them out (<paramref name="standalone"/> false).
    /// </summary>
    internal static string ChainYaml(int count, bool standalone = true)
    {
        var yaml = new StringBuilder("""
            schema: 1
            kinds:
              - name: link
                fields:
                  - { name: next, type: reference, refersTo: link }

            """);
        if (standalone)
        {
            yaml.Append("""
                documents:
                  - { id: doc-1, language: en, title: Notes }
                entities:
                  - { id: ada, kind: person, names: { en: Ada }, evidence: [{ document: doc-1, quote: x, start: 0 }] }
                claims:
                  - { id: ada-claims, text: Ada claims., modality: asserted, holders: [ada], about: [ada], evidence: [{ document: doc-1, quote: x, start: 0 }] }

                """);
        }

        yaml.Append("links:\n");
        for (int i = 0; i < count; i++)
        {
            string next = i + 1 < count ? $", next: link-{i + 1:D5}" : string.Empty;
            yaml.Append($"  - {{ id: link-{i:D5}, names: {{ en: Link {i} }}{next}, evidence: [{{ document: doc-1, quote: x, start: 0 }}] }}\n");
        }

        yaml.Append("discrepancies:\n");
        for (int i = 0; i < count; i++)
        {
            string about = i + 1 < count ? $"step-{i + 1:D5}, ada-claims" : "ada-claims";
            yaml.Append($"  - {{ id: step-{i:D5}, kind: error, reading: R., about: [{about}], evidence: [{{ document: doc-1, quote: x, start: 0 }}] }}\n");
        }

        return yaml.ToString();
    }

    /// <summary>Walks the chains of <see cref="ChainYaml"/> through the catalog only, so it compiles with typed members off too.</summary>
    internal const string ChainProbe = """
        namespace Consumer.Facts;
        using NewsFacts;
        public static class Probe
        {
            public static string[] Run()
            {
                FactCatalog catalog = Dataset.Catalog;
                Link head = catalog.Find<Link>("link-00000")!;
                Discrepancy step = catalog.Find<Discrepancy>("step-00000")!;
                bool values = head.GetHashCode() == (head with { }).GetHashCode() && head.Equals(head with { }) && step.Equals(step with { })
                    && step.GetHashCode() == (step with { }).GetHashCode() && !head.Equals(head.Next);
                string first = "head: " + head + " -> " + head.Next;

                int links = 0;
                bool same = true;
                Link last = head;
                for (Link? link = head; link is not null; link = link.Next)
                {
                    same &= ReferenceEquals(link, catalog.Find(link.Id));
                    last = link;
                    links++;
                }

                int steps = 0;
                bool sameSteps = true;
                Discrepancy lastStep = step;
                for (Discrepancy? d = step; d is not null; d = d.About[0] as Discrepancy)
                {
                    sameSteps &= ReferenceEquals(d, catalog.Find(d.Id)) && ReferenceEquals(d.About[d.About.Count - 1], catalog.Find("ada-claims"));
                    lastStep = d;
                    steps++;
                }

                return new[]
                {
                    first,
                    $"links: {links}, last {last.Id}, same instances: {same}",
                    $"steps: {steps}, last {lastStep.Id}, same instances: {sameSteps}",
                    $"hash, equality, text: {values} {step}",
                };
            }
        }
        """;

    private static GeneratorRun RunWith(string yaml, string typedMembers, string code)
    {
        Compilation compilation = GeneratorHarness.CreateCompilation(code);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { ("chain.facts.yaml", yaml) }, "Consumer.Facts", properties: new Dictionary<string, string> { ["NewsFactsTypedMembers"] = typedMembers })
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return new GeneratorRun(driver.GetRunResult(), output);
    }
}
