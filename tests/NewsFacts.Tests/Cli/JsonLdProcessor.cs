using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Cli;

/// <summary>
/// A real JSON-LD processor: the `jsonld` npm package, run by node on jsonld/expand.mjs (offline: its document
/// loader refuses every load). No .NET JSON-LD processor is served to us; node and npm are. CI installs the
/// package with `npm ci --prefix tests/NewsFacts.Tests/Cli/jsonld` before `dotnet test`.
/// </summary>
internal static partial class JsonLdProcessor
{
    private static string Folder => Path.Combine(RepoPaths.TestsFolder, "Cli", "jsonld");

    /// <summary>Expands a JSON-LD text and turns it into RDF.</summary>
    /// <returns>The expanded document and its triples.</returns>
    public static (JsonElement Expanded, IReadOnlyList<Triple> Triples) Expand(string jsonLd)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "jsonld")))
        {
            Assert.Fail($"The jsonld npm package is not installed in {Folder}/node_modules: run `npm ci --prefix tests/NewsFacts.Tests/Cli/jsonld` (node 18 or later) before the tests.");
        }

        string input = Path.Combine(Path.GetTempPath(), $"newsfacts-{Guid.NewGuid():N}.jsonld");
        File.WriteAllText(input, jsonLd);
        try
        {
            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Folder };
            start.ArgumentList.Add("expand.mjs");
            start.ArgumentList.Add(input);
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException("node is not on PATH; the JSON-LD tests need node 18 or later and `npm ci --prefix tests/NewsFacts.Tests/Cli/jsonld`.", e);
            }

            using (process)
            {
                Task<string> output = process.StandardOutput.ReadToEndAsync();
                Task<string> error = process.StandardError.ReadToEndAsync();
                Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "node expand.mjs hung for 5 minutes");
                Assert.True(process.ExitCode == 0, $"the JSON-LD processor failed: {error.Result}");
                using JsonDocument result = JsonDocument.Parse(output.Result);
                return (result.RootElement.GetProperty("expanded").Clone(), ReadNQuads(result.RootElement.GetProperty("nquads").GetString()!));
            }
        }
        finally
        {
            File.Delete(input);
        }
    }

    /// <summary>Reads the N-Quads the processor writes (default graph only; no escapes beyond \" \\ \n \r \t \uXXXX).</summary>
    public static IReadOnlyList<Triple> ReadNQuads(string nquads) =>
        nquads.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            Match m = NQuad().Match(line);
            Assert.True(m.Success, "not an N-Quad: " + line);
            Term subject = m.Groups["s"].Value.StartsWith('<') ? Term.Iri(m.Groups["s"].Value[1..^1]) : Term.Blank(m.Groups["s"].Value);
            string predicate = m.Groups["p"].Value;
            Term @object = m.Groups["oiri"].Success ? Term.Iri(m.Groups["oiri"].Value)
                : m.Groups["oblank"].Success ? Term.Blank(m.Groups["oblank"].Value)
                : Term.Literal(Regex.Unescape(m.Groups["lex"].Value), m.Groups["dt"].Success ? m.Groups["dt"].Value : m.Groups["lang"].Success ? Rdf.LangString : Xsd.String);
            return new Triple(subject, predicate, @object);
        }).ToList();

    [GeneratedRegex("""^(?<s><[^>]*>|_:\S+) <(?<p>[^>]*)> (?:<(?<oiri>[^>]*)>|(?<oblank>_:\S+)|"(?<lex>(?:[^"\\]|\\.)*)"(?:\^\^<(?<dt>[^>]*)>|@(?<lang>[A-Za-z0-9-]+))?) \.$""")]
    private static partial Regex NQuad();
}

/// <summary>An RDF term.</summary>
/// <param name="Value">The IRI, the blank node label, or the lexical form.</param>
/// <param name="Kind">Which kind of term.</param>
/// <param name="Datatype">A literal's datatype IRI.</param>
internal sealed record Term(string Value, TermKind Kind, string? Datatype)
{
    public static Term Iri(string iri) => new(iri, TermKind.Iri, null);

    public static Term Blank(string label) => new(label, TermKind.Blank, null);

    public static Term Literal(string lexical, string datatype) => new(lexical, TermKind.Literal, datatype);

    public bool IsNode => Kind != TermKind.Literal;

    public override string ToString() => Kind switch
    {
        TermKind.Iri => $"<{Value}>",
        TermKind.Blank => Value,
        _ => $"\"{Value}\"^^<{Datatype}>",
    };
}

internal enum TermKind
{
    Iri,
    Blank,
    Literal,
}

/// <summary>An RDF triple.</summary>
internal sealed record Triple(Term Subject, string Predicate, Term Object)
{
    public override string ToString() => $"{Subject} <{Predicate}> {Object}";
}

internal static class Rdf
{
    public const string Type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    public const string LangString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";
}

internal static class Xsd
{
    public const string String = "http://www.w3.org/2001/XMLSchema#string";
    public const string NonNegativeInteger = "http://www.w3.org/2001/XMLSchema#nonNegativeInteger";
}
