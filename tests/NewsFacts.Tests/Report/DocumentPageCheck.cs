using System.Text.Json.Serialization;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Report;

/// <summary>
/// What "every evidence item is exactly one highlighted element" means, checked on a document page in the browser.
/// Quotes with the same start and end are one range. Each range is one element <c>mark[data-fact]</c> in the
/// article, whose <c>data-fact</c> lists the ids of every fact quoting that range and whose <c>data-start</c> is its
/// offset. A range inside another is an element inside the other's. A range that crosses another goes on after the
/// other's end in <c>mark[data-ev-cont]</c> parts that carry no <c>data-fact</c>: the element's text followed by its
/// parts' text, in document order, is the quote. The article's text is the document's text, exactly.
/// </summary>
internal static class DocumentPageCheck
{
    private const string Script = """
        (() => {
          const article = document.querySelector('article.doc-text');
          const marks = [...article.querySelectorAll('mark[data-fact]')].map(m => ({
            ev: m.dataset.ev,
            facts: m.dataset.fact,
            start: Number(m.dataset.start),
            text: m.textContent + [...article.querySelectorAll('mark[data-ev-cont="' + m.dataset.ev + '"]')].map(c => c.textContent).join('')
          }));
          return { text: article.textContent, marks, elementsWithFacts: article.querySelectorAll('[data-fact]').length };
        })()
        """;

    /// <summary>Checks the document page open in <paramref name="page"/>.</summary>
    /// <param name="page">The page, at a document's page.</param>
    /// <param name="text">The document's text.</param>
    /// <param name="evidence">Every evidence item quoting the document.</param>
    /// <returns>How many ranges the page highlights.</returns>
    public static int AssertEvidence(BrowserPage page, string text, IReadOnlyCollection<(string Fact, string Quote, int Start)> evidence)
    {
        PageEvidence found = page.Evaluate<PageEvidence>(Script);
        Assert.Equal(text, found.Text);

        var ranges = evidence.GroupBy(e => (e.Start, End: e.Start + e.Quote.Length)).ToList();
        Assert.Equal(ranges.Count, found.ElementsWithFacts);
        Assert.Equal(ranges.Count, found.Marks.Count);
        Dictionary<string, Mark> byRange = found.Marks.ToDictionary(m => m.Ev); // throws when two elements claim one range
        foreach ((string fact, string quote, int start) in evidence)
        {
            string key = $"ev-{start}-{start + quote.Length}";
            Assert.True(byRange.TryGetValue(key, out Mark? mark), $"no highlighted element for {fact}'s quote at {start}: “{quote}”");
            Assert.Equal(quote, mark!.Text);
            Assert.Equal(start, mark.Start);
            Assert.Contains(fact, mark.Facts.Split(' '));
        }

        foreach (var range in ranges)
        {
            Assert.Equal(range.Select(e => e.Fact).Distinct().OrderBy(f => f, StringComparer.Ordinal), byRange[$"ev-{range.Key.Start}-{range.Key.End}"].Facts.Split(' ').OrderBy(f => f, StringComparer.Ordinal));
        }

        return ranges.Count;
    }

    private sealed record PageEvidence(
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("marks")] List<Mark> Marks,
        [property: JsonPropertyName("elementsWithFacts")] int ElementsWithFacts);

    private sealed record Mark(
        [property: JsonPropertyName("ev")] string Ev,
        [property: JsonPropertyName("facts")] string Facts,
        [property: JsonPropertyName("start")] int Start,
        [property: JsonPropertyName("text")] string Text);
}
