using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using NewsFacts.Generator.Diagnostics;
using NewsFacts.Generator.Model;
using NewsFacts.Generator.Naming;
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

        public static Dictionary<string, KindSpec> Validate(RecordSet records, List<DiagnosticInfo> diagnostics)
        {
            var kinds = new Dictionary<string, KindSpec>(StringComparer.Ordinal);
            var taken = new HashSet<string>(CSharpNames.ReservedTypeNames, StringComparer.Ordinal);
            foreach (LocatedRecord<KindSpec> located in records.Kinds)
            {
                KindSpec kind = located.Spec;
                string? problem = records.ForeignKinds.TryGetValue(kind.Name, out (string TypeName, string Dataset) foreign)
                    ? $"the referenced dataset '{foreign.Dataset}' declares that kind already (refer to its records rather than declaring it again)"
                    : Problem(kind, taken, kinds);
                if (problem is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidKindDeclaration, located.Locate(new FieldPath("name")), kind.Name, problem));
                    continue;
                }

                taken.Add(CSharpNames.TypeName(kind));
                taken.Add(CSharpNames.ClassName(kind));
                kinds[kind.Name] = kind;
            }

            // References between declared kinds are checked once all of them are known.
            foreach (LocatedRecord<KindSpec> located in records.Kinds)
            {
                KindSpec kind = located.Spec;
                foreach (FieldSpec field in kind.Fields)
                {
                    if (kinds.ContainsKey(kind.Name) && field.RefersTo is not null && Array.IndexOf(Vocabulary.ReferenceTargets, field.RefersTo) < 0 && !kinds.ContainsKey(field.RefersTo) && !records.ForeignKinds.ContainsKey(field.RefersTo))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidKindDeclaration, located.Locate(new FieldPath("name")), field.Name, $"it refers to '{field.RefersTo}', which is neither a kind of record ({string.Join(", ", Vocabulary.ReferenceTargets)}) nor a kind this dataset or a referenced one declares"));
                        kinds.Remove(kind.Name);
                    }
                }
            }

            return kinds;
        }

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

            if (taken.Contains(CSharpNames.TypeName(kind)) || taken.Contains(CSharpNames.ClassName(kind)) || CSharpNames.TypeName(kind) == CSharpNames.ClassName(kind))
            {
                return $"its C# names {CSharpNames.TypeName(kind)} and {CSharpNames.ClassName(kind)} would clash with a type NewsFacts has (use another name or plural)";
            }

            var fields = new HashSet<string>(StringComparer.Ordinal);
            foreach (FieldSpec field in kind.Fields)
            {
                if (!NamePattern.IsMatch(field.Name))
                {
                    return $"the field '{field.Name}' is not lowercase words joined by hyphens";
                }

                if (CSharpNames.ReservedFieldNames.Contains(CSharpNames.PropertyName(field)) || CSharpNames.PropertyName(field) == CSharpNames.TypeName(kind) || !fields.Add(CSharpNames.PropertyName(field)))
                {
                    return $"the field '{field.Name}' would clash with a property every record has, with the type, or with another field";
                }
            }

            return null;
        }
    }
}
