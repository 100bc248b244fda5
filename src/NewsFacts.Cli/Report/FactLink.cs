namespace NewsFacts.Cli.Report;

/// <summary>How a fact is named in a page: a link to its page, or plain text for a fact of another dataset (no page).</summary>
internal static class FactLink
{
    /// <summary>The HTML of a fact's name, linked when it has a page.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="fact">The fact.</param>
    /// <param name="root">The relative path from the page to the site's root.</param>
    /// <param name="withKind">Whether to add the kind as a small text label.</param>
    /// <returns>HTML.</returns>
    public static string Html(ReportDataset dataset, Fact fact, string root, bool withKind = true)
    {
        string label = Report.Html.Text(ReportDataset.Label(fact));
        string kind = withKind ? $" <span class=\"kind kind-{Report.Html.Text(fact.Kind.ToString().ToLowerInvariant())}\">{Report.Html.Text(ReportDataset.KindWord(fact))}</span>" : string.Empty;
        return dataset.Owns(fact)
            ? $"<a href=\"{root}{SiteLinks.Fact(fact.Id)}\" data-fact-link=\"{Report.Html.Text(fact.Id)}\">{label}</a>{kind}"
            : External(dataset, label, kind, fact);
    }

    // A fact of a referenced dataset: named with the dataset it comes from (NewsFacts, or a dataset package).
    private static string External(ReportDataset dataset, string label, string kind, Fact fact)
    {
        string owner = Report.Html.Text(dataset.Catalog.DatasetOf(fact)?.Name is { Length: > 0 } name ? name : "NewsFacts");
        return $"<span class=\"external\" title=\"A fact of the {owner} dataset, referred to by id\">{label}</span>{kind} <span class=\"note\">({owner})</span>";
    }
}
