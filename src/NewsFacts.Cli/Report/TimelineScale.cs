using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsFacts.Cli.Report;

/// <summary>
/// The date axis of the timeline. Dates of a news story span decades and single days at once (a visit in 2000, a
/// parade on 19 June 2024), so a linear axis would crush the days into a pixel. The axis is cut at every date where
/// an event's extent starts or ends; each piece between two cuts is linear inside and as wide as the logarithm of
/// its length in days (<see cref="PixelsPerDoubling"/> per doubling, at most <see cref="MaxPieceWidth"/>), and a
/// piece that no event covers is a break of at most <see cref="BreakWidth"/>. The mapping is strictly increasing,
/// so events keep their date order, and an event's extent (a day, a month, a year) is exactly the pieces it covers.
/// </summary>
internal sealed class TimelineScale
{
    public const double PixelsPerDoubling = 22;
    public const double MaxPieceWidth = 120;
    public const double BreakWidth = 28;

    private readonly List<Piece> _pieces = new();

    /// <summary>Makes the scale of a set of extents.</summary>
    /// <param name="extents">Each extent's first day and the day after its last.</param>
    public TimelineScale(IReadOnlyCollection<(DateTime From, DateTime Until)> extents)
    {
        List<DateTime> cuts = extents.SelectMany(e => new[] { e.From, e.Until }).Distinct().OrderBy(d => d).ToList();
        double x = 0;
        for (int i = 0; i + 1 < cuts.Count; i++)
        {
            DateTime from = cuts[i], until = cuts[i + 1];
            double days = (until - from).TotalDays;
            bool covered = extents.Any(e => e.From <= from && until <= e.Until);
            double width = Math.Min(PixelsPerDoubling * Math.Log2(1 + days), covered ? MaxPieceWidth : BreakWidth);
            _pieces.Add(new Piece(from, until, x, width, covered));
            x += width;
        }

        Width = x;
    }

    /// <summary>The axis' width in pixels.</summary>
    public double Width { get; }

    /// <summary>The pieces, in order.</summary>
    public IReadOnlyList<Piece> Pieces => _pieces;

    /// <summary>Where a day falls on the axis.</summary>
    /// <param name="day">A day between the first and the last cut.</param>
    /// <returns>The x coordinate.</returns>
    public double X(DateTime day)
    {
        foreach (Piece piece in _pieces)
        {
            if (day <= piece.Until)
            {
                double fraction = Math.Clamp((day - piece.From).TotalDays / (piece.Until - piece.From).TotalDays, 0, 1);
                return piece.X + (fraction * piece.Width);
            }
        }

        return Width;
    }

    /// <summary>The first day a date stands for and the day after its last: a day, a whole month or a whole year.</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end, or null for the start alone.</param>
    /// <returns>The extent.</returns>
    public static (DateTime From, DateTime Until) Extent(FactDate start, FactDate? end)
    {
        FactDate last = end ?? start;
        DateTime lastFrom = last.Earliest;
        DateTime until = last.Precision switch
        {
            DatePrecision.Year => lastFrom.AddYears(1),
            DatePrecision.Month => lastFrom.AddMonths(1),
            _ => lastFrom.AddDays(1),
        };
        return (start.Earliest, until);
    }

    /// <summary>A piece of the axis between two cuts.</summary>
    /// <param name="From">Its first day.</param>
    /// <param name="Until">The day after its last.</param>
    /// <param name="X">Where it starts.</param>
    /// <param name="Width">How wide it is.</param>
    /// <param name="Covered">Whether an event covers it (otherwise it is a break).</param>
    public sealed record Piece(DateTime From, DateTime Until, double X, double Width, bool Covered);
}
