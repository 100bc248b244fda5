using System.Diagnostics;
using System.Globalization;
using YamlDotNet.Core;

namespace NewsFacts.BuildTime;

/// <summary>
/// YamlDotNet's bare event parser over a facts file, and nothing else: the floor under the generator's parse
/// step, which reads the same events (docs/performance.md shows the two side by side).
/// </summary>
internal static class YamlFloor
{
    /// <summary>A first run (YamlDotNet not yet JIT-compiled), then <paramref name="warmRuns"/> runs: median time and allocations.</summary>
    public static void Measure(string factsFile, int warmRuns)
    {
        string text = File.ReadAllText(factsFile);
        var runs = new List<(double Ms, long Allocated, long Events, double Cpu)>();
        for (int run = 0; run <= warmRuns; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long allocated = GC.GetTotalAllocatedBytes(true);
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            long events = 0;
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                events++;
            }

            double ms = clock.Elapsed.TotalMilliseconds;
            double cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            runs.Add((ms, GC.GetTotalAllocatedBytes(true) - allocated, events, cpuMs));
        }

        var warm = runs.Skip(1).ToList();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"yaml-floor\t{Path.GetFileName(factsFile)}\tbytes={new FileInfo(factsFile).Length}\tevents={runs[0].Events}" +
            $"\tfirstMs={runs[0].Ms:F1}\tfirstAllocMB={runs[0].Allocated / 1048576.0:F1}\twarmRuns={warm.Count}" +
            $"\twarmMedianMs={Stats.Median(warm.Select(r => r.Ms)):F1}\twarmMinMs={warm.Min(r => r.Ms):F1}\twarmAllocMedianMB={Stats.Median(warm.Select(r => (double)r.Allocated)) / 1048576.0:F1}\twarmCpuMedianMs={Stats.Median(warm.Select(r => r.Cpu)):F1}"));
    }
}
