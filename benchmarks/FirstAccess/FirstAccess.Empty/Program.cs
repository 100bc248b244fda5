// The floor: the same process start and output, with no data at all.
long start = System.Diagnostics.Stopwatch.GetTimestamp();
string name = "Vladimir Poutine";
System.TimeSpan elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(start);
System.Console.WriteLine(name);
System.Console.WriteLine(elapsed.TotalMilliseconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture));
