using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace NewsFacts.Cli.Report;

/// <summary>The site's first page: which data it is (<see cref="DatasetInfo"/>), counts per kind, the documents with their coverage, and every fact by kind.</summary>
internal static class IndexPageWriter
{
    /// <summary>Writes the page.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="documents">Each document's analysis, in catalog order.</param>
    /// <returns>The path from the root and the page.</returns>
    public static (string Path, string Html) Write(ReportDataset dataset, IReadOnlyList<DocumentAnalysis> documents)
    {
        const string path = SiteLinks.Index;
        DatasetInfo info = dataset.Info;
        var main = new StringBuilder();
        main.Append("<h1>").Append(Html.Text(dataset.Title)).Append("</h1>\n");
        main.Append("<p>").Append(Html.Number(info.FactCount)).Append(" facts from ").Append(Html.Number(documents.Count))
            .Append(" documents, each resting on verbatim quotes. Open a document to see which of its sentences the facts cite, the <a href=\"")
            .Append(SiteLinks.Timeline).Append("\">timeline</a> for the dates, or the <a href=\"").Append(SiteLinks.Graph).Append("\">entity graph</a>.</p>\n");

        main.Append("<section aria-labelledby=\"docs-h\"><h2 id=\"docs-h\">Documents</h2><table class=\"documents\"><thead><tr>")
            .Append("<th scope=\"col\">Document</th><th scope=\"col\">Language</th><th scope=\"col\">Published</th><th scope=\"col\" class=\"num\">Facts</th><th scope=\"col\" class=\"num\">Quotes</th><th scope=\"col\">Coverage</th></tr></thead><tbody>");
        foreach (DocumentAnalysis analysis in documents)
        {
            Document d = analysis.Document;
            main.Append("<tr data-document=\"").Append(Html.Text(d.Id)).Append("\"><td><a href=\"").Append(SiteLinks.Document(d.Id)).Append("\">").Append(Html.Text(d.Title)).Append("</a><br><code class=\"id\">")
                .Append(Html.Text(d.Id)).Append("</code></td><td>").Append(Html.Text(d.Language)).Append("</td><td class=\"date\">").Append(Html.Text(d.Published?.ToString()))
                .Append("</td><td class=\"num\">").Append(Html.Number(analysis.Facts.Count())).Append("</td><td class=\"num\">").Append(Html.Number(analysis.Ranges.Count + analysis.Misplaced.Count))
                .Append("</td><td>").Append(analysis.Text is null ? "no text given" : $"{Html.Number(analysis.CoveragePercent)} % <span class=\"note\">({Html.Number(analysis.CitedSentences)} of {Html.Number(analysis.Sentences.Count)} sentences)</span>")
                .Append("</td></tr>");
        }

        main.Append("</tbody></table></section>\n");

        main.Append("<section aria-labelledby=\"counts-h\"><h2 id=\"counts-h\">Facts per kind</h2><table class=\"counts\"><thead><tr><th scope=\"col\">Kind</th><th scope=\"col\" class=\"num\">Facts</th></tr></thead><tbody>");
        foreach (KindCount count in info.Counts.Where(c => c.Count > 0))
        {
            main.Append("<tr><td><a href=\"#kind-").Append(count.Kind.ToString().ToLowerInvariant()).Append("\">").Append(count.Kind.ToString().ToLowerInvariant()).Append("</a></td><td class=\"num\">")
                .Append(Html.Number(count.Count)).Append("</td></tr>");
        }

        main.Append("<tr class=\"total\"><td>all</td><td class=\"num\">").Append(Html.Number(info.FactCount)).Append("</td></tr></tbody></table></section>\n");

        main.Append("<section aria-labelledby=\"version-h\"><h2 id=\"version-h\">Dataset version</h2><dl class=\"meta\">")
            .Append("<div><dt>Schema</dt><dd>").Append(Html.Number(info.SchemaVersion)).Append("</dd></div>")
            .Append("<div><dt>Content hash (SHA-256 of the compiled tables)</dt><dd><code class=\"hash\">").Append(Html.Text(info.ContentHash)).Append("</code></dd></div></dl>")
            .Append("<table class=\"hashes\"><thead><tr><th scope=\"col\">Document</th><th scope=\"col\">SHA-256 of its text</th></tr></thead><tbody>");
        foreach (DocumentHash hash in info.Documents)
        {
            main.Append("<tr><td><code>").Append(Html.Text(hash.Id)).Append("</code></td><td><code class=\"hash\">").Append(Html.Text(hash.Sha256 ?? "not given")).Append("</code></td></tr>");
        }

        main.Append("</tbody></table></section>\n");

        main.Append("<section aria-labelledby=\"all-h\"><h2 id=\"all-h\">All facts</h2>");
        foreach (IGrouping<FactKind, Fact> kind in dataset.Facts.GroupBy(f => f.Kind).OrderBy(g => g.Key))
        {
            string word = kind.Key.ToString().ToLowerInvariant();
            main.Append("<details id=\"kind-").Append(word).Append("\"><summary><h3>").Append(word).Append(" <span class=\"note\">(").Append(Html.Number(kind.Count())).Append(")</span></h3></summary><ul class=\"facts columns\">");
            foreach (Fact fact in kind.OrderBy(f => ReportDataset.Label(f), StringComparer.InvariantCultureIgnoreCase))
            {
                main.Append("<li>").Append(FactLink.Html(dataset, fact, string.Empty, withKind: fact is CustomFact)).Append("</li>");
            }

            main.Append("</ul></details>");
        }

        main.Append("</section>\n");
        return (path, PageLayout.Page(dataset, path, "Overview", PageLayout.Section.Index, main.ToString()));
    }
}
