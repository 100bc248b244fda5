using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace NewsFacts.Cli.Report;

/// <summary>
/// The page of one document: its whole text with every evidence range highlighted. Each range is one
/// <c>&lt;mark class="ev" data-fact="id id…"&gt;</c> (ranges inside others nest; a range that crosses another goes on in
/// <c>&lt;mark class="ev ev-cont" data-ev-cont="…"&gt;</c> parts, see <see cref="TextMarkup"/>). Sentences no quote
/// touches are marked <c>uncited</c>, recorded misspellings <c>misspelling</c>, quotes of recorded discrepancies
/// <c>disc</c>; the page's script shows the facts of the focused or hovered range in a side panel.
/// </summary>
internal static class DocumentPageWriter
{
    /// <summary>Writes the page.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="analysis">The document's analysis.</param>
    /// <returns>The path from the root and the page.</returns>
    public static (string Path, string Html) Write(ReportDataset dataset, DocumentAnalysis analysis)
    {
        Document document = analysis.Document;
        string path = SiteLinks.Document(document.Id);
        string root = PageLayout.Root(path);
        var main = new StringBuilder();
        main.Append("<h1 class=\"doc-title\">").Append(Html.Text(document.Title)).Append("</h1>\n");
        main.Append("<dl class=\"meta\">")
            .Append(Meta("Document", $"<code>{Html.Text(document.Id)}</code>"))
            .Append(Meta("Language", Html.Text(document.Language)))
            .Append(document.Published is { } published ? Meta("Published", Html.Text(published.ToString()) + (document.PublishedNote is { } note ? $" <details class=\"note\"><summary>how it was dated</summary>{Html.Text(note)}</details>" : string.Empty)) : string.Empty)
            .Append(document.Outlet is { } outlet ? Meta("Outlet", Html.Text(outlet)) : string.Empty)
            .Append(Meta("Facts citing it", Html.Number(analysis.Facts.Count())))
            .Append("</dl>\n");

        if (analysis.Text is { } text)
        {
            main.Append("<p class=\"coverage\" id=\"coverage\" data-coverage=\"").Append(Html.Number(analysis.CoveragePercent)).Append("\">")
                .Append("<strong>Coverage: ").Append(Html.Number(analysis.CoveragePercent)).Append(" %</strong> — ")
                .Append(Html.Number(analysis.CitedSentences)).Append(" of ").Append(Html.Number(analysis.Sentences.Count))
                .Append(" sentences are cited by at least one fact.")
                .Append("<meter min=\"0\" max=\"100\" value=\"").Append(Html.Number(analysis.CoveragePercent)).Append("\" aria-label=\"Coverage\"></meter></p>\n");
            main.Append(Legend());
            main.Append("<div class=\"reader\">\n<article class=\"doc-text\" lang=\"").Append(Html.Text(document.Language)).Append("\" aria-label=\"Document text\">")
                .Append(TextMarkup.Write(text, Ranges(dataset, analysis)))
                .Append("</article>\n");
            main.Append("<aside class=\"facts-panel\" id=\"facts-panel\" aria-live=\"polite\" aria-label=\"Facts of the selected quote\">")
                .Append("<h2>Facts of the selected quote</h2><div id=\"facts-panel-body\"><p class=\"hint\">Hover over a highlighted quote, or move to it with Tab, to see the facts it supports. Enter moves into this panel; Escape goes back.</p></div></aside>\n</div>\n");
        }
        else
        {
            main.Append("<p class=\"notice\">The text of this document was not given: its quotes are listed below, without their context. Give <code>")
                .Append(Html.Text(document.Id)).Append(".txt</code> to <code>newsfacts report</code> to see them in place.</p>\n");
        }

        List<Discrepancy> discrepancies = analysis.Facts.OfType<Discrepancy>().ToList();
        if (discrepancies.Count > 0)
        {
            main.Append("<section aria-labelledby=\"disc-h\"><h2 id=\"disc-h\">Recorded discrepancies in this document</h2><ul class=\"facts\">");
            foreach (Discrepancy discrepancy in discrepancies)
            {
                main.Append("<li>").Append(FactLink.Html(dataset, discrepancy, root, withKind: false))
                    .Append(" <span class=\"badge\">").Append(Html.Text(discrepancy.DiscrepancyKind.ToString().ToLowerInvariant())).Append("</span></li>");
            }

            main.Append("</ul></section>\n");
        }

        if (analysis.Misplaced.Count > 0)
        {
            main.Append("<section aria-labelledby=\"quotes-h\"><h2 id=\"quotes-h\">Quotes").Append(analysis.Text is null ? string.Empty : " not found at their offset").Append("</h2><ul class=\"quotes\">");
            foreach ((Fact fact, Evidence evidence) in analysis.Misplaced)
            {
                main.Append("<li><blockquote lang=\"").Append(Html.Text(document.Language)).Append("\">").Append(Html.Text(evidence.Quote)).Append("</blockquote> @")
                    .Append(Html.Number(evidence.Start)).Append(" — ").Append(FactLink.Html(dataset, fact, root)).Append("</li>");
            }

            main.Append("</ul></section>\n");
        }

        var data = analysis.Facts.ToDictionary(
            f => f.Id,
            f => new Dictionary<string, string> { ["kind"] = ReportDataset.KindWord(f), ["label"] = ReportDataset.Label(f), ["href"] = root + SiteLinks.Fact(f.Id) });
        return (path, PageLayout.Page(dataset, path, document.Title, PageLayout.Section.None, main.ToString(), Html.Json(new { facts = data })));
    }

