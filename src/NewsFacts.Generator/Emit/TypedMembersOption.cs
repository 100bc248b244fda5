using System;

namespace NewsFacts.Generator.Emit
{
    /// <summary>
    /// Whether the typed member classes (<c>People</c>, <c>Events</c>…) and <c>FactIds</c> are generated, from
    /// the MSBuild property <c>&lt;NewsFactsTypedMembers&gt;</c>: <c>true</c> (the default) or <c>false</c>, for a
    /// dataset used only through <c>Dataset.Catalog</c>. They are most of a large dataset's compile time
    /// (docs/performance.md); without them a project still has every fact, by id, by name and per kind.
    /// </summary>
    internal static class TypedMembersOption
    {
        public const string Property = "NewsFactsTypedMembers";

        /// <summary>Reads the property's value; an empty or absent value is true, an unknown one null.</summary>
        public static bool? Parse(string? value)
        {
            string text = value?.Trim() ?? string.Empty;
            if (text.Length == 0 || text.Equals("true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            return text.Equals("false", StringComparison.OrdinalIgnoreCase) ? false : null;
        }
    }
}
