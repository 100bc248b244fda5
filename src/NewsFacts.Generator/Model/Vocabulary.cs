using NewsFacts.Internal;

namespace NewsFacts.Generator.Model
{
    /// <summary>
    /// The closed word lists of the schema by name, the same arrays the parser, validator and table writer read
    /// through the description (<see cref="KindSchemas.Words"/>), whose order is the numeric value the runtime's enum has for each word
    /// (FactKind, EventStatus, RelationPredicate, ClaimModality, DiscrepancyKind); a test checks that the two agree.
    /// </summary>
    internal static class Vocabulary
    {
        public static readonly string[] EntityKinds = KindSchemas.Words(BuiltInSchema.EntityKinds);

        public static readonly string[] EventStatuses = KindSchemas.Words(BuiltInSchema.EventStatuses);

        public static readonly string[] RelationPredicates = KindSchemas.Words(BuiltInSchema.RelationPredicates);

        public static readonly string[] ClaimModalities = KindSchemas.Words(BuiltInSchema.ClaimModalities);

        public static readonly string[] DiscrepancyKinds = KindSchemas.Words(BuiltInSchema.DiscrepancyKinds);

        /// <summary>The C# class each entity kind is emitted into, in <see cref="EntityKinds"/> order.</summary>
        public static readonly string[] EntityKindClasses = { "People", "Countries", "Organizations", "Places", "Groups" };

        /// <summary>The types a field of a declared kind may have.</summary>
        public static readonly string[] FieldTypes = KindSchemas.Words(BuiltInSchema.DeclaredFieldTypes);

        /// <summary>What a reference field of a declared kind may refer to, besides other declared kinds.</summary>
        public static readonly string[] ReferenceTargets = KindSchemas.Words(BuiltInSchema.ReferenceTargets);

        public static int IndexOf(string[] words, string word) => System.Array.IndexOf(words, word);
    }
}
