namespace NewsFacts.Generator.Analyzers
{
    /// <summary>
    /// What <see cref="FactIdAnalyzer"/> hands to the code fix (NewsFacts.CodeFixes, which compiles this file too)
    /// in an NF1001 diagnostic's <c>Properties</c>, so the fix recomputes nothing.
    /// </summary>
    internal static class FactIdFixData
    {
        /// <summary>The id of the diagnostic the fix applies to (NF1001, "No fact has this id").</summary>
        public const string UnknownFactIdDiagnosticId = "NF1001";

        /// <summary>The nearest id of the dataset, the did-you-mean; absent when there is none.</summary>
        public const string SuggestedIdKey = "NewsFacts.SuggestedId";

        /// <summary>
        /// The constant that holds the suggested id, fully qualified with keywords escaped
        /// (<c>global::NewsFacts.FactIds.People.VladimirPutin</c>); absent when the dataset has no FactIds class.
        /// </summary>
        public const string FactIdsMemberKey = "NewsFacts.FactIdsMember";
    }
}
