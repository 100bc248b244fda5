using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace NewsFacts.Benchmarks
{
    /// <summary>Run-time memory of a compiled dataset after every fact is touched and every index is built.</summary>
    internal static class MemoryProbe
    {
        /// <summary>Prints one tab-separated line: label, facts, bytes before, after facts, after indexes, per fact.</summary>
        public static void Report(string label, Func<FactCatalog> catalogFactory)
        {
            long before = GC.GetTotalMemory(true);
            var clock = Stopwatch.StartNew();
            FactCatalog catalog = catalogFactory();
            int facts = 0;
            long evidence = 0;
            foreach (Fact fact in catalog.Facts)
            {
                facts++;
                evidence += fact.Evidence.Count;
            }

            TimeSpan touchAll = clock.Elapsed;
            long afterFacts = GC.GetTotalMemory(true);

            // Everything else a program can ask for: documents, the per-kind lists, the id and name indexes.
            foreach (Document document in catalog.Documents)
            {
                _ = document.Id;
            }

            clock.Restart();
            IReadOnlyList<Person> people = catalog.People;
            _ = catalog.Countries.Count + catalog.Organizations.Count + catalog.Places.Count + catalog.Groups.Count;
            _ = catalog.FindByName(people.Count > 0 ? people[0].Name : "nobody");
            _ = catalog.Find("nobody");
            TimeSpan indexes = clock.Elapsed;
            long afterAll = GC.GetTotalMemory(true);
            GC.KeepAlive(catalog);

            Console.WriteLine(
                $"memory\t{label}\tfacts={facts}\tevidence={evidence}\tbefore={before}\tafterFacts={afterFacts}\tafterAll={afterAll}" +
                $"\tfactsDelta={afterFacts - before}\tallDelta={afterAll - before}\tperFact={(facts == 0 ? 0 : (afterAll - before) / facts)}" +
                $"\ttouchAllMs={touchAll.TotalMilliseconds:F1}\tindexesMs={indexes.TotalMilliseconds:F1}");
        }
    }
}
