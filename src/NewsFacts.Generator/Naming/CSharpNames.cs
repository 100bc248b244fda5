using System.Collections.Generic;
using System.Text;
using NewsFacts.Generator.Model;

namespace NewsFacts.Generator.Naming
{
    /// <summary>
    /// The C# names of what the generator emits, made from the YAML: ids become members
    /// (<c>vladimir-putin</c> → <c>VladimirPutin</c>), declared kinds and their fields become types and properties,
    /// stable and always valid. The one place these rules live: validation uses them to report clashes before
    /// emit writes the same names.
    /// </summary>
    internal static class CSharpNames
    {
        /// <summary>The constant that catalog-only datasets carry in their <c>Dataset</c> class: every fact's id (NF1001, NF1002).</summary>
        public const string FactIdIndex = "FactIdIndex";

        /// <summary>C# names a declared kind may not take: the runtime's types and the generated classes beside it.</summary>
        public static readonly HashSet<string> ReservedTypeNames = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "Fact", "Entity", "Person", "Country", "Organization", "Place", "Group", "Event", "Relation", "Statement", "Claim", "Discrepancy",
            "Document", "Evidence", "Names", "LocalizedName", "Rendering", "FactDate", "DatasetInfo", "KindCount", "DocumentHash", "CustomFact",
            "FactCatalog", "FactTables", "CustomKindTable", "CustomRow", "ValueList", "FactKind", "DatePrecision", "EventStatus", "RelationPredicate",
            "ClaimModality", "DiscrepancyKind", "Factuality", "FactualityValue", "FactualityPolarity", "Reading", "ReadingRank", "People", "Countries", "Organizations", "Places", "Groups", "Events", "Relations", "Statements",
            "Claims", "Discrepancies", "Documents", "Dataset", "FactIds", "System", "Tables",
        };

        /// <summary>Members every record of a declared kind has already.</summary>
        public static readonly HashSet<string> ReservedFieldNames = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "Id", "Names", "Aliases", "Description", "Evidence", "Kind", "KindName", "Name", "EqualityContract",
        };

        // Members a static class inherits from object; a property of the same name would hide them (CS0108).
        private static readonly string[] InheritedNames = { "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize" };

        /// <summary>The member name of <paramref name="id"/> inside the class <paramref name="containingClass"/>.</summary>
        public static string MemberName(string id, string containingClass)
        {
            var builder = new StringBuilder(id.Length + 1);
            bool upper = true;
            foreach (char c in id)
            {
                if (c == '-' || c == '_' || c == '.')
                {
                    upper = true;
                    continue;
                }

                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }

            if (builder.Length == 0 || char.IsDigit(builder[0]))
            {
                builder.Insert(0, '_');
            }

            string name = builder.ToString();

            // A member may not share its class's name (CS0542) nor hide what every class inherits.
            return name == containingClass || System.Array.IndexOf(InheritedNames, name) >= 0 ? name + "_" : name;
        }

        /// <summary>A declared kind's record type: <c>missile</c> → <c>Missile</c>.</summary>
        public static string TypeName(KindSpec kind) => MemberName(kind.Name, string.Empty);

        /// <summary>A declared kind's class of typed members, from its plural: <c>missiles</c> → <c>Missiles</c>.</summary>
        public static string ClassName(KindSpec kind) => MemberName(kind.Plural, string.Empty);

        /// <summary>A declared field's property: <c>range-km</c> → <c>RangeKm</c>.</summary>
        public static string PropertyName(FieldSpec field) => MemberName(field.Name, string.Empty);

        /// <summary>A namespace made safe: each dotted part a valid identifier.</summary>
        public static string Namespace(string? candidate)
        {
            if (string.IsNullOrWhiteSpace(candidate))
            {
                return "NewsFacts.Generated";
            }

            string[] parts = candidate!.Trim().Split('.');
            for (int i = 0; i < parts.Length; i++)
            {
                var part = new StringBuilder();
                foreach (char c in parts[i])
                {
                    part.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
                }

                if (part.Length == 0 || char.IsDigit(part[0]))
                {
                    part.Insert(0, '_');
                }

                parts[i] = Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(part.ToString()) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + part : part.ToString();
            }

            return string.Join(".", parts);
        }
    }
}
