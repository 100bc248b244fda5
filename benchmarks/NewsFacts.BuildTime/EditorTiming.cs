using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NewsFacts.BuildTime;

/// <summary>
/// What a dataset author pays in the editor: one <see cref="GeneratorDriver"/> kept across edits, as the IDE
/// keeps it, over a dataset split into many facts files. Per round: one description edited in one file
/// (the generator and the driver's parse of the generated code), and one unrelated C# edit.
/// </summary>
internal static class EditorTiming
{
    private static readonly Regex Quoted = new("\"([^\"\\n]*)\"", RegexOptions.Compiled);

    public static void Measure(int files, int factsPerFile, int rounds)
    {
        // One synthetic file, copied once per file with its ids (and every quoted reference to them) prefixed and
        // its names and sentences suffixed, so the files hold the same shape of data with ids and names unique
        // across the dataset (no NF0014 for names shared between copies).
        string template = Path.Combine(Path.GetTempPath(), $"newsfacts-editor-{factsPerFile}.facts.yaml");
        Synthetic.Write(template, factsPerFile);
        string text = File.ReadAllText(template);
        File.Delete(template);
        var ids = new HashSet<string>(Regex.Matches(text, "^  - id: \"([^\"]+)\"", RegexOptions.Multiline).Select(m => m.Groups[1].Value), StringComparer.Ordinal);
        var texts = new AdditionalText[files];
        for (int f = 0; f < files; f++)
        {
            string prefix = string.Create(CultureInfo.InvariantCulture, $"f{f:D3}-");
            string suffix = string.Create(CultureInfo.InvariantCulture, $" F{f}");
            texts[f] = new GeneratorTiming.MemoryText($"data/part{f:D3}.facts.yaml", Quoted.Replace(text, m => Distinct(m.Groups[1].Value, ids, prefix, suffix)));
        }

        long bytes = texts.Sum(t => (long)t.GetText()!.Length);
        CSharpCompilation compilation = GeneratorTiming.Compilation(0);
        GeneratorDriver driver = GeneratorTiming.Driver(texts, trackSteps: true);

        var clock = Stopwatch.StartNew();
        driver = driver.RunGenerators(compilation);
        double firstFull = clock.Elapsed.TotalMilliseconds;
        GeneratorDriverRunResult first = driver.GetRunResult();
        int diagnostics = first.Diagnostics.Count(d => d.Severity >= DiagnosticSeverity.Warning);
        string diagnosticIds = string.Join(",", first.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).GroupBy(d => d.Id).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}x{g.Count()}")));
        long generatedChars = first.Results[0].GeneratedSources.Sum(s => (long)s.SourceText.Length);
        int generatedFiles = first.Results[0].GeneratedSources.Length;
        int largestFile = first.Results[0].GeneratedSources.Max(s => s.SourceText.Length);

        // A full run with a warm JIT: a fresh driver over the same files. Beside the wall time, the process's CPU
        // time, steadier on a machine shared with other work (the driver runs on one thread; the GC's are counted too).
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        GeneratorTiming.Driver(texts).RunGenerators(compilation);
        double warmFull = clock.Elapsed.TotalMilliseconds;
        double warmFullCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;

        var edit = new List<double>(rounds);
        var editCpu = new List<double>(rounds);
        var editSteps = new List<string>(rounds);
        var csharp = new List<double>(rounds);
        var csharpGenerator = new List<double>(rounds);
        string csharpSteps = "";
        int edited = files / 2;
        for (int round = 1; round <= rounds; round++)
        {
            // One description in one file, as a keystroke changes it.
            AdditionalText old = texts[edited];
            string changed = ReplaceFirstDescription(old.GetText()!.ToString(), string.Create(CultureInfo.InvariantCulture, $"edited {round}"));
            texts[edited] = new GeneratorTiming.MemoryText(old.Path, changed);
            driver = driver.ReplaceAdditionalText(old, texts[edited]);
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            driver = driver.RunGenerators(compilation);
            edit.Add(clock.Elapsed.TotalMilliseconds);
            editCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
            editSteps.Add(Steps(driver.GetRunResult()));

            // An unrelated C# edit: the compilation changes, the facts files do not.
            compilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees[0], GeneratorTiming.Tree(round));
            clock.Restart();
            driver = driver.RunGenerators(compilation);
            csharp.Add(clock.Elapsed.TotalMilliseconds);
            csharpGenerator.Add(driver.GetTimingInfo().GeneratorTimes[0].ElapsedTime.TotalMilliseconds);
            csharpSteps = Steps(driver.GetRunResult(), "F3");
        }

        // The same unrelated C# edits with a driver that does not track steps, as the IDE runs it.
        GeneratorDriver untracked = GeneratorTiming.Driver(texts).RunGenerators(compilation);
        var csharpUntracked = new List<double>(rounds);
        for (int round = 1; round <= rounds; round++)
        {
            compilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees[0], GeneratorTiming.Tree(1000 + round));
            clock.Restart();
            untracked = untracked.RunGenerators(compilation);
            csharpUntracked.Add(clock.Elapsed.TotalMilliseconds);
        }

        double editMedian = Stats.Median(edit);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"editor\tfiles={files}\tfactsPerFile={factsPerFile}\tbytes={bytes}\tdiagnostics={diagnostics}({diagnosticIds})\tgeneratedFiles={generatedFiles}\tgeneratedChars={generatedChars}\tlargestGeneratedFileChars={largestFile}" +
            $"\tfirstFullMs={firstFull:F0}\twarmFullMs={warmFull:F0}\trounds={rounds}\toneEditMedianMs={editMedian:F1}\toneEditShareOfFull={editMedian / warmFull:P1}" +
            $"\twarmFullCpuMs={warmFullCpu:F0}\toneEditCpuMedianMs={Stats.Median(editCpu):F1}\toneEditCpuShareOfFull={Stats.Median(editCpu) / warmFullCpu:P1}" +
            $"\tlastEditStepsMs={editSteps[^1]}\tcsharpEditMedianMs={Stats.Median(csharp):F2}\tcsharpEditMinMs={csharp.Min():F2}" +
            $"\tcsharpEditUntrackedMedianMs={Stats.Median(csharpUntracked):F2}\tcsharpEditUntrackedMinMs={csharpUntracked.Min():F2}" +
            $"\tcsharpEditGeneratorMedianMs={Stats.Median(csharpGenerator):F3}\tlastCsharpEditStepsMs={csharpSteps}"));
    }

    private static string Distinct(string value, HashSet<string> ids, string prefix, string suffix) =>
        ids.Contains(value) ? $"\"{prefix}{value}\""
        : value.Any(c => char.IsUpper(c) || c == ' ') ? $"\"{value}{suffix}\""
        : $"\"{value}\"";

    private static string ReplaceFirstDescription(string yaml, string replacement)
    {
        const string Key = "    description: \"";
        int start = yaml.IndexOf(Key, StringComparison.Ordinal) + Key.Length;
        int end = yaml.IndexOf('"', start);
        return string.Concat(yaml.AsSpan(0, start), replacement, yaml.AsSpan(end));
    }

    // The tracked steps' time in this run, summed per step; the emitter's time is the rest of the generator's.
    private static string Steps(GeneratorDriverRunResult result, string format = "F0") => string.Join(",", result.Results[0].TrackedSteps
        .Where(p => p.Key.StartsWith("NewsFacts.", StringComparison.Ordinal))
        .Select(p => $"{p.Key["NewsFacts.".Length..]}={p.Value.Sum(s => s.ElapsedTime.TotalMilliseconds).ToString(format, CultureInfo.InvariantCulture)}"));
}
