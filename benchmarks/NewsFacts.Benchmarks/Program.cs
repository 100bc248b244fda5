using System.Diagnostics;
using BenchmarkDotNet.Running;
using NewsFacts.Benchmarks;

// Modes:
//   (default)                     BenchmarkDotNet: pass its own arguments, e.g. --filter '*' --job short
//   startup <runs> <app.dll>...   process start -> exit of each tiny app, <runs> times each, interleaved
//   memory                        run-time memory of the built-in dataset after touching every fact
if (args.Length > 0 && args[0] == "startup")
{
    return Startup.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2..]);
}

if (args.Length > 0 && args[0] == "memory")
{
    MemoryProbe.Report("built-in dataset (src/NewsFacts)", () => CompiledTables.CreateCatalog());
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(LookupBenchmarks).Assembly).Run(args);
return 0;

/// <summary>Times <c>dotnet app.dll</c> from process start to exit; runs the apps round-robin so load changes hit all alike.</summary>
internal static class Startup
{
    public static int Run(int runs, string[] apps)
    {
        var times = apps.ToDictionary(a => a, _ => new List<double>());
        var inProcess = apps.ToDictionary(a => a, _ => new List<double>());
        var outputs = new Dictionary<string, string>();
        foreach (string app in apps)
        {
            outputs[app] = Once(app, out _); // warm the disk cache; not counted
        }

        for (int r = 0; r < runs; r++)
        {
            foreach (string app in apps)
            {
                string output = Once(app, out double ms);
                times[app].Add(ms);
                inProcess[app].Add(double.Parse(output.Split('\n')[1], System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        Console.WriteLine("| app | output | runs | process median ms | min ms | mean ms | p90 ms | in-process first access, median ms (cold JIT) | in-process fastest ms |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (string app in apps)
        {
            List<double> t = times[app].OrderBy(x => x).ToList();
            Console.WriteLine(
                $"| {Label(app, apps)} | {outputs[app].Split('\n')[0]} | {t.Count} | {t[t.Count / 2]:F1} | {t[0]:F1} | {t.Average():F1} | {t[(int)(t.Count * 0.9)]:F1} | {inProcess[app].OrderBy(x => x).ElementAt(t.Count / 2):F2} | {inProcess[app].Min():F2} |");
        }

        return 0;
    }

    // The app's name; its path where two apps have the same name (a build compared with another of the same app).
    private static string Label(string app, string[] apps) =>
        apps.Count(a => Path.GetFileNameWithoutExtension(a) == Path.GetFileNameWithoutExtension(app)) > 1 ? app : Path.GetFileNameWithoutExtension(app);

    private static string Once(string app, out double ms)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(app);
        var clock = Stopwatch.StartNew();
        using Process process = Process.Start(info)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        ms = clock.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{app} exited with {process.ExitCode}");
        }

        return output;
    }
}
