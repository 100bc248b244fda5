using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Report;

/// <summary>
/// `newsfacts report` on a consumer's own facts files and texts (read by the generator's parser, as `check` reads
/// them), in the browser: samples/OwnFacts, and a dataset whose names and texts hold markup, quotes, ampersands and
/// non-Latin scripts, which must show as text and never run.
/// </summary>
public sealed class ReportOwnFactsTests : IClassFixture<ReportSite>
{
    private readonly ReportSite _site;

    public ReportOwnFactsTests(ReportSite site) => _site = site;

    [Fact]
    public void The_OwnFacts_sample_shows_its_own_evidence_and_its_declared_kind()
    {
        string sample = Path.Combine(RepoPaths.Root, "samples", "OwnFacts");
        string facts = Path.Combine(sample, "reading-group.facts.yaml");
        string text = Path.Combine(sample, "minutes-2024-06-20.txt");
        string site = _site.Write("own-facts", facts, text);

        BrowserPage page = _site.Browser.NewPage();
        page.Viewport(1280, 900);
        page.Navigate(ReportSite.Url(site, "documents/minutes-2024-06-20.html"));
        var evidence = ReportSite.EvidenceOf(facts).Select(e => (e.Fact, e.Quote, e.Start)).ToList();
        Assert.Equal(6, DocumentPageCheck.AssertEvidence(page, File.ReadAllText(text), evidence));
        page.Screenshot(Path.Combine(ReportSite.Screenshots, "own-facts-document.png"));

        // The declared kind's fields, and a reference to NewsFacts' own record shown as such (it has no page here).
        page.Navigate(ReportSite.Url(site, "facts/the-real-north-korea.html"));
        string body = page.Evaluate<string>("document.querySelector('main').textContent");
        Assert.Contains("book", body);
        Assert.Contains("Andrei Lankov", body);
        Assert.Contains("2013", body);
        Assert.Equal("North Korea", page.Evaluate<string>("document.querySelector('dl.fields .external').textContent"));
        page.Navigate(ReportSite.Url(site, "facts/partnership-is-the-story.html"));
        Assert.Equal("Charles Babbage", page.Evaluate<string>("document.querySelector('dl.fields a[data-fact-link=\"charles-babbage\"]').textContent"));
        Assert.Contains("asserted", page.Evaluate<string>("document.querySelector('dl.fields').textContent"));

        page.Navigate(ReportSite.Url(site, "timeline.html"));
        Assert.Equal(new[] { "reading-group-meeting" }, page.Evaluate<string[]>("[...document.querySelectorAll('.tl-event')].map(g => g.dataset.fact)"));
        Assert.Empty(page.Errors);
        Assert.All(page.Requests, r => Assert.StartsWith("file://", r, StringComparison.Ordinal));
    }

    [Fact]
    public void Markup_quotes_ampersands_and_other_scripts_in_facts_and_texts_show_as_text_and_never_run()
    {
        string folder = _site.Folder("hostile");
        const string Name = "<img src=x onerror=\"window.pwned=1\"> O'Brien & \"Kim\" 김정은 Пхеньян";
        const string Text = "<script>window.pwned=2</script> said O'Brien & \"Kim\" 김정은 in Пхеньян </mark></article>.\nSecond line, cited by nothing.";
        string textPath = Path.Combine(folder, "doc-1.txt");
        File.WriteAllText(textPath, Text);
        string factsPath = Path.Combine(folder, "hostile.facts.yaml");
        File.WriteAllText(factsPath, $$"""
            schema: 1
            documents:
              - { id: doc-1, language: en, title: "Title with <b>tags</b> & \"quotes\"" }
            entities:
              - id: obrien
                kind: person
                names: { en: '{{Name.Replace("'", "''")}}', ko: 김정은 }
                description: "</script><script>window.pwned=3</script>"
                evidence:
                  - { document: doc-1, quote: "<script>window.pwned=2</script>", start: 0 }
                  - { document: doc-1, quote: "O'Brien & \"Kim\" 김정은", start: 37 }
              - id: pyongyang-h
                kind: place
                names: { en: Пхеньян }
                evidence: [{ document: doc-1, quote: "Пхеньян </mark></article>", start: 60 }]
            """.ReplaceLineEndings("\n"));
        string site = _site.Write("hostile", factsPath, "--standalone", textPath);

        BrowserPage page = _site.Browser.NewPage();
        page.Navigate(ReportSite.Url(site, "documents/doc-1.html"));
        var evidence = ReportSite.EvidenceOf(factsPath).Select(e => (e.Fact, e.Quote, e.Start)).ToList();
        Assert.Equal(3, DocumentPageCheck.AssertEvidence(page, Text, evidence));
        Assert.Equal("Title with <b>tags</b> & \"quotes\"", page.Evaluate<string>("document.querySelector('h1').textContent"));
        Assert.Equal(1, page.Evaluate<int>("document.querySelectorAll('article .uncited').length"));
        page.Evaluate("document.querySelector('mark[data-fact=\"obrien\"]').focus()");
        Assert.Equal(Name, page.Evaluate<string>("document.querySelector('#facts-panel a').textContent"));

        page.Navigate(ReportSite.Url(site, "facts/obrien.html"));
        Assert.Equal(Name, page.Evaluate<string>("document.querySelector('h1').textContent"));
        Assert.Equal("</script><script>window.pwned=3</script>", page.Evaluate<string>("document.querySelector('.description').textContent"));
        Assert.Equal("김정은", page.Evaluate<string>("document.querySelector('td[lang=\"ko\"]').textContent"));

        page.Navigate(ReportSite.Url(site, "index.html"));
        Assert.True(page.Evaluate<bool>("window.pwned === undefined"));
        Assert.Empty(page.Errors);
        Assert.All(page.Requests, r => Assert.StartsWith("file://", r, StringComparison.Ordinal));
        Assert.DoesNotContain(page.Requests, r => r.EndsWith("/x", StringComparison.Ordinal));
    }
}
