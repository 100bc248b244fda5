using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Report;

/// <summary>
/// The built-in dataset's site (`newsfacts report`), opened from file:// in headless Chromium: the evidence on the
/// document pages, the side panel by keyboard, links between pages, the timeline's marks, no errors, no network,
/// readable at 200 % zoom. Screenshots of each kind of page are kept with the test results.
/// </summary>
public sealed class ReportBrowserTests : IClassFixture<ReportSite>
{
    private readonly ReportSite _site;

    public ReportBrowserTests(ReportSite site) => _site = site;

    private static FactCatalog Catalog => NewsFacts.Dataset.Catalog;

    [Fact]
    public void Every_evidence_item_is_one_highlighted_element_with_its_quote_and_its_facts()
    {
        BrowserPage page = _site.Browser.NewPage();
        int ranges = 0;
        foreach (Document document in Catalog.Documents)
        {
            page.Navigate(ReportSite.Url(_site.BuiltIn, $"documents/{document.Id}.html"));
            var evidence = Catalog.Facts
                .SelectMany(f => f.Evidence.Where(e => e.Document == document.Id).Select(e => (f.Id, e.Quote, e.Start)))
                .ToList();
            Assert.NotEmpty(evidence);
            ranges += DocumentPageCheck.AssertEvidence(page, RepoPaths.CorpusText(document.Id), evidence);
        }

        // Every evidence item of the dataset was on some page.
        Assert.Equal(Catalog.Facts.SelectMany(f => f.Evidence).Select(e => (e.Document, e.Start, e.Quote.Length)).Distinct().Count(), ranges);
        Assert.Empty(page.Errors);
    }

