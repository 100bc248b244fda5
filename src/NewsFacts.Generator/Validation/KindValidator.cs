using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using NewsFacts.Generator.Diagnostics;
using NewsFacts.Generator.Emit;
using NewsFacts.Generator.Model;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Validation
{
    /// <summary>
    /// Checks the kinds a dataset declares: names that make valid, unclashing C# types and sections, field
    /// types and what references refer to. Returns the valid kinds by name.
    /// </summary>
    internal static class KindValidator
    {
        private static readonly Regex NamePattern = new Regex(BuiltInSchema.KindNamePattern, RegexOptions.CultureInvariant);

        // C# names a declared kind may not take: the runtime's types and the generated classes beside it.
        private static readonly HashSet<string> ReservedTypeNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "Fact", "Entity", "Person", "Country", "Organization", "Place", "Group", "Event", "Relation", "Statement", "Claim", "Discrepancy",
            "Document", "Evidence", "Names", "LocalizedName", "Rendering", "FactDate", "DatasetInfo", "KindCount", "DocumentHash", "CustomFact",
            "FactCatalog", "FactTables", "CustomKindTable", "CustomRow", "ValueList", "FactKind", "DatePrecision", "EventStatus", "RelationPredicate",
            "ClaimModality", "DiscrepancyKind", "People", "Countries", "Organizations", "Places", "Groups", "Events", "Relations", "Statements",
            "Claims", "Discrepancies", "Documents", "Dataset", "FactIds", "System", "Tables",
        };

        // Members every custom record has already.
        private static readonly HashSet<string> ReservedFieldNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "Id", "Names", "Aliases", "Description", "Evidence", "Kind", "KindName", "Name", "EqualityContract",
        };

        public static Dictionary<string, KindSpec> Validate(RecordSet records, List<DiagnosticInfo> diagnostics)
        {
            var kinds = new Dictionary<string, KindSpec>(StringComparer.Ordinal);
            var taken = new HashSet<string>(ReservedTypeNames, StringComparer.Ordinal);
            foreach (LocatedRecord<KindSpec> located in records.Kinds)
            {
                KindSpec kind = located.Spec;
                string? problem = Problem(kind, taken, kinds);
                if (problem is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidKindDeclaration, located.Locate(new FieldPath("name")), kind.Name, problem));
                    continue;
                }

                taken.Add(TypeName(kind));
                taken.Add(ClassName(kind));
                kinds[kind.Name] = kind;
            }

            // References between declared kinds are checked once all of them are known.
            foreach (LocatedRecord<KindSpec> located in records.Kinds)
            {
                KindSpec kind = located.Spec;
                foreach (FieldSpec field in kind.Fields)
                {
                    if (kinds.ContainsKey(kind.Name) && field.RefersTo is not null && Array.IndexOf(Vocabulary.ReferenceTargets, field.RefersTo) < 0 && !kinds.ContainsKey(field.RefersTo))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidKindDeclaration, located.Locate(new FieldPath("name")), field.Name, $"it refers to '{field.RefersTo}', which is neither a kind of record ({string.Join(", ", Vocabulary.ReferenceTargets)}) nor a declared kind"));
                        kinds.Remove(kind.Name);
                    }
                }
            }

            return kinds;
        }

        public static string TypeName(KindSpec kind) => CSharpNames.MemberName(kind.Name, string.Empty);

        public static string ClassName(KindSpec kind) => CSharpNames.MemberName(kind.Plural, string.Empty);

        public static string PropertyName(FieldSpec field) => CSharpNames.MemberName(field.Name, string.Empty);

        private static string? Problem(KindSpec kind, HashSet<string> taken, Dictionary<string, KindSpec> declared)
        {
            if (!NamePattern.IsMatch(kind.Name) || !NamePattern.IsMatch(kind.Plural))
            {
                return "names and plurals are lowercase words joined by hyphens, starting with a letter";
            }

            if (declared.ContainsKey(kind.Name) || Array.IndexOf(Vocabulary.ReferenceTargets, kind.Name) >= 0 || kind.Name == "document")
            {
                return "that kind exists already";
            }

            if (Array.IndexOf(Parsing.FactsFileParser.TopLevelKeys, kind.Plural) >= 0 || declared.Values.Any(k => k.Plural == kind.Plural))
            {
                return $"its section '{kind.Plural}' exists already";
            }

            if (taken.Contains(TypeName(kind)) || taken.Contains(ClassName(kind)) || TypeName(kind) == ClassName(kind))
            {
                return $"its C# names {TypeName(kind)} and {ClassName(kind)} would clash with a type NewsFacts has (use another name or plural)";
            }

            var fields = new HashSet<string>(StringComparer.Ordinal);
            foreach (FieldSpec field in kind.Fields)
            {
                if (!NamePattern.IsMatch(field.Name))
                {
                    return $"the field '{field.Name}' is not lowercase words joined by hyphens";
                }

                if (ReservedFieldNames.Contains(PropertyName(field)) || PropertyName(field) == TypeName(kind) || !fields.Add(PropertyName(field)))
                {
                    return $"the field '{field.Name}' would clash with a property every record has, with the type, or with another field";
                }
            }

            return null;
        }
    }
}
