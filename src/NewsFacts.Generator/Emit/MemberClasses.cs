using NewsFacts.Generator.Model;

namespace NewsFacts.Generator.Emit
{
    /// <summary>Which generated static class holds a record's member: <c>People</c>, <c>Events</c>…</summary>
    internal static class MemberClasses
    {
        public const string Documents = "Documents", Events = "Events", Relations = "Relations", Statements = "Statements", Claims = "Claims", Discrepancies = "Discrepancies";

        public static string ForEntity(string kind) => Vocabulary.EntityKindClasses[Vocabulary.IndexOf(Vocabulary.EntityKinds, kind)];

        /// <summary>The class of a record of a kind as facts files name it (<c>person</c>, <c>event</c>…); a declared kind's name as it is.</summary>
        public static string ForKind(string kind) => kind switch
        {
            "document" => Documents,
            "event" => Events,
            "relation" => Relations,
            "statement" => Statements,
            "claim" => Claims,
            "discrepancy" => Discrepancies,
            _ => Vocabulary.IndexOf(Vocabulary.EntityKinds, kind) >= 0 ? ForEntity(kind) : kind,
        };
    }
}
