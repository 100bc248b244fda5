using System.Globalization;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Package;

/// <summary>
/// Name lookups answer alike whether the consumer runs with ICU, with <c>InvariantGlobalization</c> (containers,
/// Alpine) or published with Native AOT (whose templates turn invariant mode on): every name, alias and misspelling
/// of the dataset, with its diacritics stripped, upper-cased and folded, finds the same entities in all three.
/// Part of <see cref="PackageTests"/>, so it shares that class's packed package.
/// </summary>
public partial class PackageTests
{
    // Prints which globalization mode it runs in, then one line per query, by position (so the output is ASCII
    // whatever the console's encoding): what FindByName and FindEntity answer.
    private const string LookupProgram = """
        using System.Text;
        using NewsFacts;

        bool icu = "\u00E9".Normalize(NormalizationForm.FormD).Length == 2;
        Console.Out.Write("globalization: " + (icu ? "icu" : "invariant") + "\n");
        string[] queries = File.ReadAllLines("queries.txt", Encoding.UTF8);
        for (int i = 0; i < queries.Length; i++)
        {
            string byName = string.Join(",", Dataset.Catalog.FindByName(queries[i]).Select(e => e.Id));
            Console.Out.Write(i + "\t" + byName + "\t" + (Dataset.Catalog.FindEntity(queries[i])?.Id ?? "-") + "\n");
        }
        """;

    [Fact]
    public void Every_name_finds_the_same_entities_by_default_with_InvariantGlobalization_and_with_Native_AOT()
    {
        string[] queries = NameQueries.All();
        string expected = string.Concat(queries.Select((q, i) =>
            $"{i}\t{string.Join(",", Dataset.Catalog.FindByName(q).Select(e => e.Id))}\t{Dataset.Catalog.FindEntity(q)?.Id ?? "-"}\n"));
        var files = new (string, string)[] { ("queries.txt", string.Join("\n", queries) + "\n") };

        (int defaultExit, string defaultOutput) = package.BuildAndRunConsumer("LookupDefault", LookupProgram, files);
        Assert.True(defaultExit == 0, defaultOutput);

        // One publish gives both: the IL build with InvariantGlobalization (run on the JIT) and the native executable.
        const string Properties = "<InvariantGlobalization>true</InvariantGlobalization><PublishAot>true</PublishAot><DisableTransitiveFrameworkReferenceDownloads>true</DisableTransitiveFrameworkReferenceDownloads>";
        (int publishExit, string publishOutput, string folder) = package.PublishConsumer("LookupAot", LookupProgram, Properties, files);
        Assert.True(publishExit == 0, publishOutput);
        (int invariantExit, string invariantOutput) = DotNet.Run(folder, null, Path.Combine("bin", "Release", "net10.0", "linux-x64", "LookupAot.dll"));
        Assert.True(invariantExit == 0, invariantOutput);
        (int aotExit, string aotOutput) = DotNet.RunProgram(Path.Combine(folder, "out", "LookupAot"), folder, null);
        Assert.True(aotExit == 0, aotOutput);

        AssertAnswers("the default build", "icu", expected, defaultOutput, queries);
        AssertAnswers("the InvariantGlobalization build", "invariant", expected, invariantOutput, queries);
        AssertAnswers("the Native AOT executable", "invariant", expected, aotOutput, queries);
    }

    private static void AssertAnswers(string build, string mode, string expected, string output, string[] queries)
    {
        string[] lines = output.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        Assert.True(lines[0] == "globalization: " + mode, $"{build} runs with {lines[0]}, not {mode}:\n{output}");
        string[] actual = lines.Skip(1).ToArray();
        string[] wanted = expected.Split('\n');
        var differences = actual.Zip(wanted)
            .Where(pair => pair.First != pair.Second)
            .Select(pair => $"\"{queries[int.Parse(pair.Second.Split('\t')[0], CultureInfo.InvariantCulture)]}\": got [{pair.First}], expected [{pair.Second}]")
            .Take(20)
            .ToList();
        Assert.True(differences.Count == 0 && actual.Length == wanted.Length, $"{build} answers differently:\n" + string.Join("\n", differences));
    }

}
