using System.Collections.Generic;
using System.Linq;
using System.Text;
using NewsFacts.Cli.Common;
using NewsFacts.Internal;

namespace NewsFacts.Cli.Report;

/// <summary>
/// The page of one fact: names in every language, aliases and misspellings, description, the fields of its kind
/// (relations, events, statements with their renderings, claims with modality and holders…), the facts that refer
/// to it, and each evidence quote linked to its range on the document's page.
/// </summary>
internal sealed class FactPageWriter
{
    private readonly ReportDataset _dataset;
    private readonly FactReferences _references;

    /// <summary>Makes a writer.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="references">Who refers to whom.</param>
    public FactPageWriter(ReportDataset dataset, FactReferences references)
    {
        _dataset = dataset;
        _references = references;
    }

    /// <summary>Writes the page of a fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The path from the root and the page.</returns>
    public (string Path, string Html) Write(Fact fact)
    {
        string path = SiteLinks.Fact(fact.Id);
        string root = PageLayout.Root(path);
        var main = new StringBuilder();
        string label = ReportDataset.Label(fact);
        main.Append("<p class=\"kind-line\"><span class=\"kind kind-").Append(Html.Text(fact.Kind.ToString().ToLowerInvariant())).Append("\">")
            .Append(Html.Text(ReportDataset.KindWord(fact))).Append("</span> <code class=\"id\">").Append(Html.Text(fact.Id)).Append("</code></p>\n");
        main.Append("<h1>").Append(Html.Text(label)).Append("</h1>\n");
        if (fact.Description is { } description)
        {
            main.Append("<p class=\"description\">").Append(Html.Text(description)).Append("</p>\n");
        }

        var fields = new List<(string Term, string Html)>();
        switch (fact)
        {
            case Entity e:
                fields.Add(("Aliases", Words(e.Aliases)));
                fields.Add(("Misspellings", Words(e.Misspellings, "misspelt")));
                if (e is Country { Iso: { } iso })
                {
                    fields.Add(("ISO code", Html.Text(iso)));
                }

                if (e.IsAmbiguous)
                {
                    fields.Add(("Ambiguous", "some of its aliases are shared with another entity on purpose"));
                }

                break;
            case Event e:
                fields.Add(("Event kind", Html.Text(e.EventKind)));
                fields.Add(("Status", $"<span class=\"status status-{Html.Text(e.Status.ToString().ToLowerInvariant())}\">{Html.Text(e.Status.ToString().ToLowerInvariant())}</span>"));
                fields.Add(("Date", e.Start is { } start ? Html.Text(FactText.Range(e.Start, e.End)) + $" <span class=\"note\">(precision: {Html.Text(start.Precision.ToString().ToLowerInvariant())})</span>" : "undated"));
                fields.Add(("Date wording", e.DateWording is null ? string.Empty : "“" + Html.Text(e.DateWording) + "”"));
                fields.Add(("Date note", Html.Text(e.DateNote)));
                fields.Add(("Place", e.Place is null ? string.Empty : Link(e.Place, root)));
                fields.Add(("Participants", Links(e.Participants, root)));
                break;
            case Relation r:
                fields.Add(("Subject", Link(r.Subject, root)));
                fields.Add(("Predicate", Html.Text(FactText.Predicate(r))));
                fields.Add(("Object", Link(r.Object, root)));
                fields.Add(("Dates", Html.Text(FactText.Range(r.Start, r.End))));
                break;
            case Statement s:
                fields.Add(("Speaker", Link(s.Speaker, root)));
                fields.Add(("Occasion", s.Occasion is null ? string.Empty : Link(s.Occasion, root)));
                fields.Add(("Date", Html.Text(s.Date?.ToString())));
                break;
            case Claim c:
                fields.Add(("Claim", Html.Text(c.Text)));
                fields.Add(("Modality", $"<span class=\"badge\">{Html.Text(c.Modality.ToString().ToLowerInvariant())}</span>"));
                fields.Add(("Held by", Links(c.Holders, root)));
                fields.Add(("About", Links(c.About, root)));
                break;
            case Discrepancy d:
                fields.Add(("Discrepancy kind", $"<span class=\"badge\">{Html.Text(d.DiscrepancyKind.ToString().ToLowerInvariant())}</span>"));
                fields.Add(("Reading taken", Html.Text(d.Reading)));
                fields.Add(("About", Links(d.About, root)));
                break;
            case CustomFact custom:
                fields.Add(("Aliases", Words(custom.Aliases)));

                // The kind's own fields, by the walk over its description: the fields every custom fact has are above.
                foreach (FactField field in _dataset.Catalog.Fields(custom).Skip(BuiltInSchema.DeclaredKindCommonFields.Count))
                {
                    fields.Add((field.Key, field.Value switch
                    {
                        Fact target => Link(target, root),
                        IReadOnlyList<Fact> targets => Links(targets, root),
                        IReadOnlyList<string> texts => Html.Text(string.Join(", ", texts)),
                        bool flag => flag ? "yes" : "no",
                        null => string.Empty,
                        _ => Html.Text(System.Convert.ToString(field.Value, System.Globalization.CultureInfo.InvariantCulture)),
                    }));
                }

                break;
        }

        main.Append("<dl class=\"fields\">");
        foreach ((string term, string html) in fields.Where(f => f.Html.Length > 0))
        {
            main.Append("<div><dt>").Append(Html.Text(term)).Append("</dt><dd>").Append(html).Append("</dd></div>");
        }

        main.Append("</dl>\n");

        Names? names = fact switch { Entity e => e.Names, Event e => e.Names, CustomFact c => c.Names, _ => null };
        if (names is { All.Count: > 0 })
        {
            main.Append("<section aria-labelledby=\"names-h\"><h2 id=\"names-h\">Names</h2><table class=\"names\"><thead><tr><th scope=\"col\">Language</th><th scope=\"col\">Name</th></tr></thead><tbody>");
            foreach (LocalizedName name in names.All)
            {
                main.Append("<tr><td><code>").Append(Html.Text(name.Language)).Append("</code></td><td lang=\"").Append(Html.Text(name.Language)).Append("\">")
                    .Append(Html.Text(name.Text)).Append("</td></tr>");
            }

            main.Append("</tbody></table></section>\n");
        }

        if (fact is Statement statement)
        {
            main.Append("<section aria-labelledby=\"renderings-h\"><h2 id=\"renderings-h\">Renderings</h2><ul class=\"quotes\">");
            foreach (Rendering rendering in statement.Renderings)
            {
                main.Append("<li><blockquote lang=\"").Append(Html.Text(rendering.Language)).Append("\">").Append(Html.Text(rendering.Text)).Append("</blockquote>")
                    .Append(Source(rendering.Source, root)).Append("</li>");
            }

            main.Append("</ul></section>\n");
        }

        IReadOnlyList<Factuality> factuality = fact switch { Claim c => c.Factuality, Event e => e.Factuality, Relation r => r.Factuality, _ => System.Array.Empty<Factuality>() };
        if (factuality.Count > 0)
        {
            // How certain each source holds it (FactBank); its quotes as text with their place, not as links: the
            // document pages highlight the facts' own evidence.
            main.Append("<section aria-labelledby=\"factuality-h\"><h2 id=\"factuality-h\">Factuality</h2><ul class=\"quotes factuality\">");
            foreach (Factuality f in factuality)
            {
                main.Append("<li><p>").Append(f.Holder is null ? "the article" : Link(f.Holder, root)).Append(": <span class=\"badge\">")
                    .Append(Html.Text($"{f.Value.ToString().ToLowerInvariant()}, {f.Polarity.ToString().ToLowerInvariant()} ({f.Code})")).Append("</span>");
                main.Append(f.Note is null ? string.Empty : " <span class=\"note\">" + Html.Text(f.Note) + "</span>").Append("</p>").Append(Quotes(f.Evidence)).Append("</li>");
            }

            main.Append("</ul></section>\n");
        }

        if (fact is Discrepancy { Readings.Count: > 0 } discrepancy)
        {
            main.Append("<section aria-labelledby=\"readings-h\"><h2 id=\"readings-h\">Readings</h2><ul class=\"quotes readings\">");
            foreach (Reading reading in discrepancy.Readings)
            {
                main.Append("<li><p><span class=\"badge\">").Append(Html.Text(reading.Rank.ToString().ToLowerInvariant())).Append("</span> “").Append(Html.Text(reading.Text)).Append("”");
                main.Append(reading.Note is null ? string.Empty : " <span class=\"note\">" + Html.Text(reading.Note) + "</span>").Append("</p>").Append(Quotes(reading.Evidence)).Append("</li>");
            }

            main.Append("</ul></section>\n");
        }

        List<IGrouping<string, Fact>> referredBy = _references.To(fact).ToList();
        if (referredBy.Count > 0)
        {
            main.Append("<section aria-labelledby=\"refs-h\"><h2 id=\"refs-h\">Referred to by</h2>");
            foreach (IGrouping<string, Fact> group in referredBy)
            {
                main.Append("<h3>").Append(Html.Text(RoleHeading(group.Key))).Append("</h3><ul class=\"facts\">");
                foreach (Fact from in group.Distinct())
                {
                    main.Append("<li>").Append(Link(from, root)).Append("</li>");
                }

                main.Append("</ul>");
            }

            main.Append("</section>\n");
        }

        main.Append("<section aria-labelledby=\"evidence-h\"><h2 id=\"evidence-h\">Evidence</h2><ol class=\"quotes evidence\">");
        foreach (Evidence evidence in fact.Evidence)
        {
            string language = _dataset.Catalog.FindDocument(evidence.Document)?.Language ?? string.Empty;
            main.Append("<li><blockquote lang=\"").Append(Html.Text(language)).Append("\">").Append(Html.Text(evidence.Quote)).Append("</blockquote>")
                .Append(Source(evidence, root)).Append("</li>");
        }

        main.Append("</ol></section>\n");
        return (path, PageLayout.Page(_dataset, path, label, PageLayout.Section.None, main.ToString()));
    }

