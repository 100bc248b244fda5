using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NewsFacts.Generator;
using NewsFacts.Tests.Generator;

namespace NewsFacts.BuildTime;

/// <summary>The generator's own time and allocations through <see cref="CSharpGeneratorDriver"/>, as the compiler runs it.</summary>
internal static class GeneratorTiming
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private static readonly ImmutableArray<MetadataReference> Platform =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();

    private static readonly ImmutableArray<MetadataReference> References = Platform.Add(MetadataReference.CreateFromFile(typeof(FactCatalog).Assembly.Location));

    /// <summary>
    /// Full runs (parse + validate + emit) of one facts file, each with a fresh driver: the first in this
    /// process (generator and YamlDotNet not yet JIT-compiled, as in a build without the compiler server), then warm runs.
    /// </summary>
    public static void Sizes(string factsFile, int warmRuns)
    {
        string text = File.ReadAllText(factsFile);
        var file = new MemoryText(Path.GetFileName(factsFile), text);

        // NewsFacts' own facts.yaml is compiled as the library compiles it, without a reference to NewsFacts.dll:
        // with one, every id would be taken by the referenced dataset (NF0006), as for a consumer.
        bool builtIn = Path.GetFileName(factsFile) == "facts.yaml";
        var runs = new List<(double Driver, double Generator, double Wall, long Allocated, string Steps, double Cpu)>();
        int generatedChars = 0, diagnostics = 0;
        string sources = "";
        for (int run = 0; run <= warmRuns; run++)
        {
            CSharpCompilation compilation = Compilation(run, referenceNewsFacts: !builtIn);
            GeneratorDriver driver = Driver(new AdditionalText[] { file }, trackSteps: true);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long allocated = GC.GetTotalAllocatedBytes(true);
            // CPU time of the process as well as wall time: on a shared machine under load, the steadier of the two.
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation);
            double wall = clock.Elapsed.TotalMilliseconds;
            double cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            allocated = GC.GetTotalAllocatedBytes(true) - allocated;
            GeneratorDriverRunResult result = driver.GetRunResult();
            generatedChars = result.Results[0].GeneratedSources.Sum(s => s.SourceText.Length);
            sources = string.Join(",", result.Results[0].GeneratedSources.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.HintName}={s.SourceText.Length}")));
            diagnostics = result.Diagnostics.Count(d => d.Severity >= DiagnosticSeverity.Warning);
            if (result.Results[0].Exception is { } exception)
            {
                throw new InvalidOperationException("The generator failed.", exception);
            }

            // Where the generator's time goes: its tracked pipeline steps; the rest of its time is the emitter
            // (RegisterSourceOutput), and the driver's time beyond the generator's is parsing the generated sources.
            string steps = string.Join(",", result.Results[0].TrackedSteps
                .Where(p => p.Key.StartsWith("NewsFacts.", StringComparison.Ordinal))
                .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key["NewsFacts.".Length..]}={p.Value.Sum(s => s.ElapsedTime.TotalMilliseconds):F0}")));
            GeneratorDriverTimingInfo timing = driver.GetTimingInfo();
            runs.Add((timing.ElapsedTime.TotalMilliseconds, timing.GeneratorTimes[0].ElapsedTime.TotalMilliseconds, wall, allocated, steps, cpuMs));
        }

        var warm = runs.Skip(1).ToList();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"generator\t{Path.GetFileName(factsFile)}\tbytes={new FileInfo(factsFile).Length}\tgeneratedChars={generatedChars}\tdiagnostics={diagnostics}" +
            $"\tfirstDriverMs={runs[0].Driver:F1}\tfirstGeneratorMs={runs[0].Generator:F1}\tfirstAllocMB={runs[0].Allocated / 1048576.0:F1}\tfirstStepsMs={runs[0].Steps}" +
            $"\twarmRuns={warm.Count}\twarmDriverMedianMs={Stats.Median(warm.Select(r => r.Driver)):F1}\twarmDriverMinMs={warm.Min(r => r.Driver):F1}" +
            $"\twarmGeneratorMedianMs={Stats.Median(warm.Select(r => r.Generator)):F1}\twarmAllocMedianMB={Stats.Median(warm.Select(r => (double)r.Allocated)) / 1048576.0:F1}\twarmCpuMedianMs={Stats.Median(warm.Select(r => r.Cpu)):F1}\tlastStepsMs={warm[^1].Steps}\tsourceChars={sources}"));
        if (diagnostics > 0)
        {
            foreach (Diagnostic d in Driver(new AdditionalText[] { file }).RunGenerators(Compilation(0)).GetRunResult().Diagnostics.Take(5))
            {
                Console.Error.WriteLine(d);
            }
        }
    }

    /// <summary>
    /// The bounded-time promise of docs/diagnostics.md (NF0022): each hostile file of the tests
    /// (<see cref="HostileFacts"/>) ends in an NF error within 10 s and 1 GB. Per file: the wall time of each run
    /// (a fresh driver each time, the first one cold), the allocations, and the process's peak working set so far.
    /// </summary>
    public static void Hostile(int runs)
    {
        Console.WriteLine("| file | runs | first (s) | median (s) | max (s) | allocated per run (MB) | peak working set so far (MB) | diagnostic |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach ((string name, Func<string> yaml) in HostileFacts.Files())
        {
            var file = new MemoryText("facts.yaml", yaml());
            var seconds = new List<double>(runs);
            long allocated = 0;
            string diagnostic = "none";
            for (int run = 0; run < runs; run++)
            {
                GeneratorDriver driver = Driver(new AdditionalText[] { file });
                CSharpCompilation compilation = Compilation(run);
                GC.Collect();
                long before = GC.GetTotalAllocatedBytes(true);
                long start = Stopwatch.GetTimestamp();
                GeneratorDriverRunResult result = driver.RunGenerators(compilation).GetRunResult();
                seconds.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
                allocated = GC.GetTotalAllocatedBytes(true) - before;
                diagnostic = result.Diagnostics.FirstOrDefault(d => d.Id.StartsWith("NF", StringComparison.Ordinal))?.Id ?? "none";
            }

            using var process = Process.GetCurrentProcess();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {name} | {runs} | {seconds[0]:F2} | {Stats.Median(seconds):F2} | {seconds.Max():F2} | {allocated / 1048576.0:F0} | {process.PeakWorkingSet64 / 1048576.0:F0} | {diagnostic} |"));
        }
    }

    /// <summary>
    /// The cost in a project with no facts file, per compilation: a fresh driver each time (a command-line build)
    /// and one driver fed edited compilations (the IDE, keystroke after keystroke); with and without unrelated AdditionalFiles.
    /// </summary>
    public static void Idle(int iterations)
    {
        var unrelated = new AdditionalText[]
        {
            new MemoryText("README.txt", Filler(4_000)),
            new MemoryText("notes.txt", Filler(12_000)),
            new MemoryText("licenses.txt", Filler(30_000)),
            new MemoryText("appsettings.json", "{ \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } }, \"Text\": \"" + Filler(2_000) + "\" }"),
            new MemoryText("data.json", "[" + string.Join(",", Enumerable.Range(0, 500).Select(i => i.ToString(CultureInfo.InvariantCulture))) + "]"),
        };

        Console.WriteLine("| scenario | iterations | generator median (µs) | generator mean (µs) | generator p99 (µs) | RunGenerators wall median (µs) | allocated per run (bytes) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach ((string name, AdditionalText[] files) in new[] { ("no AdditionalFiles", Array.Empty<AdditionalText>()), ("5 unrelated AdditionalFiles (3 .txt, 2 .json, 48 KB)", unrelated) })
        {
            Scenario($"{name}, fresh driver per compilation", iterations, files, reuseDriver: false);
            Scenario($"{name}, one driver, edited compilation each time", iterations, files, reuseDriver: true);
        }
    }

    private static void Scenario(string name, int iterations, AdditionalText[] files, bool reuseDriver)
    {
        GeneratorDriver driver = Driver(files);
        CSharpCompilation compilation = Compilation(0);
        var generator = new List<double>(iterations);
        var wall = new List<double>(iterations);
        long allocated = 0;
        int warmup = Math.Max(50, iterations / 10);
        for (int i = -warmup; i < iterations; i++)
        {
            if (!reuseDriver)
            {
                driver = Driver(files);
            }

            // An edit: the compilation changes every time, as it does on each keystroke in the IDE.
            compilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees[0], Tree(i + warmup + 1));
            long before = GC.GetTotalAllocatedBytes(true);
            long start = Stopwatch.GetTimestamp();
            driver = driver.RunGenerators(compilation);
            double w = Stopwatch.GetElapsedTime(start).TotalMilliseconds * 1000;
            long a = GC.GetTotalAllocatedBytes(true) - before;
            if (i >= 0)
            {
                generator.Add(driver.GetTimingInfo().GeneratorTimes[0].ElapsedTime.TotalMilliseconds * 1000);
                wall.Add(w);
                allocated += a;
            }
        }

        generator.Sort();
        wall.Sort();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {name} | {iterations} | {generator[iterations / 2]:F1} | {generator.Average():F1} | {generator[(int)(iterations * 0.99)]:F1} | {wall[iterations / 2]:F1} | {allocated / iterations} |"));
    }

    internal static SyntaxTree Tree(int version) =>
        CSharpSyntaxTree.ParseText($"namespace App {{ public static class Program {{ public static int Main() => {version}; }} }}", ParseOptions, path: "Program.cs");

    internal static CSharpCompilation Compilation(int version, bool referenceNewsFacts = true) =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { Tree(version) },
            referenceNewsFacts ? References : Platform,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    internal static GeneratorDriver Driver(AdditionalText[] files, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new FactsGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            new Options(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer.Facts" }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    private static string Filler(int length) => string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet, consectetur adipiscing elit. ", (length / 57) + 1))[..length];

    internal sealed class MemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options(Dictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new Values(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

        private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
