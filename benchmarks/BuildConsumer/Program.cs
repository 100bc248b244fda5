// Run-time memory of this project's compiled dataset after touching every fact (benchmarks/build-time.sh).
NewsFacts.Benchmarks.MemoryProbe.Report(args.Length > 0 ? args[0] : "consumer", () => BuildConsumer.Dataset.Catalog);
