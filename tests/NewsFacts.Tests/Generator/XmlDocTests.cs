using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Generator;

/// <summary>What an editor shows when hovering a generated member: its names, description and evidence with document ids.</summary>
public class XmlDocTests
{
    [Fact]
    public void Hovering_a_fact_shows_its_names_description_and_evidence_quotes_with_documents()
    {
        XElement doc = DocumentationOf("Consumer.Facts.People", "AdaLovelace");

        string summary = doc.Element("summary")!.Value.Trim();
        string remarks = doc.Element("remarks")!.Value;
        Assert.Equal("Ada Lovelace (en), Ada Lovelace (fr). A mathematician.", summary);
        Assert.Contains("Id ada-lovelace.", remarks, StringComparison.Ordinal);
        Assert.Contains("Evidence: “Ada Lovelace visited” (doc-1, at 0).", remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Hover_text_escapes_markup_in_the_data()
    {
        string yaml = TestYaml.WithEntity("  - id: a\n    kind: person\n    names: { en: \"<b>Bold</b> & co\" }\n    evidence: [{ document: doc-1, quote: \"x < y\", start: 0 }]");

        XElement doc = DocumentationOf("Consumer.Facts.People", "A", yaml);

        Assert.Equal("<b>Bold</b> & co (en)", doc.Element("summary")!.Value.Trim());
        Assert.Contains("“x < y”", doc.Element("remarks")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_in_dataset_documents_Putin_with_a_quote_from_the_corpus()
    {
        string xmlPath = Path.ChangeExtension(typeof(FactCatalog).Assembly.Location, ".xml");
        XElement member = XDocument.Load(xmlPath).Descendants("member").Single(m => m.Attribute("name")?.Value == "P:NewsFacts.People.VladimirPutin");

        Assert.Contains("Vladimir Poutine (fr)", member.Element("summary")!.Value, StringComparison.Ordinal);
        Assert.Contains("Evidence: “Vladimir Putin will be in North Korea", member.Element("remarks")!.Value, StringComparison.Ordinal);
        Assert.Contains("000_acc9cddf53eaf244", member.Element("remarks")!.Value, StringComparison.Ordinal);
    }

    private static XElement DocumentationOf(string typeName, string memberName, string yaml = TestYaml.Small)
    {
        // Diagnose mode makes the compiler bind doc comments and report malformed XML (CS15xx) in generated code.
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class Program { }");
        GeneratorHarness.CreateDriver(new[] { ("facts.yaml", yaml) }, "Consumer.Facts", documentation: DocumentationMode.Diagnose)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);

        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id.StartsWith("CS15", StringComparison.Ordinal) || d.Severity == DiagnosticSeverity.Error);
        ISymbol member = output.GetTypeByMetadataName(typeName)!.GetMembers(memberName).Single();
        return XElement.Parse(member.GetDocumentationCommentXml()!);
    }
}
