using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using NewsFacts.Cli.Common;

namespace NewsFacts.Cli.Timeline;

/// <summary>
/// <c>newsfacts timeline [--from &lt;date&gt;] [--to &lt;date&gt;]</c>: events in date order with their precision and sources.
/// Undated events follow the dated ones when no range is given; a range cannot place them, so then they are left
/// out and a last line says how many.
/// </summary>
public static class TimelineCommand
{
    /// <summary>Makes the command.</summary>
    /// <param name="catalog">The dataset.</param>
    /// <returns>The command.</returns>
    public static Command Create(FactCatalog catalog)
    {
        var from = new Option<string?>("--from")
        {
            HelpName = "date",
            Description = "Only events that may fall on or after this date: YYYY, YYYY-MM or YYYY-MM-DD (a year or month counts from its first day).",
        };
        var to = new Option<string?>("--to")
        {
            HelpName = "date",
            Description = "Only events that may fall on or before this date: YYYY, YYYY-MM or YYYY-MM-DD (a year or month counts to its last day).",
        };
        var command = new Command("timeline", "List the events in date order, each with its date precision, status and source documents.")
        {
            from,
            to,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            FactDate? first = ParseDate("--from", parse.GetValue(from));
            FactDate? last = ParseDate("--to", parse.GetValue(to));
            if (first is { } f && last is { } l && DateBounds.Last(l) < DateBounds.First(f))
            {
                throw new CliException(ExitCodes.BadArguments, $"--to {l} is before --from {f}");
            }

            Write(catalog, first, last);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Write(FactCatalog catalog, FactDate? from, FactDate? to)
    {
        bool ranged = from is not null || to is not null;
        List<Event> dated = catalog.Events
            .Where(e => e.Start is { } start && DateBounds.Overlaps(start, e.End, from, to))
            .OrderBy(e => e.Start!.Value)
            .ThenBy(e => e.End ?? e.Start!.Value)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        List<Event> undated = catalog.Events.Where(e => e.Start is null).ToList();

        foreach (Event e in dated)
        {
            Line(e, FactText.Range(e.Start, e.End), e.Start!.Value.Precision.ToString().ToLowerInvariant());
        }

        if (dated.Count == 0)
        {
            Console.Out.WriteLine(ranged ? "no dated event in that range" : "no dated event");
        }

        if (undated.Count == 0)
        {
            return;
        }

        if (ranged)
        {
            Console.Out.WriteLine($"({undated.Count} undated events left out: a date range cannot place them)");
            return;
        }

        Console.Out.WriteLine(Terminal.Out.Heading("undated:"));
        foreach (Event e in undated)
        {
            Line(e, "undated", "none");
        }
    }

    private static void Line(Event e, string dates, string precision)
    {
        OutputStyle style = Terminal.Out;
        Console.Out.WriteLine($"{dates,-23}  {precision,-5}  {style.Id(e.Id)} ({e.Status.ToString().ToLowerInvariant()}): {e.Name}");
        Console.Out.WriteLine($"{string.Empty,-32}sources: {string.Join(", ", FactText.Sources(e).Select(style.Id))}");
    }

    private static FactDate? ParseDate(string option, string? text)
    {
        if (text is null)
        {
            return null;
        }

        return FactDate.TryParse(text, out FactDate date)
            ? date
            : throw new CliException(ExitCodes.BadArguments, $"{option} '{text}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (a month from 01 to 12, a day that exists)");
    }
}
