using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsFacts.Tests.Data;
using NewsFacts.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsFacts.Tests.Fuzz;

/// <summary>
/// Property: for any mutation of the real facts.yaml, the generator ends with generated code that compiles,
/// or with at least one NF diagnostic — never an exception, never an error inside generated code, never a hang.
/// Fixed seed and a few hundred variants in CI; NEWSFACTS_FUZZ_ITERATIONS and NEWSFACTS_FUZZ_SEED run more.
/// A failing input is written to Fuzz/Regressions/ and replayed from then on.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private static readonly string RegressionsFolder = Path.Combine(RepoPaths.TestsFolder, "Fuzz", "Regressions");
    private static readonly TimeSpan PerVariant = TimeSpan.FromSeconds(10);
    private static readonly Lazy<CSharpCompilation> Compilation = new(() => GeneratorHarness.CreateCompilation("class Program { }"));
    private static readonly Lazy<AdditionalText[]> CorpusTexts = new(() =>
        Corpus.Instance.Texts.Select(t => (AdditionalText)new GeneratorHarness.InMemoryAdditionalText($"corpus/{t.Key}.txt", t.Value)).ToArray());

    [Fact]
    public void Mutations_of_the_real_facts_file_never_break_the_generator_or_the_generated_code()
    {
        int iterations = int.TryParse(Environment.GetEnvironmentVariable("NEWSFACTS_FUZZ_ITERATIONS"), out int n) ? n : 300;
        int seed = int.TryParse(Environment.GetEnvironmentVariable("NEWSFACTS_FUZZ_SEED"), out int s) ? s : 20240618;
        string original = File.ReadAllText(RepoPaths.FactsYaml);
        var mutator = new FactsMutator(seed);
        var verifiedTrees = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<string>();
        int withDiagnostics = 0;

        for (int i = 0; i < iterations && failures.Count < 5; i++)
        {
            string variant = mutator.Mutate(original);
            string? failure = Check(variant, verifiedTrees, out bool hadNfDiagnostic);
            withDiagnostics += hadNfDiagnostic ? 1 : 0;
            if (failure is not null)
            {
                failures.Add($"variant {i}: {failure} (kept as {Keep(variant)})");
            }
        }

        output.WriteLine($"{iterations} variants from seed {seed}: {withDiagnostics} ended with NF diagnostics, the rest with clean code.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(withDiagnostics > iterations / 10, "the mutations should break the file often enough to exercise the diagnostics");
    }

    [Fact]
    public void Every_kept_regression_input_passes()
    {
        var verifiedTrees = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(RegressionsFolder, "*.facts.yaml"))
        {
            string? failure = Check(File.ReadAllText(file), verifiedTrees, out _);
            Assert.True(failure is null, $"{Path.GetFileName(file)}: {failure}");
        }
    }

    private static string? Check(string yaml, HashSet<string> verifiedTrees, out bool hadNfDiagnostic)
    {
        hadNfDiagnostic = false;
        AdditionalText[] texts = CorpusTexts.Value.Append(new GeneratorHarness.InMemoryAdditionalText("facts.yaml", yaml)).ToArray();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(Array.Empty<(string, string)>(), "Fuzzed.Facts", trackSteps: false).AddAdditionalTexts(texts.ToImmutableArray());

        Task<(GeneratorDriverRunResult Result, Compilation Output)> running = Task.Run(() =>
        {
            GeneratorDriver ran = driver.RunGeneratorsAndUpdateCompilation(Compilation.Value, out Compilation updated, out _);
            return (ran.GetRunResult(), updated);
        });
        if (!running.Wait(PerVariant))
        {
            return $"no result within {PerVariant.TotalSeconds} s";
        }

        (GeneratorDriverRunResult result, Compilation output) = running.Result;
        if (result.Results.Single().Exception is { } exception)
        {
            return "the generator threw " + exception;
        }

        if (result.Diagnostics.FirstOrDefault(d => d.Id == "NF9999") is { } internalError)
        {
            return "the generator reported an internal error: " + internalError;
        }

        hadNfDiagnostic = result.Diagnostics.Any(d => d.Id.StartsWith("NF", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error);
        foreach (SyntaxTree tree in result.GeneratedTrees)
        {
            // Semantic checks are the slow part; a generated file already proven to compile need not be bound again.
            string key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(tree.ToString())));
            if (verifiedTrees.Contains(key))
            {
                continue;
            }

            Diagnostic? error = output.GetSemanticModel(output.SyntaxTrees.Single(t => t.FilePath == tree.FilePath)).GetDiagnostics().FirstOrDefault(d => d.Severity >= DiagnosticSeverity.Warning);
            if (error is not null)
            {
                return $"generated code does not compile: {error}";
            }

            verifiedTrees.Add(key);
        }

        return null;
    }

    private static string Keep(string variant)
    {
        Directory.CreateDirectory(RegressionsFolder);
        string name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(variant)))[..12].ToLowerInvariant() + ".facts.yaml";
        File.WriteAllText(Path.Combine(RegressionsFolder, name), variant);
        return Path.Combine("Fuzz", "Regressions", name);
    }
}
