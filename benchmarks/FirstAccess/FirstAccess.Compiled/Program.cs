// Process start -> first result with the compiled dataset. The second line is the in-process part (cold: JIT included).
long start = System.Diagnostics.Stopwatch.GetTimestamp();
string name = NewsFacts.Dataset.Catalog.Find<NewsFacts.Person>("vladimir-putin")!.Names["fr"]!;
System.TimeSpan elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(start);
System.Console.WriteLine(name);
System.Console.WriteLine(elapsed.TotalMilliseconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture));
