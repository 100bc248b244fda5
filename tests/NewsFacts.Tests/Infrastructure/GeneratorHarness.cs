using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NewsFacts.Generator;

namespace NewsFacts.Tests.Infrastructure;

/// <summary>Runs the generator through <see cref="CSharpGeneratorDriver"/> on in-memory files, as the compiler would.</summary>
internal static class GeneratorHarness
{
    /// <summary>
    /// What a consumer compiles against: fixed reference assemblies (Basic.Reference.Assemblies), never the files of
    /// the runtime the tests happen to run on, plus NewsFacts.dll (its one build, netstandard2.0).
    /// </summary>
    private static readonly Lazy<ImmutableArray<MetadataReference>> Net80References = new(() =>
        Basic.Reference.Assemblies.Net80.References.All
            .Append<MetadataReference>(MetadataReference.CreateFromFile(typeof(FactCatalog).Assembly.Location))
            .ToImmutableArray());

    /// <summary>The references of a .NET 8 consumer of the package: .NET 8's reference assemblies and NewsFacts.dll.</summary>
    public static ImmutableArray<MetadataReference> Net80ConsumerReferences => Net80References.Value;

    /// <summary>A netstandard2.0 library's references: .NET Standard 2.0, System.Memory (a dependency of NewsFacts there) and NewsFacts.</summary>
    private static readonly Lazy<ImmutableArray<MetadataReference>> NetStandard20References = new(() =>
        Basic.Reference.Assemblies.NetStandard20.References.All
            .Append<MetadataReference>(MetadataReference.CreateFromFile(SystemMemoryNetStandard20()))
            .Append(MetadataReference.CreateFromFile(typeof(FactCatalog).Assembly.Location))
            .ToImmutableArray());

    public static GeneratorRun Run(params (string Path, string Text)[] files) => Run(files, "Consumer.Facts", "class Program { }");

    public static GeneratorRun Run((string Path, string Text)[] files, string? ns, string code, LanguageVersion languageVersion = LanguageVersion.CSharp12, ConsumerFramework framework = ConsumerFramework.Net80) =>
        Run(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToArray(), ns, code, languageVersion, framework);

    public static GeneratorRun Run(AdditionalText[] files, string? ns = "Consumer.Facts", string code = "class Program { }", LanguageVersion languageVersion = LanguageVersion.CSharp12, ConsumerFramework framework = ConsumerFramework.Net80)
    {
        CSharpCompilation compilation = CreateCompilation(code, languageVersion, framework);
        GeneratorDriver driver = CreateDriver(Array.Empty<(string, string)>(), ns, languageVersion).AddAdditionalTexts(files.ToImmutableArray());
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> _);
        return new GeneratorRun(driver.GetRunResult(), output);
    }

    public static CSharpCompilation CreateCompilation(string code, LanguageVersion languageVersion = LanguageVersion.CSharp12, ConsumerFramework framework = ConsumerFramework.Net80) =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(languageVersion), path: "Program.cs") },
            framework == ConsumerFramework.NetStandard20 ? NetStandard20References.Value : Net80References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    public static GeneratorDriver CreateDriver((string Path, string Text)[] files, string? ns, LanguageVersion languageVersion = LanguageVersion.CSharp12, bool trackSteps = true, DocumentationMode documentation = DocumentationMode.Parse, IReadOnlyDictionary<string, string>? properties = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new FactsGenerator().AsSourceGenerator() },
            files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)),
            new CSharpParseOptions(languageVersion, documentation),
            new OptionsProvider(BuildProperties(ns, properties)),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The options a project with these properties gives the generator, for <c>WithUpdatedAnalyzerConfigOptions</c>.</summary>
    public static AnalyzerConfigOptionsProvider Options(string? ns, IReadOnlyDictionary<string, string>? properties = null) => new OptionsProvider(BuildProperties(ns, properties));

    private static Dictionary<string, string> BuildProperties(string? ns, IReadOnlyDictionary<string, string>? properties)
    {
        var values = new Dictionary<string, string>();
        if (ns is not null)
        {
            values["build_property.RootNamespace"] = ns;
        }

        foreach ((string name, string value) in properties ?? new Dictionary<string, string>())
        {
            values["build_property." + name] = value;
        }

        return values;
    }

    /// <summary>The tracking name of every step of the pipeline: the constants of <see cref="FactsGenerator.Steps"/>, read by reflection so a new step is checked without a test edit.</summary>
    public static IReadOnlyList<string> StepNames { get; } = typeof(FactsGenerator.Steps)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    /// <summary>
    /// Runs <paramref name="driver"/>, which has run on <paramref name="compilation"/> once, a second time on fresh but
    /// equal inputs — each facts file and document text a new instance of the same text, the options a new provider of
    /// the same values, the compilation a copy — and asserts that every step of <see cref="StepNames"/> ran and each of
    /// its outputs came from the cache (<c>Cached</c>) or was recomputed to an equal value (<c>Unchanged</c>), and that
    /// every source output was cached. Fresh inputs make every step re-run, so a value that is not equal to an equal
    /// one (an array compared by reference, say) fails here rather than re-emitting on every build of a real project.
    /// </summary>
    public static void AssertEveryStepCachedOnSecondRun(GeneratorDriver driver, Compilation compilation, IEnumerable<AdditionalText> texts, string? ns, IReadOnlyDictionary<string, string>? properties = null)
    {
        foreach (AdditionalText text in texts)
        {
            driver = driver.ReplaceAdditionalText(text, new InMemoryAdditionalText(text.Path, text.GetText()!.ToString()));
        }

        driver = driver.WithUpdatedAnalyzerConfigOptions(Options(ns, properties));
        GeneratorRunResult second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();
        foreach (string step in StepNames)
        {
            Assert.True(second.TrackedSteps.TryGetValue(step, out ImmutableArray<IncrementalGeneratorRunStep> runs) && !runs.IsEmpty, $"step {step} did not run (a facts file and a document text make every step run)");
            Assert.All(runs.SelectMany(r => r.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step {step} on the second run: {o.Reason}"));
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, $"a source output on the second run: {o.Reason}"));
    }

    private static string SystemMemoryNetStandard20() =>
        typeof(GeneratorHarness).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), inherit: false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "SystemMemoryNetStandard20").Value!;

    internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider(Dictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(new Dictionary<string, string>());

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}

