using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NewsFacts.Cli.Common;

namespace NewsFacts.Cli.Report;

/// <summary>
/// The timeline: one row per dated event, in date order, as a bar over its extent on the <see cref="TimelineScale"/>
/// axis (a day, a month, a year wide), solid for events that occurred, hatched and dashed for expected ones, dotted
/// for ongoing ones, with the status in words beside the name; undated events are listed below.
/// </summary>
internal static class TimelinePageWriter
{
    private const double Left = 16, Top = 92, RowHeight = 28, BarHeight = 16, RightMargin = 48, CharWidth = 7;

    /// <summary>Writes the page.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The path from the root and the page.</returns>
    public static (string Path, string Html) Write(ReportDataset dataset)
    {
        const string path = SiteLinks.Timeline;
        var dated = dataset.Events.Where(e => e.Start is not null)
            .OrderBy(e => e.Start!.Value).ThenBy(e => e.End ?? e.Start!.Value).ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var undated = dataset.Events.Where(e => e.Start is null).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();

        var main = new StringBuilder();
        main.Append("<h1>Timeline</h1>\n<p>")
            .Append(Html.Number(dated.Count)).Append(" dated events, each drawn over the time its date stands for: a day, a month or a whole year. ")
            .Append("The axis is cut where events start and end; each piece grows with the logarithm of its length, and stretches no event covers are shortened to breaks (≈), so single days stay visible beside decades.</p>\n");
        main.Append("<ul class=\"legend\" aria-label=\"Legend\"><li><svg width=\"28\" height=\"14\" aria-hidden=\"true\"><rect class=\"bar status-occurred\" x=\"1\" y=\"1\" width=\"26\" height=\"12\"/></svg> occurred</li>")
            .Append("<li><svg width=\"28\" height=\"14\" aria-hidden=\"true\"><rect class=\"bar status-expected\" x=\"1\" y=\"1\" width=\"26\" height=\"12\"/></svg> expected (planned, not yet happened when written)</li>")
            .Append("<li><svg width=\"28\" height=\"14\" aria-hidden=\"true\"><rect class=\"bar status-ongoing\" x=\"1\" y=\"1\" width=\"26\" height=\"12\"/></svg> ongoing</li></ul>\n");
        if (dated.Count > 0)
        {
            main.Append("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Timeline chart, scrolls sideways\">").Append(Chart(dataset, dated)).Append("</div>\n");
        }

        main.Append("<section aria-labelledby=\"undated-h\"><h2 id=\"undated-h\">Undated events</h2>");
        if (undated.Count == 0)
        {
            main.Append("<p>None.</p>");
        }
        else
        {
            main.Append("<ul class=\"facts undated\">");
            foreach (Event e in undated)
            {
                main.Append("<li data-fact=\"").Append(Html.Text(e.Id)).Append("\">").Append(FactLink.Html(dataset, e, string.Empty, withKind: false))
                    .Append(" <span class=\"status status-").Append(Status(e)).Append("\">").Append(Status(e)).Append("</span></li>");
            }

            main.Append("</ul>");
        }

        main.Append("</section>\n");
        return (path, PageLayout.Page(dataset, path, "Timeline", PageLayout.Section.Timeline, main.ToString()));
    }

