using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NewsFacts.Generator.Diagnostics;
using NewsFacts.Generator.Parsing;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Analyzers
{
    /// <summary>
    /// Checks at compile time that a string literal passed to a dataset's catalog lookup
    /// (<c>Dataset.Catalog.Find("vladimir-putin")</c>, <c>Find&lt;T&gt;</c>, <c>TryFind&lt;T&gt;</c>, <c>FindDocument</c>)
    /// names a fact of that dataset or of a dataset it references (its catalog finds those too), and of the kind
    /// asked for. The dataset's own ids come from its generated <c>FactIds</c> constants or its <c>Dataset.FactIdIndex</c>,
    /// from source or from a referenced assembly alike (<see cref="CompiledDatasetIds"/>); the referenced datasets' from
    /// their manifests (<see cref="ReferencedDatasets"/>, the generator's reader too).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FactIdAnalyzer : DiagnosticAnalyzer
    {
        private static readonly string[] EntityClasses = Model.Vocabulary.EntityKindClasses;

        // global::NewsFacts: the dataset namespace as source writes it in a constant's full name (global::NewsFacts.FactIds.People.VladimirPutin).
        private static readonly SymbolDisplayFormat MemberFormat = SymbolDisplayFormat.FullyQualifiedFormat.WithMemberOptions(SymbolDisplayMemberOptions.IncludeContainingType);

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.UnknownFactId, DiagnosticDescriptors.FactIdOfOtherKind);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                INamedTypeSymbol? catalog = start.Compilation.GetTypeByMetadataName("NewsFacts.FactCatalog");
                if (catalog is null)
                {
                    return;
                }

                var datasets = new ConcurrentDictionary<INamedTypeSymbol, Dictionary<string, FactId>?>(SymbolEqualityComparer.Default);
                start.RegisterOperationAction(operation => Analyze((IInvocationOperation)operation.Operation, catalog, datasets, operation.Compilation, operation.ReportDiagnostic, operation.CancellationToken), OperationKind.Invocation);
            });
        }

        private static void Analyze(IInvocationOperation invocation, INamedTypeSymbol catalog, ConcurrentDictionary<INamedTypeSymbol, Dictionary<string, FactId>?> datasets, Compilation compilation, System.Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            IMethodSymbol method = invocation.TargetMethod;
            if (!SymbolEqualityComparer.Default.Equals(method.ContainingType, catalog)
                || method.Name is not ("Find" or "TryFind" or "FindDocument")
                || invocation.Arguments.Length == 0
                || invocation.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string id }
                || invocation.Instance is not IPropertyReferenceOperation { Property: { Name: "Catalog", ContainingType: { Name: "Dataset" } dataset } })
            {
                return;
            }

            Dictionary<string, FactId>? ids = datasets.GetOrAdd(dataset, d => IdsOf(d, compilation, cancellationToken));
            if (ids is null)
            {
                return;
            }

            bool document = method.Name == "FindDocument";
            string? wanted = method.IsGenericMethod ? method.TypeArguments[0].Name : null;
            Location location = invocation.Arguments[0].Value.Syntax.GetLocation();
            string where = dataset.ToDisplayString();
            if (!ids.TryGetValue(id, out FactId found) || (found.MemberClass == "Documents") != document)
            {
                string? suggestion = DidYouMean.Nearest(id, ids.Where(p => (p.Value.MemberClass == "Documents") == document).Select(p => p.Key));
                report(Diagnostic.Create(DiagnosticDescriptors.UnknownFactId, location, FixProperties(suggestion, ids), id, document ? "document" : "fact", where, suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?"));
            }
            else if (wanted is not null && !Fits(wanted, found.MemberClass))
            {
                report(Diagnostic.Create(DiagnosticDescriptors.FactIdOfOtherKind, location, id, "one of the " + found.MemberClass.ToLowerInvariant(), wanted));
            }
        }

        // What the code fix needs (FactIdFixData): the suggested id and, where the dataset has FactIds, its constant.
        private static ImmutableDictionary<string, string?> FixProperties(string? suggestion, Dictionary<string, FactId> ids)
        {
            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty;
            if (suggestion is null)
            {
                return properties;
            }

            properties = properties.Add(FactIdFixData.SuggestedIdKey, suggestion);
            string? member = ids[suggestion].Member;
            return member is null ? properties : properties.Add(FactIdFixData.FactIdsMemberKey, member);
        }

        // The dataset's ids, from its FactIds constants or (generated without typed members) its Dataset.FactIdIndex:
        // read by the reader the generator uses too, through the referenced assembly's metadata or the symbols of source.
        private static Dictionary<string, FactId>? IdsOf(INamedTypeSymbol dataset, Compilation compilation, CancellationToken cancellationToken)
        {
            if (CompiledDatasetIds.Read(dataset, compilation, cancellationToken) is not { } read)
            {
                return null;
            }

            string ns = dataset.ContainingNamespace.ToDisplayString(MemberFormat);
            var ids = new Dictionary<string, FactId>(System.StringComparer.Ordinal);

            // The catalog of a dataset in this compilation takes in every dataset package the compilation references;
            // one in a referenced assembly, those its manifest names (it was compiled against them). Its own ids come after, and win.
            Model.EquatableArray<Model.ReferencedDatasetSpec> all = ReferencedDatasets.Of(compilation.ExternalReferences, cancellationToken);
            Model.ReferencedDatasetSpec? self = null;
            if (!SymbolEqualityComparer.Default.Equals(dataset.ContainingAssembly, compilation.Assembly) && compilation.GetMetadataReference(dataset.ContainingAssembly) is { } reference)
            {
                self = ReferencedDatasets.Of(reference);
            }

            foreach (Model.ReferencedDatasetSpec referenced in all)
            {
                if (self is null ? referenced.Namespace != dataset.ContainingNamespace.ToDisplayString() : self.References.Contains(referenced.Name))
                {
                    foreach (Model.ExternalId external in referenced.Ids)
                    {
                        ids[external.Id] = new FactId(Naming.MemberClasses.ForKind(external.Kind), null);
                    }
                }
            }

            foreach ((string id, string memberClass, string? constant) in read)
            {
                ids[id] = new FactId(memberClass, constant is null ? null : $"{ns}.FactIds.{Identifier(memberClass)}.{Identifier(constant)}");
            }

            return ids;
        }

        // A name as C# source writes it: a keyword escaped (the constants' names are generated, never keywords today).
        private static string Identifier(string name) =>
            Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? name : "@" + name;

        /// <summary>A fact's id as the dataset declares it: the FactIds class of its kind, and its constant there, if any.</summary>
        private readonly struct FactId
        {
            public FactId(string memberClass, string? member)
            {
                MemberClass = memberClass;
                Member = member;
            }

            /// <summary>People, Countries, ..., Documents.</summary>
            public string MemberClass { get; }

            /// <summary><c>global::NewsFacts.FactIds.People.VladimirPutin</c>; null for a dataset without FactIds.</summary>
            public string? Member { get; }
        }

        private static bool Fits(string recordType, string memberClass) => recordType switch
        {
            "Fact" => true,
            "Entity" => System.Array.IndexOf(EntityClasses, memberClass) >= 0,
            "Person" => memberClass == "People",
            "Country" => memberClass == "Countries",
            "Organization" => memberClass == "Organizations",
            "Place" => memberClass == "Places",
            "Group" => memberClass == "Groups",
            "Event" => memberClass == "Events",
            "Relation" => memberClass == "Relations",
            "Statement" => memberClass == "Statements",
            "Claim" => memberClass == "Claims",
            "Discrepancy" => memberClass == "Discrepancies",
            _ => true,
        };
    }
}
