using System;
using System.Globalization;
using NewsFacts.Internal;

namespace NewsFacts
{
    /// <summary>How much of a <see cref="FactDate"/> is known.</summary>
    public enum DatePrecision
    {
        /// <summary>Only the year is known.</summary>
        Year,

        /// <summary>The year and the month are known.</summary>
        Month,

        /// <summary>The full date is known.</summary>
        Day,
    }

    /// <summary>A calendar date known to a precision of a year, a month or a day.</summary>
    public readonly struct FactDate : IEquatable<FactDate>, IComparable<FactDate>
    {
        private FactDate(int year, int month, int day, DatePrecision precision)
        {
            Year = year;
            Month = month;
            Day = day;
            Precision = precision;
        }

        /// <summary>The year.</summary>
        public int Year { get; }

        /// <summary>The month (1–12), or 0 when the precision is <see cref="DatePrecision.Year"/>.</summary>
        public int Month { get; }

        /// <summary>The day of the month, or 0 when the precision is coarser than <see cref="DatePrecision.Day"/>.</summary>
        public int Day { get; }

        /// <summary>How much of the date is known.</summary>
        public DatePrecision Precision { get; }

        /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; the precision is how much is written.</summary>
        /// <param name="text">The date text.</param>
        /// <param name="date">The date, when the text is a valid date.</param>
        /// <returns>Whether the text is a valid date.</returns>
        public static bool TryParse(string? text, out FactDate date)
        {
            if (!DateText.TryParse(text, out int year, out int month, out int day))
            {
                date = default;
                return false;
            }

            DatePrecision precision = day > 0 ? DatePrecision.Day : month > 0 ? DatePrecision.Month : DatePrecision.Year;
            date = new FactDate(year, month, day, precision);
            return true;
        }

        /// <summary>Parses a date that is known to be valid.</summary>
        /// <param name="text">The date text.</param>
        /// <returns>The date.</returns>
        /// <exception cref="FormatException">The text is not a valid date.</exception>
        public static FactDate Parse(string text) =>
            TryParse(text, out FactDate date) ? date : throw new FormatException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");

        /// <summary>The first day the date can stand for (1 January for a year, the 1st for a month).</summary>
        public DateTime Earliest => new DateTime(Year, Math.Max(Month, 1), Math.Max(Day, 1), 0, 0, 0, DateTimeKind.Unspecified);

        /// <summary>The ISO 8601 text truncated to the precision: <c>2024</c>, <c>2024-06</c> or <c>2024-06-18</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => Precision switch
        {
            DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
            DatePrecision.Month => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}", Year, Month),
            _ => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", Year, Month, Day),
        };

        /// <inheritdoc/>
        public bool Equals(FactDate other) => Year == other.Year && Month == other.Month && Day == other.Day && Precision == other.Precision;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is FactDate other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => (Year * 400) + (Month * 32) + Day;

        /// <summary>Orders by earliest day, then coarser precision first.</summary>
        /// <param name="other">The other date.</param>
        /// <returns>The order.</returns>
        public int CompareTo(FactDate other)
        {
            int byDay = Earliest.CompareTo(other.Earliest);
            return byDay != 0 ? byDay : Precision.CompareTo(other.Precision);
        }

        /// <summary>Value equality.</summary>
        /// <param name="left">A date.</param>
        /// <param name="right">Another date.</param>
        /// <returns>Whether they are equal.</returns>
        public static bool operator ==(FactDate left, FactDate right) => left.Equals(right);

        /// <summary>Value inequality.</summary>
        /// <param name="left">A date.</param>
        /// <param name="right">Another date.</param>
        /// <returns>Whether they differ.</returns>
        public static bool operator !=(FactDate left, FactDate right) => !left.Equals(right);
    }
}
