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

    [Fact]
    public void NewsFactsDocComments_summary_keeps_the_summaries_and_drops_the_evidence_remarks()
    {
        XElement doc = DocumentationOf("Consumer.Facts.People", "AdaLovelace", docComments: "summary");

        Assert.Equal("Ada Lovelace (en), Ada Lovelace (fr). A mathematician.", doc.Element("summary")!.Value.Trim());
        Assert.Null(doc.Element("remarks"));
        XElement id = DocumentationOf("Consumer.Facts.FactIds+People", "AdaLovelace", docComments: "Summary");
        Assert.Contains("The id of", id.Element("summary")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void NewsFactsDocComments_none_writes_no_member_docs_and_no_CS1591_in_a_project_that_documents()
    {
        (Compilation output, GeneratorDriver driver) = Generate(TestYaml.Small, " none ");

        Assert.Empty(driver.GetRunResult().Diagnostics);
        Assert.Empty(output.GetTypeByMetadataName("Consumer.Facts.People")!.GetMembers("AdaLovelace").Single().GetDocumentationCommentXml()!);
        Assert.Empty(output.GetTypeByMetadataName("Consumer.Facts.FactIds+People")!.GetMembers("AdaLovelace").Single().GetDocumentationCommentXml()!);

        // CS1591 (missing XML comment on a public member) is a warning, reported as an error by the harness; the generated files disable it.
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id == "CS1591");
    }

    [Fact]
    public void An_unknown_NewsFactsDocComments_value_is_NF0025_and_full_docs_are_generated()
    {
        (Compilation output, GeneratorDriver driver) = Generate(TestYaml.Small, "brief");

        Diagnostic diagnostic = Assert.Single(driver.GetRunResult().Diagnostics);
        Assert.Equal("NF0025", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.Contains("'brief'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        string xml = output.GetTypeByMetadataName("Consumer.Facts.People")!.GetMembers("AdaLovelace").Single().GetDocumentationCommentXml()!;
        Assert.Contains("<remarks>", xml, StringComparison.Ordinal);
    }

    private static XElement DocumentationOf(string typeName, string memberName, string yaml = TestYaml.Small, string? docComments = null)
    {
        (Compilation output, _) = Generate(yaml, docComments);
        ISymbol member = output.GetTypeByMetadataName(typeName)!.GetMembers(memberName).Single();
        return XElement.Parse(member.GetDocumentationCommentXml()!);
    }

    private static (Compilation Output, GeneratorDriver Driver) Generate(string yaml, string? docComments)
    {
        // Diagnose mode makes the compiler bind doc comments and report malformed XML (CS15xx) and missing docs (CS1591) in generated code.
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("/// <summary>The program.</summary>\npublic class Program { }");
        var properties = new Dictionary<string, string>();
        if (docComments is not null)
        {
            properties["NewsFactsDocComments"] = docComments;
        }

        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { ("facts.yaml", yaml) }, "Consumer.Facts", documentation: DocumentationMode.Diagnose, properties: properties)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);

        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id.StartsWith("CS15", StringComparison.Ordinal) || d.Severity == DiagnosticSeverity.Error);
        return (output, driver);
    }
}
