using NewsFacts.Generator.Model;

namespace NewsFacts.Generator.Naming
{
    /// <summary>Which generated static class holds a record's member: <c>People</c>, <c>Events</c>…</summary>
    internal static class MemberClasses
    {
        public const string Documents = "Documents", Events = "Events", Relations = "Relations", Statements = "Statements", Claims = "Claims", Discrepancies = "Discrepancies";

        public static string ForEntity(string kind) => Vocabulary.EntityKindClasses[Vocabulary.IndexOf(Vocabulary.EntityKinds, kind)];

        private static readonly System.Collections.Generic.Dictionary<string, string> ByKind = System.Linq.Enumerable.ToDictionary(
            NewsFacts.Internal.BuiltInSchema.Kinds, k => k.Name, k => NewsFacts.Internal.SchemaField.Pascal(k.Section), System.StringComparer.Ordinal);

        /// <summary>The class of a built-in kind other than entities: its section in PascalCase (<c>Events</c>).</summary>
        public static string Of(string kind) => ByKind[kind];

        /// <summary>The class of a record of a kind as facts files name it (<c>person</c>, <c>event</c>…); a declared kind's name as it is.</summary>
        public static string ForKind(string kind) =>
            Vocabulary.IndexOf(Vocabulary.EntityKinds, kind) >= 0 ? ForEntity(kind) : ByKind.TryGetValue(kind, out string? name) ? name : kind;
    }
}
