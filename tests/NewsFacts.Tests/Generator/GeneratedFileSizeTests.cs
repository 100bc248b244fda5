using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsFacts.Generator.Emit;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Generator;

/// <summary>
/// No generated file is over about 1 MB (issue 12: editors struggle with huge files): a dataset whose tables, member
/// classes and ids are several times that comes out in files of bounded size, which compile to a catalog that reads
/// back every fact as it was written.
/// </summary>
public class GeneratedFileSizeTests
{
    private const int People = 6_000;
    private const int Gadgets = 2_500;

    // Text with two-byte, three-byte and four-byte (surrogate pair) characters, so that pieces cut by size fall
    // inside multi-byte text somewhere, and the field separators that the literals escape.
    private static string Description(int i) =>
        $"Person number {i}, described at length so that the tables grow: Описание {i} — café, naïve, 東京 🙂 " +
        $"and a quote \"in quotes\" with a backslash \\ here; the line goes on for a while to weigh about two hundred bytes {i}.";

    private static string Id(int i) => $"person-{i:D5}";

    private static string Yaml()
    {
        var yaml = new StringBuilder();
        yaml.Append("""
            schema: 1
            kinds:
              - name: gadget
                fields:
                  - { name: maker, type: reference, refersTo: person }
                  - { name: note, type: text }
            documents:
              - { id: doc-1, language: en, title: Notes }
            entities:

            """);
        for (int i = 0; i < People; i++)
        {
            yaml.Append($"  - id: {Id(i)}\n    kind: person\n    names: {{ en: \"Person {i:D5}\", ru: \"Персона {i}\" }}\n")
                .Append($"    description: \"{Escape(Description(i))}\"\n")
                .Append($"    evidence:\n      - {{ document: doc-1, quote: \"Person {i} 🙂 said so\", start: {i} }}\n");
        }

        yaml.Append("gadgets:\n");
        for (int i = 0; i < Gadgets; i++)
        {
            yaml.Append($"  - id: gadget-{i:D5}\n    names: {{ en: \"Gadget {i:D5}\" }}\n    maker: {Id(i)}\n")
                .Append($"    note: \"{Escape(Description(i))}\"\n")
                .Append($"    evidence:\n      - {{ document: doc-1, quote: \"Gadget {i}\", start: {i} }}\n");
        }

        return yaml.ToString();
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    [Fact]
    public void A_large_dataset_comes_out_in_files_of_at_most_a_megabyte_that_read_back_every_fact()
    {
        GeneratorRun run = GeneratorHarness.Run(("big.facts.yaml", Yaml()));
        Assert.Empty(run.NfDiagnostics);

        IReadOnlyDictionary<string, string> sources = run.Sources;
        Assert.All(sources, s => Assert.True(
            Encoding.UTF8.GetByteCount(s.Value) <= TableLiterals.MaxFileBytes,
            $"{s.Key}: {Encoding.UTF8.GetByteCount(s.Value):N0} bytes"));

        // The dataset is several times the bound: its tables, the People class and FactIds each had to be spread.
        long total = sources.Values.Sum(s => (long)Encoding.UTF8.GetByteCount(s));
        Assert.True(total > 5 * TableLiterals.MaxFileBytes, $"{total:N0} bytes generated");
        // The facts file's output (tables, members, ids) spreads over files of its own; the declared kind's table is the global part's.
        Assert.Contains("Facts.big.5.g.cs", sources.Keys);
        Assert.Contains("Dataset.Kind0.1.g.cs", sources.Keys);
        Assert.Empty(run.CompilationProblems);

        Assembly assembly = run.Load();
        var catalog = (FactCatalog)assembly.GetType("Consumer.Facts.Dataset")!.GetProperty("Catalog")!.GetValue(null)!;
        // The catalog takes in NewsFacts, a referenced dataset package: its people come after the dataset's own.
        Assert.Equal(People + NewsFacts.Dataset.Catalog.People.Count, catalog.People.Count);
        for (int i = 0; i < People; i++)
        {
            Person person = catalog.People[i];
            Assert.Equal(Id(i), person.Id);
            Assert.Equal($"Person {i:D5}", person.Names["en"]);
            Assert.Equal($"Персона {i}", person.Names["ru"]);
            Assert.Equal(Description(i), person.Description);
            Assert.Equal($"Person {i} 🙂 said so", person.Evidence[0].Quote);
            Assert.Same(person, catalog.Find(Id(i)));
        }

        FactList<CustomFact> gadgets = catalog.Custom("gadget");
        Assert.Equal(Gadgets, gadgets.Count);
        Assert.Equal($"Gadget {Gadgets - 1:D5}", gadgets[Gadgets - 1].Names["en"]);
        Assert.Equal(Description(Gadgets - 1), gadgets[Gadgets - 1].GetType().GetProperty("Note")!.GetValue(gadgets[Gadgets - 1]));

        // Every typed member and every id constant, whichever part of its partial class it is in.
        PropertyInfo[] members = assembly.GetType("Consumer.Facts.People")!.GetProperties(BindingFlags.Public | BindingFlags.Static);
        Assert.Equal(People, members.Length);
        Assert.Equal(
            Enumerable.Range(0, People).Select(Id).ToHashSet(),
            members.Select(m => ((Person)m.GetValue(null)!).Id).ToHashSet());
        FieldInfo[] ids = assembly.GetType("Consumer.Facts.FactIds+People")!.GetFields(BindingFlags.Public | BindingFlags.Static);
        Assert.Equal(Enumerable.Range(0, People).Select(Id).ToHashSet(), ids.Select(f => (string)f.GetRawConstantValue()!).ToHashSet());
    }
    [Fact]
    public void A_catalog_only_dataset_keeps_its_id_index_as_one_constant_over_files_of_at_most_a_megabyte()
    {
        // 70,000 ids of 23 characters: an id index of about 1.6 MB, which NewsFactsTypedMembers=false writes as a constant.
        const int count = 70_000;
        string PersonId(int i) => $"person-{i:D6}-abcdefghi";
        var yaml = new StringBuilder("schema: 1\ndocuments:\n  - { id: doc-1, language: en, title: Notes }\nentities:\n");
        for (int i = 0; i < count; i++)
        {
            yaml.Append($"  - {{ id: {PersonId(i)}, kind: person, names: {{ en: P{i} }}, evidence: [{{ document: doc-1, quote: q, start: 0 }}] }}\n");
        }

        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class Program { }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { ("big.facts.yaml", yaml.ToString()) }, "Consumer.Facts", properties: new Dictionary<string, string> { ["NewsFactsTypedMembers"] = "false" })
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        var run = new GeneratorRun(driver.GetRunResult(), output);
        Assert.Empty(run.NfDiagnostics);

        IReadOnlyDictionary<string, string> sources = run.Sources;
        Assert.All(sources, s => Assert.True(
            Encoding.UTF8.GetByteCount(s.Value) <= TableLiterals.MaxFileBytes,
            $"{s.Key}: {Encoding.UTF8.GetByteCount(s.Value):N0} bytes"));
        Assert.Contains("FactIdIndex.2.g.cs", sources.Keys);

        // The parts fold into the one constant that the analyzer reads (NF1001, NF1002), every id in it.
        var index = (IFieldSymbol)output.GetTypeByMetadataName("Consumer.Facts.Dataset")!.GetMembers(NewsFacts.Generator.Naming.CSharpNames.FactIdIndex).Single();
        Assert.True(index.HasConstantValue);
        Assert.Equal("People " + string.Join(" ", Enumerable.Range(0, count).Select(PersonId)) + "\nDocuments doc-1\n", index.ConstantValue);

        // The dataset package's manifest (every id, for projects that reference this one) is spread the same way and
        // folds into the attribute's one string, the one a referencing generator reads from metadata.
        Assert.Contains("DatasetManifest.2.g.cs", sources.Keys);
        AttributeData manifest = output.Assembly.GetAttributes().Single(a => a.AttributeClass?.Name == "NewsFactsDatasetAttribute");
        string text = Assert.IsType<string>(manifest.ConstructorArguments[1].Value);
        Assert.Contains("ids person " + string.Join(" ", Enumerable.Range(0, count).Select(PersonId)) + "\n", text);
    }
}