/// <summary>The framework a test compilation is a project for (its reference assemblies).</summary>
internal enum ConsumerFramework
{
    /// <summary>An app or library for .NET 8.</summary>
    Net80,

    /// <summary>A library for .NET Standard 2.0, as .NET Framework and Unity projects use.</summary>
    NetStandard20,
}

/// <summary>What one generator run produced.</summary>
internal sealed class GeneratorRun(GeneratorDriverRunResult result, Compilation output)
{
    public GeneratorDriverRunResult Result { get; } = result;

    public Compilation Output { get; } = output;

    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    public IEnumerable<Diagnostic> NfDiagnostics => Result.Diagnostics.Where(d => d.Id.StartsWith("NF", StringComparison.Ordinal));

    public IReadOnlyDictionary<string, string> Sources =>
        Result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>
    /// The generated text that holds one class (<c>People</c>, <c>FactIds</c>…), joined: the global part's head
    /// (<c>People.g.cs</c>, <c>People.2.g.cs</c>…) and each facts file's output (<c>Facts.{key}.g.cs</c>…), where its
    /// members are among the file's other classes and tables.
    /// </summary>
    public string Class(string name) => string.Join("\n", Sources.Where(s => IsPartOf(s.Key, name)).OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Value));

    /// <summary>Whether a hint name is a part of the class <paramref name="name"/> (see <see cref="Class"/>).</summary>
    public static bool IsPartOf(string hintName, string name) =>
        System.Text.RegularExpressions.Regex.IsMatch(hintName, $"^(Facts\\..*|{System.Text.RegularExpressions.Regex.Escape(name)}(\\.[0-9]+)?\\.g\\.cs)$");

    /// <summary>Errors and warnings of the compilation with the generated code, the generator's own included.</summary>
    public IEnumerable<Diagnostic> CompilationProblems =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);

    /// <summary>Compiles the output and loads it, to run generated code for real.</summary>
    public System.Reflection.Assembly Load()
    {
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = Output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var context = new System.Runtime.Loader.AssemblyLoadContext("generated-" + Guid.NewGuid(), isCollectible: true);
        stream.Position = 0;
        return context.LoadFromStream(stream);
    }
}
