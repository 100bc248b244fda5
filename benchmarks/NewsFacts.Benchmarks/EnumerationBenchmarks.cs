using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NewsFacts.Benchmarks.Peers;

namespace NewsFacts.Benchmarks;

/// <summary>Warm enumeration of one kind (every record already decoded): the catalog's lists against List&lt;T&gt; peers.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EnumerationBenchmarks
{
    private JsonCatalog _json = null!;
    private YamlCatalog _yaml = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = JsonCatalog.Load();
        _yaml = YamlCatalog.Load();
        foreach (Fact fact in Dataset.Catalog.Facts)
        {
            _ = fact.Id;
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("People")]
    public int Compiled_People_Foreach()
    {
        int length = 0;
        foreach (Person p in Dataset.Catalog.People)
        {
            length += p.Id.Length;
        }

        return length;
    }

    [Benchmark, BenchmarkCategory("People")]
    public int Compiled_People_Indexer()
    {
        IReadOnlyList<Person> people = Dataset.Catalog.People;
        int length = 0;
        for (int i = 0; i < people.Count; i++)
        {
            length += people[i].Id.Length;
        }

        return length;
    }

    [Benchmark, BenchmarkCategory("People")]
    public int Json_People_Foreach()
    {
        int length = 0;
        foreach (JsonEntity p in _json.People)
        {
            length += p.Id.Length;
        }

        return length;
    }

    [Benchmark, BenchmarkCategory("People")]
    public int Yaml_People_Foreach()
    {
        int length = 0;
        foreach (YamlEntity p in _yaml.People)
        {
            length += p.Id.Length;
        }

        return length;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Events")]
    public int Compiled_Events_Foreach()
    {
        int length = 0;
        foreach (Event e in Dataset.Catalog.Events)
        {
            length += e.Id.Length;
        }

        return length;
    }

    [Benchmark, BenchmarkCategory("Events")]
    public int Json_Events_Foreach()
    {
        int length = 0;
        foreach (JsonEvent e in _json.Data.Events)
        {
            length += e.Id.Length;
        }

        return length;
    }

    [Benchmark, BenchmarkCategory("Events")]
    public int Yaml_Events_Foreach()
    {
        int length = 0;
        foreach (YamlEvent e in _yaml.Data.Events)
        {
            length += e.Id.Length;
        }

        return length;
    }
}
