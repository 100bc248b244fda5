using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Generator;

/// <summary>
/// Hostile and unusual input: bombs, depth, size, encodings, cultures. Each ends in clean code or an NF diagnostic.
/// How long that takes is measured by benchmarks/NewsFacts.BuildTime (hostile mode, docs/performance.md), not here:
/// the tests assert the outcome and the work done.
/// </summary>
public class RobustnessTests
{
    // A hang guard, not a speed target: a run that is merely slow on a loaded machine must still pass.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(5);

    public static TheoryData<string> HostileFileNames => new(HostileFacts.Files().Select(f => f.Name));

    [Theory]
    [MemberData(nameof(HostileFileNames))]
    public async Task Hostile_input_is_rejected_with_a_diagnostic_and_bounded_allocations(string name)
    {
        string yaml = HostileFacts.Files().Single(f => f.Name == name).Yaml();

        // The driver runs the generator on the calling thread, so that thread's allocations are the run's.
        Task<(GeneratorRun Run, long Allocated)> running = Task.Run(() =>
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            GeneratorRun result = GeneratorHarness.Run(("facts.yaml", yaml));
            return (result, GC.GetAllocatedBytesForCurrentThread() - before);
        });

        Task finished = await Task.WhenAny(running, Task.Delay(HangGuard));
        Assert.True(finished == running, $"{name}: the generator hangs (no result after {HangGuard.TotalMinutes} minutes)");
        (GeneratorRun run, long allocated) = await running;
        Assert.Contains(run.Diagnostics, d => d.Id.StartsWith("NF", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CS8785");
        Assert.DoesNotContain(run.Output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.DoesNotContain(run.Sources.Keys, k => k is "People.g.cs" or "Events.g.cs");
        Assert.True(allocated < HostileFacts.AllocationBound, $"{name}: the run allocated {allocated:N0} bytes, over the bound of {HostileFacts.AllocationBound:N0}");
    }

    [Fact]
    public void A_value_of_100_KB_round_trips()
    {
        string big = string.Concat(Enumerable.Range(0, 10_000).Select(i => (char)('a' + (i % 26)) + "é\"\\ "));
        string yaml = TestYaml.WithEntity($"  - id: a\n    kind: person\n    names: {{ en: A }}\n    description: \"{big.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"\n    evidence: [{{ document: doc-1, quote: x, start: 0 }}]");
        const string Code = "public static class Probe { public static string Run() => Consumer.Facts.People.A.Description!; }";

        GeneratorRun run = GeneratorHarness.Run(new[] { ("facts.yaml", yaml) }, "Consumer.Facts", Code);

        Assert.Empty(run.CompilationProblems);
        Assert.Equal(big, run.Load().GetType("Probe")!.GetMethod("Run")!.Invoke(null, null));
    }

    public static TheoryData<string, Encoding, bool> Encodings => new()
    {
        { "UTF-8 without BOM", new UTF8Encoding(false), false },
        { "UTF-8 with BOM", new UTF8Encoding(true), false },
        { "UTF-8 with CRLF", new UTF8Encoding(false), true },
        { "UTF-16 LE with BOM", new UnicodeEncoding(false, true), false },
        { "UTF-16 BE with BOM and CRLF", new UnicodeEncoding(true, true), true },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Files_in_every_encoding_the_compiler_decodes_give_the_same_output_and_positions(string name, Encoding encoding, bool crlf)
    {
        string text = crlf ? TestYaml.Small.Replace("\n", "\r\n", StringComparison.Ordinal) : TestYaml.Small;
        byte[] bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();
        SourceText decoded = SourceText.From(new MemoryStream(bytes), throwIfBinaryDetected: true);

        GeneratorRun reference = GeneratorHarness.Run(("facts.yaml", TestYaml.Small));
        GeneratorRun run = GeneratorHarness.Run(new[] { new FixedText("facts.yaml", decoded) });

        Assert.True(run.Diagnostics.IsEmpty, name);
        Assert.Equal(reference.Sources, run.Sources);

        // A broken line reports the same line and column whatever the encoding and line ends.
        string broken = text.Replace("kind: visit", "kind: visit\n    colour: red", StringComparison.Ordinal).Replace("\n    colour", (crlf ? "\r\n" : "\n") + "    colour", StringComparison.Ordinal);
        broken = crlf ? broken.Replace("\r\r\n", "\r\n", StringComparison.Ordinal) : broken;
        SourceText brokenText = SourceText.From(new MemoryStream(encoding.GetPreamble().Concat(encoding.GetBytes(broken)).ToArray()));
        Diagnostic warning = Assert.Single(GeneratorHarness.Run(new[] { new FixedText("facts.yaml", brokenText) }).Diagnostics);
        Assert.Equal("NF0005", warning.Id);
        int expectedLine = TestYaml.Small.Split('\n').ToList().FindIndex(l => l.Contains("kind: visit", StringComparison.Ordinal)) + 1;
        Assert.Equal((expectedLine, 4), (warning.Location.GetLineSpan().StartLinePosition.Line, warning.Location.GetLineSpan().StartLinePosition.Character));
    }

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        CultureInfo original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            GeneratorRun invariant = GeneratorHarness.Run(("facts.yaml", TestYaml.Small), ("broken.facts.yaml", "schema: 1\nentities:\n  - id: é\n"));

            var odd = (CultureInfo)CultureInfo.GetCultureInfo("tr-TR").Clone();
            odd.NumberFormat.NegativeSign = "~";
            odd.NumberFormat.NativeDigits = new[] { "٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩" };
            odd.NumberFormat.DigitSubstitution = DigitShapes.NativeNational;
            CultureInfo.CurrentCulture = odd;
            GeneratorRun turkish = GeneratorHarness.Run(("facts.yaml", TestYaml.Small), ("broken.facts.yaml", "schema: 1\nentities:\n  - id: é\n"));

            Assert.Equal(invariant.Sources, turkish.Sources);
            Assert.Equal(invariant.Diagnostics.Select(d => d.ToString()), turkish.Diagnostics.Select(d => d.ToString()));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Cancellation_stops_the_generator_with_OperationCanceledException_not_a_diagnostic()
    {
        string big = "schema: 1\nentities:\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"  - id: p{i}\n    kind: person\n    names: {{ en: P{i} }}\n    evidence: [{{ document: d, quote: q, start: 0 }}]\n"));
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class P { }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { ("facts.yaml", big) }, "Consumer.Facts");
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(compilation, cancellation.Token));
    }

    private sealed class FixedText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
