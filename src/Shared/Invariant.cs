using System.Globalization;

namespace NewsFacts.Internal
{
    /// <summary>Numbers as text under the invariant culture, for interpolations: output must not depend on the machine's culture.</summary>
    internal static class Invariant
    {
        public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