    // The quotes of a factuality item or a reading, each with its document and offset.
    private string Quotes(IEnumerable<Evidence> evidence) => string.Concat(evidence.Select(e =>
        $"<blockquote lang=\"{Html.Text(_dataset.Catalog.FindDocument(e.Document)?.Language ?? string.Empty)}\">{Html.Text(e.Quote)}</blockquote>"
        + $"<p class=\"source\">— {Html.Text(_dataset.Catalog.FindDocument(e.Document)?.Title ?? e.Document)} <span class=\"note\">at character {Html.Number(e.Start)}</span></p>"));

    private string Source(Evidence evidence, string root)
    {
        Document? document = _dataset.Catalog.FindDocument(evidence.Document);
        string title = document?.Title ?? evidence.Document;
        return $"<p class=\"source\">— <a class=\"evidence-link\" href=\"{root}{Html.Text(SiteLinks.Evidence(evidence))}\" data-document=\"{Html.Text(evidence.Document)}\" data-start=\"{Html.Number(evidence.Start)}\">"
            + $"{Html.Text(title)}</a> <span class=\"note\">at character {Html.Number(evidence.Start)}</span></p>";
    }

    private static string RoleHeading(string role) => role switch
    {
        "subject" => "Subject of",
        "object" => "Object of",
        "place" => "Place of",
        "participant" => "Takes part in",
        "speaker" => "Speaker of",
        "occasion" => "Statements made at it",
        "holder" => "Holds the claims",
        "about" => "Facts about it",
        _ => $"Named as ‘{role}’ by",
    };

    private string Link(Fact fact, string root) => FactLink.Html(_dataset, fact, root);

    private string Links(IEnumerable<Fact> facts, string root) => string.Join(", ", facts.Select(f => Link(f, root)));

    private static string Words(IEnumerable<string> words, string? cssClass = null) =>
        string.Join(", ", words.Select(w => cssClass is null ? Html.Text(w) : $"<span class=\"{cssClass}\">{Html.Text(w)}</span>"));
}
