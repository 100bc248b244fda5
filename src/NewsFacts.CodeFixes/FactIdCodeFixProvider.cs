using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NewsFacts.Generator.Analyzers;

namespace NewsFacts.CodeFixes
{
    /// <summary>
    /// Turns NF1001's did-you-mean into edits of the misspelt literal: <c>Find("vladimr-putin")</c> becomes
    /// <c>Find("vladimir-putin")</c>, or <c>Find(FactIds.People.VladimirPutin)</c> where the dataset has FactIds.
    /// Everything comes from the diagnostic's properties (<see cref="FactIdFixData"/>): nothing is looked up again.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FactIdCodeFixProvider))]
    [Shared]
    public sealed class FactIdCodeFixProvider : CodeFixProvider
    {
        /// <summary>The equivalence key of "use the suggested id" (one for every diagnostic, so Fix All applies it everywhere).</summary>
        public const string UseSuggestedIdKey = "NewsFacts.UseSuggestedId";

        /// <summary>The equivalence key of "use the FactIds constant".</summary>
        public const string UseFactIdsMemberKey = "NewsFacts.UseFactIdsMember";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(FactIdFixData.UnknownFactIdDiagnosticId);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                // Only a string literal is replaced: a named constant that holds the wrong id is fixed where it is declared.
                if (!diagnostic.Properties.TryGetValue(FactIdFixData.SuggestedIdKey, out string? suggestion)
                    || suggestion is null
                    || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                    || !literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    continue;
                }

                Document document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use '{suggestion}'",
                        token => Replace(document, literal, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(suggestion)), token),
                        UseSuggestedIdKey),
                    diagnostic);

                if (diagnostic.Properties.TryGetValue(FactIdFixData.FactIdsMemberKey, out string? member) && member is not null)
                {
                    SemanticModel? model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
                    ExpressionSyntax constant = model is null ? SyntaxFactory.ParseExpression(member) : Shortest(model, literal.SpanStart, member);
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            $"Use the constant {constant}",
                            token => Replace(document, literal, constant, token),
                            UseFactIdsMemberKey),
                        diagnostic);
                }
            }
        }

        private static async Task<Document> Replace(Document document, LiteralExpressionSyntax literal, ExpressionSyntax replacement, CancellationToken cancellationToken)
        {
            SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            return document.WithSyntaxRoot(root.ReplaceNode(literal, replacement.WithTriviaFrom(literal)));
        }

        // global::NewsFacts.FactIds.People.VladimirPutin as short as it can be written where the literal stands and
        // still name the same constant: FactIds.People.VladimirPutin under `using NewsFacts;`, else
        // NewsFacts.FactIds.People.VladimirPutin, and so on up to the fully qualified name.
        private static ExpressionSyntax Shortest(SemanticModel model, int position, string member)
        {
            ExpressionSyntax full = SyntaxFactory.ParseExpression(member);
            ISymbol? constant = model.GetSpeculativeSymbolInfo(position, full, SpeculativeBindingOption.BindAsExpression).Symbol;
            string[] parts = member.Substring(member.StartsWith(GlobalPrefix, System.StringComparison.Ordinal) ? GlobalPrefix.Length : 0).Split('.');
            for (int first = System.Math.Max(0, parts.Length - 3); constant is not null && first >= 0; first--)
            {
                ExpressionSyntax candidate = SyntaxFactory.ParseExpression(string.Join(".", parts, first, parts.Length - first));
                if (SymbolEqualityComparer.Default.Equals(model.GetSpeculativeSymbolInfo(position, candidate, SpeculativeBindingOption.BindAsExpression).Symbol, constant))
                {
                    return candidate;
                }
            }

            return full;
        }

        private const string GlobalPrefix = "global::";
    }
}
