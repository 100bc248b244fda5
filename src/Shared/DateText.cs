using System;

namespace NewsFacts.Internal
{
    /// <summary>Reads <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>: the generator validates with it, the runtime parses with it.</summary>
    internal static class DateText
    {
        /// <summary>Splits a date; month and day are 0 where the text stops before them.</summary>
        public static bool TryParse(string? text, out int year, out int month, out int day)
        {
            year = month = day = 0;
            if (text is null)
            {
                return false;
            }

            string[] parts = text.Split('-');
            if (parts.Length > 3 || parts[0].Length != 4 || !TryNumber(parts[0], out year) || year < 1)
            {
                return false;
            }

            if (parts.Length >= 2 && (parts[1].Length != 2 || !TryNumber(parts[1], out month) || month < 1 || month > 12))
            {
                return false;
            }

            if (parts.Length == 3 && (parts[2].Length != 2 || !TryNumber(parts[2], out day) || day < 1 || day > DateTime.DaysInMonth(year, month)))
            {
                return false;
            }

            return true;
        }

        private static bool TryNumber(string text, out int value)
        {
            value = 0;
            foreach (char c in text)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            return text.Length > 0;
        }
    }
}
