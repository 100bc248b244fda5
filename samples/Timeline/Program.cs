using System;
using System.Linq;
using NewsFacts;

// The timeline of Putin's June 2024 visit to North Korea, as the five articles tell it, each event
// with its date precision and the documents it comes from.
Console.WriteLine("Timeline: " + Events.PutinStateVisitToNorthKorea.Name);
Console.WriteLine();

foreach (Event e in Dataset.Catalog.Events.Where(e => e.Start is not null).OrderBy(e => e.Start!.Value).ThenBy(e => e.Id, StringComparer.Ordinal))
{
    string when = e.End is { } end && end != e.Start ? $"{e.Start} – {end}" : e.Start!.Value.ToString();
    string sources = string.Join(", ", e.Evidence.Select(x => x.Document[..3]).Distinct());
    Console.WriteLine($"{when,-25} {e.Name} [{e.Status.ToString().ToLowerInvariant()}, {e.Start!.Value.Precision.ToString().ToLowerInvariant()}] (sources: {sources})");
    if (e.DateWording is not null)
    {
        Console.WriteLine($"{string.Empty,-25}   “{e.DateWording}”");
    }
}

int undated = Dataset.Catalog.Events.Count(e => e.Start is null);
Console.WriteLine();
Console.WriteLine($"{Dataset.Catalog.Events.Count} events ({undated} undated), {Dataset.Catalog.Documents.Count} documents: " +
    string.Join(", ", Dataset.Catalog.Documents.Select(d => $"{d.Id} ({d.Language})")));
