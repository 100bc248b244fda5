using System.Reflection;
using BenchmarkDotNet.Attributes;
using NewsFacts.Benchmarks.Peers;

namespace NewsFacts.Benchmarks;

/// <summary>
/// In-process first access (JIT already warm): a fresh catalog over the compiled tables up to the first
/// <c>Find</c>, against deserializing the embedded JSON (or parsing facts.yaml) and building the dictionary.
/// </summary>
[MemoryDiagnoser]
public class FirstAccessBenchmarks
{
    private FactTables _tables = null!;

    [GlobalSetup]
    public void Setup() => _tables = CompiledTables.Create();

    [Benchmark(Baseline = true)]
    public string Compiled_NewCatalog_FirstFind() => ((Entity)new FactCatalog(_tables).Find("vladimir-putin")!).Names["fr"]!;

    [Benchmark]
    public string Json_Deserialize_FirstFind() => ((JsonEntity)JsonCatalog.Load().Find("vladimir-putin")!).Names["fr"]!;

    [Benchmark]
    public string Yaml_Parse_FirstFind() => ((YamlEntity)YamlCatalog.Load().Find("vladimir-putin")!).Names["fr"]!;
}

/// <summary>The generated <c>Dataset.Tables</c> is private; the benchmarks reach it once, by reflection, to make fresh catalogs.</summary>
internal static class CompiledTables
{
    public static FactTables Create() =>
        (FactTables)Activator.CreateInstance(typeof(Dataset).GetNestedType("Tables", BindingFlags.NonPublic)!, nonPublic: true)!;

    public static FactCatalog CreateCatalog() => new FactCatalog(Create());
}
