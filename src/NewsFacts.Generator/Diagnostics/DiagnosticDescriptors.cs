using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace NewsFacts.Generator.Diagnostics
{
    /// <summary>Every diagnostic the generator reports. docs/diagnostics.md has an entry for each id.</summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "NewsFacts";
        /// <summary>The catalogue's address in the repository the packages name (RepositoryUrl in Directory.Build.props).</summary>
        private const string HelpBase = RepositoryInfo.BlobUrl + "docs/diagnostics.md#";

        public static readonly DiagnosticDescriptor YamlSyntax = Error("NF0001", "YAML syntax error", "The facts file is not valid YAML: {0}");
        public static readonly DiagnosticDescriptor EmptyFile = Error("NF0002", "Empty facts file", "The facts file holds no YAML document; write at least 'schema: 1'");
        public static readonly DiagnosticDescriptor WrongNodeType = Error("NF0003", "Wrong YAML node type", "'{0}' must be {1}, not {2}");
        public static readonly DiagnosticDescriptor MissingField = Error("NF0004", "Missing required field", "{0} has no '{1}', which it requires");
        public static readonly DiagnosticDescriptor UnknownKey = Warning("NF0005", "Unknown key", "'{0}' is not a key of {1}{2}");
        public static readonly DiagnosticDescriptor DuplicateId = Error("NF0006", "Duplicate id", "The id '{0}' is already used{1}");
        public static readonly DiagnosticDescriptor UnknownReference = Error("NF0007", "Reference to an unknown id", "In {0} refers to '{1}', which no record has as its id{2}");
        public static readonly DiagnosticDescriptor WrongReferenceKind = Error("NF0008", "Reference to a record of the wrong kind", "In {0} must refer to {1}, but '{2}' is {3}");
        public static readonly DiagnosticDescriptor InvalidDate = Error("NF0009", "Invalid date", "'{0}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD with a month from 01 to 12 and a day that exists");
        public static readonly DiagnosticDescriptor EndBeforeStart = Error("NF0010", "End before start", "The end {0} is before the start {1}");
        public static readonly DiagnosticDescriptor InvalidId = Error("NF0011", "Invalid id", "'{0}' is not a valid id: use lowercase letters, digits and hyphens, starting with a letter");
        public static readonly DiagnosticDescriptor UnsupportedSchema = Error("NF0012", "Unsupported schema version", "Schema version '{0}' is not supported; this generator reads schema 1");
        public static readonly DiagnosticDescriptor UnknownWord = Error("NF0013", "Unknown value", "'{0}' is not a valid {1}; use one of: {2}");
        public static readonly DiagnosticDescriptor SharedAlias = Warning("NF0014", "Alias shared by two entities", "The name '{0}' stands for both '{1}' and '{2}'; mark both entities 'ambiguous: true' if that is intended");
        public static readonly DiagnosticDescriptor MemberNameCollision = Error("NF0015", "Ids collide as C# names", "The ids '{0}' and '{1}' both become the C# name '{2}'");
        public static readonly DiagnosticDescriptor LanguageVersion = Error("NF0016", "C# 11 or later required", "NewsFacts compiles facts into UTF-8 literals, which need C# 11 or later; set <LangVersion>11</LangVersion> or later (the project uses {0})");
        public static readonly DiagnosticDescriptor MissingEvidence = Error("NF0017", "Fact without evidence", "{0} '{1}' has no evidence; every fact needs at least one quote from a document");
        public static readonly DiagnosticDescriptor UnsupportedYaml = Error("NF0018", "Unsupported YAML feature", "{0} is not supported in facts files");
        public static readonly DiagnosticDescriptor InvalidNumber = Error("NF0019", "Invalid number", "'{0}' must be a whole number from 0 up, not '{1}'");
        public static readonly DiagnosticDescriptor DuplicateKey = Error("NF0020", "Duplicate key", "The key '{0}' appears twice in the same mapping");
        public static readonly DiagnosticDescriptor QuoteNotInDocument = Error("NF0021", "Evidence quote not in its document", "The quote “{0}” is not at offset {1} of document '{2}'{3}");
        public static readonly DiagnosticDescriptor LimitExceeded = Error("NF0022", "Limit exceeded", "{0}; facts files are limited to {1}");
        public static readonly DiagnosticDescriptor UndecodableText = Error("NF0023", "Undecodable bytes", "The file has bytes that are not valid in its encoding (read as U+FFFD); save it as UTF-8");
        public static readonly DiagnosticDescriptor InvalidKindDeclaration = Error("NF0024", "Invalid kind declaration", "The kind or field '{0}' cannot be declared: {1}");
        public static readonly DiagnosticDescriptor ReferencedIdClash = Error("NF0027", "Two referenced datasets have the same id", "The referenced datasets '{0}' and '{1}' both have the ids {2}: ids are global across the datasets a project sees, so rename them in one of the two datasets");
        public static readonly DiagnosticDescriptor ReferencedNamespaceClash = Error("NF0028", "A referenced dataset is in this project's namespace", "The referenced dataset '{0}' is generated into the namespace '{1}', which this project's facts are generated into too; set <NewsFactsNamespace> to another namespace");
        public static readonly DiagnosticDescriptor ReferencedTableFormat = Error("NF0029", "A referenced dataset's tables are of another format", "The referenced dataset '{0}'{1} was compiled into {2} of the table format, and this NewsFacts generator and runtime read version {3}; build '{0}' with this version of NewsFacts, or use the NewsFacts version it was built with");
        public static readonly DiagnosticDescriptor UnknownFactId = Error(Analyzers.FactIdFixData.UnknownFactIdDiagnosticId, "No fact has this id", "'{0}' is not the id of any {1} in {2}{3}");
        public static readonly DiagnosticDescriptor FactIdOfOtherKind = Warning("NF1002", "The id names a fact of another kind", "'{0}' is {1}, so this lookup of {2} always returns null");
        public static readonly DiagnosticDescriptor UnknownDocComments = Warning("NF0025", "Unknown NewsFactsDocComments value", "NewsFactsDocComments is '{0}'; expected full, summary or none. Full documentation is generated.");
        public static readonly DiagnosticDescriptor UnknownTypedMembers = Warning("NF0026", "Unknown NewsFactsTypedMembers value", "NewsFactsTypedMembers is '{0}'; expected true or false. Typed members are generated.");

        public static readonly DiagnosticDescriptor InternalError = Error("NF9999", "Internal generator error", "The NewsFacts generator failed on this file ({0}: {1}); no code was generated for it. Please report this with the file.");

        public static IEnumerable<DiagnosticDescriptor> All => new[]
        {
            YamlSyntax, EmptyFile, WrongNodeType, MissingField, UnknownKey, DuplicateId, UnknownReference, WrongReferenceKind,
            InvalidDate, EndBeforeStart, InvalidId, UnsupportedSchema, UnknownWord, SharedAlias, MemberNameCollision,
            LanguageVersion, MissingEvidence, UnsupportedYaml, InvalidNumber, DuplicateKey,
            QuoteNotInDocument, LimitExceeded, UndecodableText, InvalidKindDeclaration, UnknownDocComments, UnknownTypedMembers, ReferencedIdClash, ReferencedNamespaceClash, ReferencedTableFormat, UnknownFactId, FactIdOfOtherKind, InternalError,
        };

        public static DiagnosticDescriptor ById(string id)
        {
            foreach (DiagnosticDescriptor descriptor in All)
            {
                if (descriptor.Id == id)
                {
                    return descriptor;
                }
            }

            throw new KeyNotFoundException(id);
        }

        private static DiagnosticDescriptor Error(string id, string title, string message) =>
            new DiagnosticDescriptor(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

        private static DiagnosticDescriptor Warning(string id, string title, string message) =>
            new DiagnosticDescriptor(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
    }
}
