using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsFacts.Generator.Diagnostics;
using NewsFacts.Generator.Emit;
using NewsFacts.Generator.Model;
using NewsFacts.Generator.Naming;
using NewsFacts.Generator.Parsing;
using NewsFacts.Generator.Validation;

namespace NewsFacts.Generator
{
    /// <summary>
    /// Compiles the project's <c>facts.yaml</c> and <c>*.facts.yaml</c> (or <c>.yml</c>) AdditionalFiles into immutable,
    /// strongly typed records. Pipeline: parse each file (cached per file) → validate all files together →
    /// split the model per facts file → emit each file's C# on its own (cached per file) and a small global part;
    /// diagnostics are reported from their own output so a changed message re-emits nothing.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class FactsGenerator : IIncrementalGenerator
    {
        /// <summary>Tracking names of the pipeline steps, for caching tests.</summary>
        public static class Steps
        {
            /// <summary>One facts file parsed.</summary>
            public const string Parse = "NewsFacts.Parse";

            /// <summary>One document text read.</summary>
            public const string DocumentText = "NewsFacts.DocumentText";

            /// <summary>The dataset packages among the project's references, with their ids.</summary>
            public const string ReferencedIds = "NewsFacts.ReferencedIds";

            /// <summary>The project's options.</summary>
            public const string Options = "NewsFacts.Options";

            /// <summary>One facts file's own share of validation (<see cref="Validation.FileIndex"/>): its member names, folded names, records sorted by kind then id.</summary>
            public const string FileIndex = "NewsFacts.FileIndex";

            /// <summary>All files validated together.</summary>
            public const string Validate = "NewsFacts.Validate";

            /// <summary>The model the emitter sees.</summary>
            public const string Model = "NewsFacts.Model";

            /// <summary>The diagnostics to report.</summary>
            public const string Diagnostics = "NewsFacts.Diagnostics";

            /// <summary>The emit-only properties as written: <c>NewsFactsDocComments</c> and <c>NewsFactsTypedMembers</c>.</summary>
            public const string EmitOptions = "NewsFacts.EmitOptions";

            /// <summary>The model split per facts file: one value per file, equal while the file's records are.</summary>
            public const string FileModel = "NewsFacts.FileModel";

            /// <summary>The emit-only properties the facts files' output depends on (not the dataset's name and version).</summary>
            public const string FileEmitOptions = "NewsFacts.FileEmitOptions";

            /// <summary>One facts file's generated sources: its tables and its parts of the member classes.</summary>
            public const string EmitFile = "NewsFacts.EmitFile";

            /// <summary>What the global part needs of one file's output: its key, its tables' hash and segment counts.</summary>
            public const string FileTables = "NewsFacts.FileTables";

            /// <summary>The manifest without its content hash: equal while the ids, kinds and references are, so a large manifest's files stay cached.</summary>
            public const string Manifest = "NewsFacts.Manifest";

            /// <summary>Whether the compilation lacks an <c>IsExternalInit</c> it can use (netstandard2.0, .NET Framework).</summary>
            public const string NeedsIsExternalInit = "NewsFacts.NeedsIsExternalInit";
        }

        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<FactsFile> files = context.AdditionalTextsProvider
                .Where(static text => IsFactsFile(text.Path))
                .Select(static (text, cancellationToken) => FactsFileParser.Parse(text.Path, text.GetText(cancellationToken), cancellationToken))
                .WithTrackingName(Steps.Parse);

            IncrementalValueProvider<GeneratorOptions> options = context.AnalyzerConfigOptionsProvider
                .Combine(context.ParseOptionsProvider)
                .Select(static (pair, _) => ReadOptions(pair.Left, pair.Right))
                .WithTrackingName(Steps.Options);

            // Corpus texts and referenced datasets' ids are read only when the project has facts files, so a project that
            // uses NewsFacts only for its data pays nothing.
            IncrementalValueProvider<ImmutableArray<FactsFile>> allFiles = files.Collect();
            IncrementalValueProvider<bool> hasFacts = allFiles.Select(static (all, _) => !all.IsEmpty);

            // Corpus texts let the validator check every quote at its offset; a project without them skips the check.
            IncrementalValuesProvider<DocumentText> documents = context.AdditionalTextsProvider
                .Where(static text => text.Path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
                .Combine(hasFacts)
                .Where(static pair => pair.Right)
                .Select(static (pair, cancellationToken) => new DocumentText(Path.GetFileNameWithoutExtension(pair.Left.Path), pair.Left.GetText(cancellationToken)?.ToString() ?? string.Empty))
                .WithTrackingName(Steps.DocumentText);

            // Referenced datasets come from the project's references, not its compilation: an edit to the project's code
            // leaves the references (the same instances, compared one by one) and so this step cached; adding or
            // removing one re-reads them (and a reference already read is not read again: ReferencedDatasets caches
            // per reference). Taking the compilation's list costs a keystroke less than MetadataReferencesProvider,
            // whose table of every reference is rebuilt per compilation even in a project without facts.
            IncrementalValueProvider<ImmutableArray<MetadataReference>> references = context.CompilationProvider
                .Select(static (compilation, _) => compilation.ExternalReferences)
                .WithComparer(SameReferences.Instance);
            IncrementalValueProvider<bool> readReferences = hasFacts
                .Combine(options)
                .Select(static (input, _) => input.Left && input.Right.ReadReferencedDatasets);
            // Indexed here, once per change of the references, not by every validation (an edit of a facts file).
            IncrementalValueProvider<ExternalIds> referenced = references
                .Combine(readReferences)
                .Select(static (input, cancellationToken) => input.Right
                    ? new ExternalIds(ReferencedDatasets.Of(input.Left, cancellationToken))
                    : ExternalIds.None)
                .WithTrackingName(Steps.ReferencedIds);

            // Each file's own share of validation, cached with the file: an edit re-indexes only the file edited.
            IncrementalValueProvider<ImmutableArray<FileIndex>> indexes = files
                .Select(static (file, _) => FileIndex.Safe(file))
                .WithTrackingName(Steps.FileIndex)
                .Collect();

            IncrementalValueProvider<ValidationResult> validated = indexes
                .Combine(documents.Collect())
                .Combine(referenced)
                .Combine(options)
                .Select(static (input, cancellationToken) => DatasetValidator.Validate(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right, cancellationToken))
                .WithTrackingName(Steps.Validate);

            IncrementalValueProvider<EmitModel?> model = validated
                .Select(static (result, _) => result.Model)
                .WithTrackingName(Steps.Model);

            IncrementalValueProvider<EquatableArray<DiagnosticInfo>> diagnostics = validated
                .Select(static (result, _) => result.Diagnostics)
                .WithTrackingName(Steps.Diagnostics);

            // Emit-only settings join the model here: changing them re-emits without re-validating.
            IncrementalValueProvider<(string DocComments, string TypedMembers, DatasetIdentity Identity)> emitOptions = context.AnalyzerConfigOptionsProvider
                .Select(static (provider, _) => (Property(provider, DocCommentsOption.Property), Property(provider, TypedMembersOption.Property), Identity(provider)))
                .WithTrackingName(Steps.EmitOptions);

            // Each facts file's records are emitted on their own (FileEmitter): an edit to one file re-emits that file's
            // sources and the small global part; every other file's value is equal, so its output stays cached.
            IncrementalValuesProvider<FileEmitModel> fileModels = model
                .SelectMany(static (emitModel, _) => emitModel is null ? default : emitModel.PerFile)
                .WithTrackingName(Steps.FileModel);
            IncrementalValueProvider<(string DocComments, string TypedMembers)> fileEmitOptions = emitOptions
                .Select(static (options, _) => (options.DocComments, options.TypedMembers))
                .WithTrackingName(Steps.FileEmitOptions);
            IncrementalValuesProvider<FileOutput> fileOutputs = fileModels
                .Combine(fileEmitOptions)
                .Select(static (input, _) => FileEmitter.Emit(input.Left, DocCommentsOption.Parse(input.Right.DocComments) ?? DocComments.Full, TypedMembersOption.Parse(input.Right.TypedMembers) ?? true))
                .WithTrackingName(Steps.EmitFile);
            context.RegisterSourceOutput(fileOutputs, static (output, file) =>
            {
                foreach (GeneratedFile source in file.Sources)
                {
                    output.AddSource(source.HintName, source.Source);
                }
            });

            IncrementalValueProvider<ImmutableArray<FileTables>> fileTables = fileOutputs
                .Select(static (file, _) => file.Tables)
                .WithTrackingName(Steps.FileTables)
                .Collect();

            // A large manifest (the ids by kind) is written to files of its own from a value without the content hash: an
            // edit that changes no id leaves it equal and its files cached; Dataset.g.cs holds the hash and joins them.
            IncrementalValueProvider<ManifestText?> manifest = model
                .Combine(emitOptions.Select(static (options, _) => options.Identity))
                .Select(static (input, _) => input.Left is null ? null : DatasetPackageWriter.Text(input.Left, input.Right))
                .WithTrackingName(Steps.Manifest);
            context.RegisterSourceOutput(manifest, static (output, text) =>
            {
                if (text is not null)
                {
                    foreach ((string hintName, string source) in DatasetPackageWriter.PartFiles(text))
                    {
                        output.AddSource(hintName, source);
                    }
                }
            });

            context.RegisterSourceOutput(model.Combine(emitOptions).Combine(fileTables).Combine(manifest), static (output, input) =>
            {
                (((EmitModel? emitModel, (string docCommentsText, string typedMembersText, DatasetIdentity identity)), ImmutableArray<FileTables> files), ManifestText? manifestText) = input;
                if (emitModel is null || manifestText is null)
                {
                    return;
                }

                DocComments? level = DocCommentsOption.Parse(docCommentsText);
                if (level is null)
                {
                    output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownDocComments, Location.None, docCommentsText));
                }

                bool? typedMembers = TypedMembersOption.Parse(typedMembersText);
                if (typedMembers is null)
                {
                    output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownTypedMembers, Location.None, typedMembersText));
                }

