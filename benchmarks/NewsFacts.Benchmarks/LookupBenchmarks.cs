using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NewsFacts.Benchmarks.Peers;

namespace NewsFacts.Benchmarks;

/// <summary>Warm lookups: the compiled catalog against a Dictionary over the JSON and YAML peers.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LookupBenchmarks
{
    private JsonCatalog _json = null!;
    private YamlCatalog _yaml = null!;

    // Fields, not constants, so the JIT cannot fold anything about the query.
    private string _id = "vladimir-putin";
    private string _folded = "vladimir poutine";
    private string _unfolded = "Vladimir Poutine";

    [GlobalSetup]
    public void Setup()
    {
        _json = JsonCatalog.Load();
        _yaml = YamlCatalog.Load();

        // Warm every index, so each benchmark measures a lookup and nothing else.
        if (Dataset.Catalog.Find(_id) is null || Dataset.Catalog.FindByName(_folded).Count != 1
            || _json.Find(_id) is null || _json.FindByName(_folded) is null
            || _yaml.Find(_id) is null || _yaml.FindByName(_folded) is null)
        {
            throw new InvalidOperationException("A peer does not find Vladimir Putin.");
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("ById")]
    public Fact? Compiled_FindById() => Dataset.Catalog.Find(_id);

    [Benchmark, BenchmarkCategory("ById")]
    public JsonRecord? Json_FindById() => _json.Find(_id);

    [Benchmark, BenchmarkCategory("ById")]
    public YamlRecord? Yaml_FindById() => _yaml.Find(_id);

    [Benchmark(Baseline = true), BenchmarkCategory("ByName folded")]
    public IReadOnlyList<Entity> Compiled_FindByName_Folded() => Dataset.Catalog.FindByName(_folded);

    [Benchmark, BenchmarkCategory("ByName folded")]
    public List<JsonEntity>? Json_FindByName_Folded() => _json.FindByName(_folded);

    [Benchmark, BenchmarkCategory("ByName folded")]
    public List<YamlEntity>? Yaml_FindByName_Folded() => _yaml.FindByName(_folded);

    [Benchmark(Baseline = true), BenchmarkCategory("ByName unfolded")]
    public IReadOnlyList<Entity> Compiled_FindByName_Unfolded() => Dataset.Catalog.FindByName(_unfolded);

    [Benchmark, BenchmarkCategory("ByName unfolded")]
    public List<JsonEntity>? Json_FindByName_Unfolded() => _json.FindByName(_unfolded);

    [Benchmark, BenchmarkCategory("ByName unfolded")]
    public List<YamlEntity>? Yaml_FindByName_Unfolded() => _yaml.FindByName(_unfolded);

    [Benchmark, BenchmarkCategory("Typed member")]
    public Person Compiled_TypedMember() => People.VladimirPutin;
}