    private static string Chart(ReportDataset dataset, List<Event> dated)
    {
        var extents = dated.Select(e => TimelineScale.Extent(e.Start!.Value, e.End)).ToList();
        var scale = new TimelineScale(extents);
        // Labels go right of their bar, or left of it where they would run past the axis' end.
        double width = Left + scale.Width + RightMargin;
        double height = Top + (dated.Count * RowHeight) + 28;
        var svg = new StringBuilder();
        svg.Append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(Html.Number(width)).Append("\" height=\"").Append(Html.Number(height))
            .Append("\" viewBox=\"0 0 ").Append(Html.Number(width)).Append(' ').Append(Html.Number(height)).Append("\" role=\"group\" aria-labelledby=\"tl-title\">")
            .Append("<title id=\"tl-title\">Dated events on a date axis</title>")
            .Append("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" class=\"hatch-bg\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" class=\"hatch-line\"/></pattern></defs>");

        // The axis: shaded breaks, a grid line and a date at every cut.
        double bottom = height - 18;
        foreach (TimelineScale.Piece piece in scale.Pieces.Where(p => !p.Covered))
        {
            double x = Left + piece.X;
            svg.Append("<rect class=\"break\" x=\"").Append(Html.Number(x)).Append("\" y=\"").Append(Html.Number(Top - 10)).Append("\" width=\"").Append(Html.Number(piece.Width))
                .Append("\" height=\"").Append(Html.Number(bottom - Top + 10)).Append("\"><title>").Append(Html.Text($"{Day(piece.From)} to {Day(piece.Until.AddDays(-1))}: no event (shortened)")).Append("</title></rect>")
                .Append("<text class=\"break-mark\" x=\"").Append(Html.Number(x + (piece.Width / 2))).Append("\" y=\"").Append(Html.Number(bottom + 14)).Append("\" text-anchor=\"middle\">≈</text>");
        }

        foreach (DateTime cut in scale.Pieces.Select(p => p.From).Append(scale.Pieces[^1].Until))
        {
            double x = Left + scale.X(cut);
            svg.Append("<line class=\"grid\" x1=\"").Append(Html.Number(x)).Append("\" x2=\"").Append(Html.Number(x)).Append("\" y1=\"").Append(Html.Number(Top - 8))
                .Append("\" y2=\"").Append(Html.Number(bottom)).Append("\"/>")
                .Append("<text class=\"tick\" transform=\"translate(").Append(Html.Number(x + 3)).Append(',').Append(Html.Number(Top - 12)).Append(") rotate(-50)\">")
                .Append(Html.Text(Cut(cut))).Append("</text>");
        }

        for (int row = 0; row < dated.Count; row++)
        {
            Event e = dated[row];
            (DateTime from, DateTime until) = extents[row];
            double x1 = Left + scale.X(from), x2 = Left + scale.X(until);
            double y = Top + (row * RowHeight) + ((RowHeight - BarHeight) / 2);
            string status = Status(e);
            string when = FactText.Range(e.Start, e.End);
            string precision = e.Start!.Value.Precision.ToString().ToLowerInvariant();
            string label = $"{ReportDataset.Label(e)} ({status})";
            double labelWidth = (when.Length + 1 + label.Length) * CharWidth;
            bool right = x2 + 6 + labelWidth <= width || x1 - 6 - labelWidth < 0;
            string open = dataset.Owns(e) ? $"<a href=\"{SiteLinks.Fact(e.Id)}\"" : "<g";
            svg.Append(open).Append(" class=\"tl-event status-").Append(status).Append("\" data-fact=\"").Append(Html.Text(e.Id)).Append("\" data-start=\"").Append(Html.Text(e.Start.ToString()))
                .Append("\" data-precision=\"").Append(precision).Append("\">")
                .Append("<title>").Append(Html.Text($"{when} ({precision}) — {ReportDataset.Label(e)} — {status}")).Append("</title>")
                .Append("<rect class=\"row-bg\" x=\"0\" y=\"").Append(Html.Number(Top + (row * RowHeight))).Append("\" width=\"").Append(Html.Number(width)).Append("\" height=\"").Append(Html.Number(RowHeight)).Append("\"/>")
                .Append("<rect class=\"bar status-").Append(status).Append("\" x=\"").Append(Html.Number(x1)).Append("\" y=\"").Append(Html.Number(y))
                .Append("\" width=\"").Append(Html.Number(Math.Max(x2 - x1, 3))).Append("\" height=\"").Append(Html.Number(BarHeight)).Append("\" rx=\"3\"/>")
                .Append("<text class=\"tl-label\" x=\"").Append(Html.Number(right ? x2 + 6 : x1 - 6)).Append(right ? "\"" : "\" text-anchor=\"end\"").Append(" y=\"").Append(Html.Number(y + BarHeight - 3)).Append("\">")
                .Append("<tspan class=\"tl-date\">").Append(Html.Text(when)).Append("</tspan> ").Append(Html.Text(label)).Append("</text>")
                .Append(dataset.Owns(e) ? "</a>" : "</g>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Status(Event e) => e.Status.ToString().ToLowerInvariant();

    private static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // A cut is the first day of a year, of a month, or a day: written at that precision.
    private static string Cut(DateTime day) =>
        day is { Month: 1, Day: 1 } ? day.ToString("yyyy", CultureInfo.InvariantCulture)
        : day.Day == 1 ? day.ToString("yyyy-MM", CultureInfo.InvariantCulture)
        : Day(day);
}