    private static IEnumerable<TextRange> Ranges(ReportDataset dataset, DocumentAnalysis analysis)
    {
        foreach (EvidenceRange range in analysis.Ranges)
        {
            string ids = Html.Text(string.Join(" ", range.Facts.Select(f => f.Id)));
            string kind = range.IsDiscrepancy ? "ev disc" : "ev";
            string title = Html.Text("Supports: " + string.Join("; ", range.Facts.Select(f => $"{ReportDataset.Label(f)} ({ReportDataset.KindWord(f)})")));
            yield return new TextRange(
                range.Start,
                range.End,
                $"<mark class=\"{kind}\" id=\"{range.Anchor}\" data-ev=\"{range.Anchor}\" data-fact=\"{ids}\" data-start=\"{Html.Number(range.Start)}\" tabindex=\"0\" title=\"{title}\">",
                $"<mark class=\"{kind} ev-cont\" data-ev-cont=\"{range.Anchor}\" title=\"{title}\">",
                "</mark>");
        }

        foreach ((int start, int end, bool cited) in analysis.Sentences)
        {
            if (!cited)
            {
                yield return new TextRange(start, end, "<span class=\"uncited\" title=\"No fact cites this sentence\">", "<span class=\"uncited\">", "</span>");
            }
        }

        foreach (MisspellingAt misspelling in analysis.Misspellings)
        {
            string title = Html.Text($"Misspelling of {misspelling.Entity.Name}");
            string href = dataset.Owns(misspelling.Entity) ? $" data-href=\"{PageLayout.Root(SiteLinks.Document(analysis.Document.Id))}{SiteLinks.Fact(misspelling.Entity.Id)}\"" : string.Empty;
            yield return new TextRange(misspelling.Start, misspelling.End, $"<span class=\"misspelling\" title=\"{title}\"{href}>", $"<span class=\"misspelling\" title=\"{title}\">", "</span>");
        }
    }

    private static string Legend() =>
        "<ul class=\"legend\" aria-label=\"Legend\">"
        + "<li><mark class=\"ev sample\">quoted</mark> a quote that facts rest on (darker: several quotes overlap)</li>"
        + "<li><span class=\"uncited sample\">uncited</span> a sentence no fact cites</li>"
        + "<li><mark class=\"ev disc sample\">quote</mark> a quote of a recorded discrepancy (≠)</li>"
        + "<li><span class=\"misspelling sample\">Mispelt</span> a recorded misspelling of a name [sic]</li>"
        + "</ul>\n";

    private static string Meta(string term, string valueHtml) => $"<div><dt>{term}</dt><dd>{valueHtml}</dd></div>";
}