    [Fact]
    public void A_quote_reached_with_the_keyboard_shows_its_facts_whose_pages_link_back_to_it()
    {
        BrowserPage page = _site.Browser.NewPage();
        page.Viewport(1200, 760);
        Document document = Catalog.Documents[0];
        page.Navigate(ReportSite.Url(_site.BuiltIn, $"documents/{document.Id}.html"));

        // Tab from the top of the page until a quote has the focus.
        string? focused = null;
        for (int i = 0; i < 40 && focused is null; i++)
        {
            page.Press("Tab", 9);
            focused = page.Evaluate("document.activeElement.matches('mark.ev[data-ev]') ? document.activeElement.id : null")?.GetValue<string>();
        }

        Assert.NotNull(focused);
        string[] facts = page.Evaluate<string>($"document.getElementById('{focused}').dataset.fact").Split(' ');
        string[] shown = page.Evaluate<string[]>("[...document.querySelectorAll('#facts-panel a[data-fact-link]')].map(a => a.dataset.factLink)");
        Assert.Equal(facts, shown);
        Assert.Equal(page.Evaluate<string>($"document.getElementById('{focused}').textContent"), page.Evaluate<string>("document.querySelector('#facts-panel blockquote').textContent"));

        // Enter moves into the panel, Escape back to the quote.
        page.Press("Enter", 13);
        Assert.Equal(facts[0], page.Evaluate<string>("document.activeElement.dataset.factLink"));
        page.Press("Escape", 27);
        Assert.Equal(focused, page.Evaluate<string>("document.activeElement.id"));

        // For the person looking: a quote of several facts, focused (docs/images/report-document.png is one of these).
        page.Evaluate("[...document.querySelectorAll('mark.ev[data-fact]')].find(m => m.dataset.fact.split(' ').length >= 4).focus()");
        page.Screenshot(Path.Combine(ReportSite.Screenshots, "document.png"));
        page.Evaluate($"document.getElementById('{focused}').focus()");

        // The fact's page lists the quote, linked to this very element.
        string factUrl = page.Evaluate<string>("document.querySelector('#facts-panel a').href");
        page.Navigate(factUrl);
        Assert.Equal(Catalog.Find(facts[0])!.Evidence.Count, page.Evaluate<int>("document.querySelectorAll('ol.evidence > li').length"));
        string back = page.Evaluate<string>($"[...document.querySelectorAll('a.evidence-link')].map(a => a.href).find(h => h.endsWith('#{focused}'))");
        page.Screenshot(Path.Combine(ReportSite.Screenshots, "fact.png"));
        page.Navigate(back);
        Assert.Equal(focused, page.Evaluate<string>("document.querySelector(':target').id"));
        Assert.Equal(facts, page.Evaluate<string[]>("[...document.querySelectorAll('#facts-panel a[data-fact-link]')].map(a => a.dataset.factLink)"));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public void Every_page_loads_without_errors_or_network_requests_and_every_link_resolves()
    {
        BrowserPage page = _site.Browser.NewPage();
        var idsOf = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var links = new List<(string From, string To)>();
        List<string> pages = Directory.EnumerateFiles(_site.BuiltIn, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3 + Catalog.Documents.Count + Catalog.Facts.Count(), pages.Count);
        foreach (string file in pages)
        {
            string url = new Uri(file).AbsoluteUri;
            page.Navigate(url);
            idsOf[url] = page.Evaluate<string[]>("[...document.querySelectorAll('[id]')].map(e => e.id)").ToHashSet(StringComparer.Ordinal);
            string[] hrefs = page.Evaluate<string[]>("[...document.querySelectorAll('a[href]')].map(a => new URL(a.getAttribute('href'), location.href).href)");
            links.AddRange(hrefs.Select(h => (url, h)));
            Assert.True(page.Evaluate<bool>("getComputedStyle(document.querySelector('header.site')).backgroundColor === 'rgb(20, 50, 79)'"), "the stylesheet did not load on " + url);
        }

        Assert.Empty(page.Errors);
        Assert.All(page.Requests, r => Assert.StartsWith("file://", r, StringComparison.Ordinal));
        Assert.Contains(page.Requests, r => r.EndsWith("/assets/report.js", StringComparison.Ordinal));
        foreach ((string from, string to) in links)
        {
            var target = new Uri(to);
            string withoutFragment = target.GetLeftPart(UriPartial.Path);
            Assert.True(idsOf.ContainsKey(withoutFragment), $"{from} links to {to}, which is not a page of the site");
            if (target.Fragment.Length > 1)
            {
                Assert.Contains(Uri.UnescapeDataString(target.Fragment[1..]), idsOf[withoutFragment]);
            }
        }

        // Nothing in the pages names a network address to fetch from.
        foreach (string file in Directory.EnumerateFiles(_site.BuiltIn, "*.*", SearchOption.AllDirectories))
        {
            Assert.DoesNotMatch(new Regex("(src|href|url)\\s*[=(]\\s*[\"']?(https?:)?//", RegexOptions.IgnoreCase), File.ReadAllText(file));
        }
    }

    [Fact]
    public void The_timeline_has_one_mark_per_dated_event_in_date_order_and_lists_the_undated_ones()
    {
        BrowserPage page = _site.Browser.NewPage();
        page.Viewport(1400, 1000);
        page.Navigate(ReportSite.Url(_site.BuiltIn, "timeline.html"));
        JsonArray marks = page.Evaluate("[...document.querySelectorAll('.tl-event[data-fact]')].map(g => { const r = g.querySelector('rect.bar').getBoundingClientRect(); return { id: g.dataset.fact, x: r.left, right: r.right, y: r.top }; })")!.AsArray();
        var byId = marks.ToDictionary(m => m!["id"]!.GetValue<string>(), m => (X: m!["x"]!.GetValue<double>(), Right: m["right"]!.GetValue<double>(), Y: m["y"]!.GetValue<double>()));
        List<Event> dated = Catalog.Events.Where(e => e.Start is not null).OrderBy(e => e.Start!.Value).ThenBy(e => e.End ?? e.Start!.Value).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();

        Assert.Equal(dated.Count, marks.Count);
        Assert.Equal(dated.Select(e => e.Id).Order(StringComparer.Ordinal), byId.Keys.Order(StringComparer.Ordinal));
        for (int i = 1; i < dated.Count; i++)
        {
            (Event before, Event after) = (dated[i - 1], dated[i]);
            Assert.True(byId[before.Id].Y < byId[after.Id].Y, $"{after.Id} is not below {before.Id}");
            Assert.True(byId[before.Id].X <= byId[after.Id].X, $"{after.Id} starts left of {before.Id}");
            if (before.Start!.Value.Earliest < after.Start!.Value.Earliest)
            {
                Assert.True(byId[before.Id].X < byId[after.Id].X, $"{after.Id} starts later than {before.Id} but not further right");
            }
        }

        // A precision is an extent: a year is drawn wider than a month, a month wider than a day.
        double Width(string id) => byId[id].Right - byId[id].X;
        Assert.True(Width("putin-takes-office-2000") > Width("kim-trip-to-russia-2023"));
        Assert.True(Width("kim-trip-to-russia-2023") > Width("putin-arrival-in-north-korea"));
        Assert.Equal("expected", page.Evaluate<string>("document.querySelector('.tl-event[data-fact=\"putin-arrival-in-north-korea\"]').classList.contains('status-expected') ? 'expected' : 'other'"));

        string[] undated = page.Evaluate<string[]>("[...document.querySelectorAll('ul.undated li[data-fact]')].map(li => li.dataset.fact)");
        Assert.Equal(Catalog.Events.Where(e => e.Start is null).Select(e => e.Id).Order(StringComparer.Ordinal), undated.Order(StringComparer.Ordinal));
        page.Screenshot(Path.Combine(ReportSite.Screenshots, "timeline.png"));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public void The_graph_has_a_node_per_related_entity_linking_to_its_page_and_the_index_has_the_dataset_version()
    {
        BrowserPage page = _site.Browser.NewPage();
        page.Viewport(1400, 1100);
        page.Navigate(ReportSite.Url(_site.BuiltIn, "graph.html"));
        string[] nodes = page.Evaluate<string[]>("[...document.querySelectorAll('svg.graph a.node')].map(a => a.dataset.fact)");
        var related = Catalog.Relations.SelectMany(r => new[] { r.Subject.Id, r.Object.Id }).Distinct();
        Assert.Equal(related.Order(StringComparer.Ordinal), nodes.Order(StringComparer.Ordinal));
        Assert.True(page.Evaluate<bool>("[...document.querySelectorAll('svg.graph a.node')].every(a => a.getAttribute('href') === 'facts/' + a.dataset.fact + '.html')"));
        Assert.Equal(Catalog.Relations.Count, page.Evaluate<int>("document.querySelectorAll('table.relations tbody tr').length"));
        page.Screenshot(Path.Combine(ReportSite.Screenshots, "graph.png"));

        page.Navigate(ReportSite.Url(_site.BuiltIn, "index.html"));
        Assert.Contains(NewsFacts.Dataset.Info.ContentHash, page.Evaluate<string>("document.body.textContent"));
        Assert.Equal(Catalog.Documents.Count, page.Evaluate<int>("document.querySelectorAll('tr[data-document]').length"));
        page.Screenshot(Path.Combine(ReportSite.Screenshots, "index.png"));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public void A_document_page_at_200_percent_zoom_reflows_without_sideways_scrolling()
    {
        BrowserPage page = _site.Browser.NewPage();
        page.Viewport(1280, 900, zoom: 2);
        page.Navigate(ReportSite.Url(_site.BuiltIn, $"documents/{Catalog.Documents[1].Id}.html"));
        Assert.True(page.Evaluate<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 200 %");
        Assert.True(page.Evaluate<bool>("parseFloat(getComputedStyle(document.querySelector('article.doc-text')).fontSize) >= 16"));
        page.Screenshot(Path.Combine(ReportSite.Screenshots, "document-200-percent.png"));
    }
}