                foreach ((string hintName, string source) in DatasetEmitter.EmitGlobal(emitModel, files, level ?? DocComments.Full, typedMembers ?? true, identity, manifestText))
                {
                    output.AddSource(hintName, source);
                }
            });

            // A declared kind is a positional record, whose init accessors need System.Runtime.CompilerServices.IsExternalInit.
            // netstandard2.0 and .NET Framework have none, so a project there gets an internal one of its own. The
            // compilation changes on every keystroke: its symbols are looked at only when the dataset declares kinds.
            IncrementalValueProvider<bool> declaresKinds = model.Select(static (emitModel, _) => emitModel is { } m && m.Dataset.Kinds.Count > 0);
            IncrementalValueProvider<bool> needsIsExternalInit = declaresKinds
                .Combine(context.CompilationProvider)
                .Select(static (input, _) => input.Left && !HasUsableIsExternalInit(input.Right))
                .WithTrackingName(Steps.NeedsIsExternalInit);

            context.RegisterSourceOutput(model.Combine(needsIsExternalInit), static (output, input) =>
            {
                if (input.Left is { } emitModel && input.Right)
                {
                    output.AddSource("IsExternalInit.g.cs", CustomKindEmitter.IsExternalInit);
                }
            });

            context.RegisterSourceOutput(diagnostics, static (output, infos) =>
            {
                foreach (DiagnosticInfo info in infos)
                {
                    DiagnosticDescriptor descriptor = DiagnosticDescriptors.ById(info.Id);
                    output.ReportDiagnostic(Diagnostic.Create(descriptor, info.Location?.ToLocation() ?? Location.None, info.Arguments.ToArray()));
                }
            });
        }

        /// <summary>Two lists of references are the same when they hold the same instances in the same order.</summary>
        private sealed class SameReferences : System.Collections.Generic.IEqualityComparer<ImmutableArray<MetadataReference>>
        {
            public static readonly SameReferences Instance = new SameReferences();

            public bool Equals(ImmutableArray<MetadataReference> x, ImmutableArray<MetadataReference> y)
            {
                if (x == y)
                {
                    return true;
                }

                if (x.IsDefault || y.IsDefault || x.Length != y.Length)
                {
                    return false;
                }

                for (int i = 0; i < x.Length; i++)
                {
                    if (!ReferenceEquals(x[i], y[i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            public int GetHashCode(ImmutableArray<MetadataReference> references) => references.IsDefault ? 0 : references.Length;
        }

        private static readonly string[] YamlExtensions = { ".yaml", ".yml" };

        /// <summary>The names of facts files, for messages: what <see cref="IsFactsFile"/> accepts (and the package's props include, facts.yaml/yml aside).</summary>
        internal const string FactsFileNames = "facts.yaml, facts.yml, *.facts.yaml or *.facts.yml";

        /// <summary>Whether a file is a facts file by its name: <c>facts.yaml</c> or <c>*.facts.yaml</c>, with <c>.yml</c> as well as <c>.yaml</c>. The CLI's <c>check</c> uses it too.</summary>
        internal static bool IsFactsFile(string path)
        {
            string name = Path.GetFileName(path);
            foreach (string extension in YamlExtensions)
            {
                if (name.Equals("facts" + extension, StringComparison.OrdinalIgnoreCase)
                    || name.EndsWith(".facts" + extension, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasUsableIsExternalInit(Compilation compilation)
        {
            foreach (INamedTypeSymbol type in compilation.GetTypesByMetadataName("System.Runtime.CompilerServices.IsExternalInit"))
            {
                if (compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
                {
                    return true;
                }
            }

            return false;
        }

        private static string Property(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider provider, string name) =>
            provider.GlobalOptions.TryGetValue("build_property." + name, out string? value) ? value.Trim() : string.Empty;

        private static GeneratorOptions ReadOptions(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider provider, ParseOptions parseOptions)
        {
            provider.GlobalOptions.TryGetValue("build_property.NewsFactsNamespace", out string? ns);
            if (string.IsNullOrWhiteSpace(ns))
            {
                provider.GlobalOptions.TryGetValue("build_property.RootNamespace", out ns);
            }

            LanguageVersion version = parseOptions is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest;
            string? tooLow = version.MapSpecifiedToEffectiveVersion() < LanguageVersion.CSharp11 ? version.ToDisplayString() : null;

            // <NewsFactsReferences>false</NewsFactsReferences>: the project's facts stand alone; the dataset packages it
            // references are not read (their ids neither known nor taken) and its catalog holds its own facts only.
            bool readReferenced = !string.Equals(Property(provider, "NewsFactsReferences"), "false", StringComparison.OrdinalIgnoreCase);
            return new GeneratorOptions(CSharpNames.Namespace(ns), tooLow, readReferenced);
        }

        // The project's dataset is named by its package id (the SDK defaults it to the assembly name) and versioned by
        // its Version; without them (a compilation outside MSBuild), by its namespace and 0.0.0.
        private static DatasetIdentity Identity(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider provider)
        {
            string name = Property(provider, "PackageId");
            name = name.Length > 0 ? name : Property(provider, "AssemblyName");
            if (name.Length == 0)
            {
                provider.GlobalOptions.TryGetValue("build_property.NewsFactsNamespace", out string? ns);
                if (string.IsNullOrWhiteSpace(ns))
                {
                    provider.GlobalOptions.TryGetValue("build_property.RootNamespace", out ns);
                }

                name = CSharpNames.Namespace(ns);
            }

            string version = Property(provider, "Version");
            return new DatasetIdentity(Word(name), Word(version.Length > 0 ? version : "0.0.0"));
        }

        // A name or version in the manifest is one word.
        private static string Word(string text) => text.Replace(' ', '_').Replace('\n', '_');
    }
}
