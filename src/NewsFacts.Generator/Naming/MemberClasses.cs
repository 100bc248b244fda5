using NewsFacts.Generator.Model;

namespace NewsFacts.Generator.Naming
{
    /// <summary>Which generated static class holds a record's member: <c>People</c>, <c>Events</c>…</summary>
    internal static class MemberClasses
    {
        public const string Documents = "Documents", Events = "Events", Relations = "Relations", Statements = "Statements", Claims = "Claims", Discrepancies = "Discrepancies";

        public static string ForEntity(string kind) => Vocabulary.EntityKindClasses[Vocabulary.IndexOf(Vocabulary.EntityKinds, kind)];
    }
}
