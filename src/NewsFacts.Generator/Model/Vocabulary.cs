namespace NewsFacts.Generator.Model
{
    /// <summary>
    /// The closed word lists of the schema. The order of each list is the numeric value the runtime's
    /// enum has for that word (FactKind, EventStatus, RelationPredicate, ClaimModality, DiscrepancyKind);
    /// a test checks that the two agree.
    /// </summary>
    internal static class Vocabulary
    {
        public static readonly string[] EntityKinds = { "person", "country", "organization", "place", "group" };

        public static readonly string[] EventStatuses = { "occurred", "expected", "ongoing" };

        public static readonly string[] RelationPredicates = { "office", "role", "membership", "affiliation", "kinship", "alliance", "support", "partnership", "opposition", "location" };

        public static readonly string[] ClaimModalities = { "asserted", "reported", "denied", "expected", "hypothetical" };

        public static readonly string[] DiscrepancyKinds = { "disagreement", "typo", "mistranslation", "error" };

        /// <summary>The C# class each entity kind is emitted into, in <see cref="EntityKinds"/> order.</summary>
        public static readonly string[] EntityKindClasses = { "People", "Countries", "Organizations", "Places", "Groups" };

        /// <summary>The types a field of a declared kind may have.</summary>
        public static readonly string[] FieldTypes = { "text", "number", "date", "flag", "list", "reference", "references" };

        /// <summary>What a reference field of a declared kind may refer to, besides other declared kinds.</summary>
        public static readonly string[] ReferenceTargets = { "person", "country", "organization", "place", "group", "entity", "event", "relation", "statement", "claim", "discrepancy", "fact" };

        public static int IndexOf(string[] words, string word) => System.Array.IndexOf(words, word);
    }
}
