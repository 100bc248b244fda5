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
/// or with at least one NF diagnostic — never an exception, never an error inside generated code, never a hang (a guard of minutes; speed is benchmarked, not tested).
/// Fixed seed and 2,000 variants in CI (about 40 s here); NEWSFACTS_FUZZ_ITERATIONS and NEWSFACTS_FUZZ_SEED run more.
/// A failing input is written to Fuzz/Regressions/ and replayed from then on.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private static readonly string RegressionsFolder = Path.Combine(RepoPaths.TestsFolder, "Fuzz", "Regressions");
    // A hang guard, not a speed target: a variant that is merely slow on a loaded machine must still pass.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);
    private static readonly Dictionary<string, string> Standalone = new() { ["NewsFactsReferences"] = "false" };
    private static readonly Lazy<CSharpCompilation> Compilation = new(() => GeneratorHarness.CreateCompilation("class Program { }"));
    private static readonly Lazy<AdditionalText[]> CorpusTexts = new(() =>
        Corpus.Instance.Texts.Select(t => (AdditionalText)new GeneratorHarness.InMemoryAdditionalText($"corpus/{t.Key}.txt", t.Value)).ToArray());

    [Fact]
    public void Mutations_of_the_real_facts_file_never_break_the_generator_or_the_generated_code()
    {
        int iterations = int.TryParse(Environment.GetEnvironmentVariable("NEWSFACTS_FUZZ_ITERATIONS"), out int n) ? n : 2000;
        int seed = int.TryParse(Environment.GetEnvironmentVariable("NEWSFACTS_FUZZ_SEED"), out int s) ? s : 20240618;
        string original = File.ReadAllText(RepoPaths.FactsYaml);
        var mutator = new FactsMutator(seed);
        var verifiedTrees = new HashSet<string>(StringComparer.Ordinal);

        // The property means nothing unless the unmutated file generates cleanly: every variant is measured against it.
        Assert.Null(Check(original, verifiedTrees, out bool baseHasDiagnostics));
        Assert.False(baseHasDiagnostics, "the real facts.yaml must generate without NF errors in the fuzz set-up");
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
        // NewsFacts' own dataset, compiled against NewsFacts.dll for its runtime types: it must stand alone, as the library does.
        GeneratorDriver driver = GeneratorHarness.CreateDriver(Array.Empty<(string, string)>(), "Fuzzed.Facts", trackSteps: false, properties: Standalone)
            .AddAdditionalTexts(texts.ToImmutableArray());

        Task<(GeneratorDriverRunResult Result, Compilation Output)> running = Task.Run(() =>
        {
            GeneratorDriver ran = driver.RunGeneratorsAndUpdateCompilation(Compilation.Value, out Compilation updated, out _);
            return (ran.GetRunResult(), updated);
        });
        if (!running.Wait(HangGuard))
        {
            return $"the generator hangs (no result after {HangGuard.TotalMinutes} minutes)";
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
            // Syntax (escapes included) is checked on every tree; binding is the slow part, so a tree is bound
            // again only when its shape changed — its text with string literals blanked. What a literal's
            // content alone can break, a UTF-8 literal that cannot be encoded, is checked directly.
            if (tree.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } syntaxError)
            {
                return $"generated code does not parse: {syntaxError}";
            }

            var shape = new StringBuilder();
            foreach (SyntaxToken token in tree.GetRoot().DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.Utf8StringLiteralToken) && !IsWellFormedUtf16(token.ValueText))
                {
                    return $"generated UTF-8 literal holds a lone surrogate at {token.GetLocation()}";
                }

                shape.Append(token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.Utf8StringLiteralToken) ? "\"\"" : token.Text).Append(' ');
            }

            string key = tree.FilePath + ":" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(shape.ToString())));
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

    private static bool IsWellFormedUtf16(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Keep(string variant)
    {
        Directory.CreateDirectory(RegressionsFolder);
        string name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(variant)))[..12].ToLowerInvariant() + ".facts.yaml";
        File.WriteAllText(Path.Combine(RegressionsFolder, name), variant);
        return Path.Combine("Fuzz", "Regressions", name);
    }
}
