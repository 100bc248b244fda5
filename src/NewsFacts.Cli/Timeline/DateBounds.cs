using System;

namespace NewsFacts.Cli.Timeline;

/// <summary>
/// Dates as spans of days: a <see cref="FactDate"/> of year precision covers the whole year, of month precision
/// the whole month. <c>timeline</c> compares spans, so <c>--from 2024-06</c> takes in an event dated 2024-06-18
/// and an event dated only "2024-06" is in <c>--from 2024-06-17 --to 2024-06-19</c> (it may have happened then).
/// </summary>
public static class DateBounds
{
    /// <summary>The first day the date may stand for.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The day.</returns>
    public static DateTime First(FactDate date) => date.Earliest;

    /// <summary>The last day the date may stand for.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The day.</returns>
    public static DateTime Last(FactDate date) => date.Precision switch
    {
        DatePrecision.Year => new DateTime(date.Year, 12, 31, 0, 0, 0, DateTimeKind.Unspecified),
        DatePrecision.Month => new DateTime(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month), 0, 0, 0, DateTimeKind.Unspecified),
        _ => date.Earliest,
    };

    /// <summary>Whether an event from <paramref name="start"/> to <paramref name="end"/> (or on <paramref name="start"/>) overlaps the range.</summary>
    /// <param name="start">The event's start.</param>
    /// <param name="end">The event's end, if any.</param>
    /// <param name="from">The range's first date, if any.</param>
    /// <param name="to">The range's last date, if any.</param>
    /// <returns>Whether they overlap.</returns>
    public static bool Overlaps(FactDate start, FactDate? end, FactDate? from, FactDate? to) =>
        (from is not { } f || Last(end ?? start) >= First(f)) && (to is not { } t || First(start) <= Last(t));
}
