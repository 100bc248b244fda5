// Process start -> first result with the embedded JSON peer. The second line is the in-process part (cold: JIT included).
using NewsFacts.Benchmarks.Peers;

long start = System.Diagnostics.Stopwatch.GetTimestamp();
string name = ((JsonEntity)JsonCatalog.Load().Find("vladimir-putin")!).Names["fr"];
System.TimeSpan elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(start);
System.Console.WriteLine(name);
System.Console.WriteLine(elapsed.TotalMilliseconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture));
