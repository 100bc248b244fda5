using NewsFacts.Internal;

namespace NewsFacts.Generator.Model
{
    /// <summary>
    /// The closed word lists of the schema, as the parser and validator use them: read from the description
    /// (<see cref="BuiltInSchema"/>), whose order is the numeric value the runtime's enum has for each word
    /// (FactKind, EventStatus, RelationPredicate, ClaimModality, DiscrepancyKind); a test checks that the two agree.
    /// </summary>
    internal static class Vocabulary
    {
        public static readonly string[] EntityKinds = BuiltInSchema.EntityKinds.Values();

        public static readonly string[] EventStatuses = BuiltInSchema.EventStatuses.Values();

        public static readonly string[] RelationPredicates = BuiltInSchema.RelationPredicates.Values();

        public static readonly string[] ClaimModalities = BuiltInSchema.ClaimModalities.Values();

        public static readonly string[] DiscrepancyKinds = BuiltInSchema.DiscrepancyKinds.Values();

        /// <summary>The C# class each entity kind is emitted into, in <see cref="EntityKinds"/> order.</summary>
        public static readonly string[] EntityKindClasses = { "People", "Countries", "Organizations", "Places", "Groups" };

        /// <summary>The types a field of a declared kind may have.</summary>
        public static readonly string[] FieldTypes = BuiltInSchema.DeclaredFieldTypes.Values();

        /// <summary>What a reference field of a declared kind may refer to, besides other declared kinds.</summary>
        public static readonly string[] ReferenceTargets = BuiltInSchema.ReferenceTargets.Values();

        public static int IndexOf(string[] words, string word) => System.Array.IndexOf(words, word);
    }
}
