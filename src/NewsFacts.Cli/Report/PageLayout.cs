using System.Text;

namespace NewsFacts.Cli.Report;

/// <summary>The frame every page shares: head, a skip link, the site's navigation, the main content and a footer.</summary>
internal static class PageLayout
{
    /// <summary>Which page of the navigation a page is (for <c>aria-current</c>).</summary>
    public enum Section
    {
        None,
        Index,
        Timeline,
        Graph,
    }

    /// <summary>Writes a whole page.</summary>
    /// <param name="dataset">The dataset (its title is on every page).</param>
    /// <param name="path">The page's path from the site's root, which tells how far up the root is.</param>
    /// <param name="title">The page title, plain text.</param>
    /// <param name="section">The page's place in the navigation.</param>
    /// <param name="main">The content of <c>&lt;main&gt;</c>, HTML.</param>
    /// <param name="data">JSON for the page's script, or null.</param>
    /// <returns>The page.</returns>
    public static string Page(ReportDataset dataset, string path, string title, Section section, string main, string? data = null)
    {
        string root = Root(path);
        var page = new StringBuilder(main.Length + 2048);
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"newsfacts report\">\n")
            .Append("<title>").Append(Html.Text(title)).Append(" — ").Append(Html.Text(dataset.Title)).Append("</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(root).Append(SiteLinks.Style).Append("\">\n")
            .Append("<script src=\"").Append(root).Append(SiteLinks.Script).Append("\" defer></script>\n")
            .Append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
            .Append("<header class=\"site\"><p class=\"site-title\"><a href=\"").Append(root).Append(SiteLinks.Index).Append("\">")
            .Append(Html.Text(dataset.Title)).Append("</a></p>\n<nav aria-label=\"Site\"><ul>")
            .Append(NavItem(root, SiteLinks.Index, "Overview", section == Section.Index))
            .Append(NavItem(root, SiteLinks.Timeline, "Timeline", section == Section.Timeline))
            .Append(NavItem(root, SiteLinks.Graph, "Entity graph", section == Section.Graph))
            .Append("</ul></nav></header>\n<main id=\"main\" tabindex=\"-1\">\n")
            .Append(main)
            .Append("</main>\n<footer class=\"site\">Made by <code>newsfacts report</code> · dataset ")
            .Append(Html.Text(dataset.Info.ContentHash.Length > 12 ? dataset.Info.ContentHash[..12] : dataset.Info.ContentHash))
            .Append(" · schema ").Append(Html.Number(dataset.Info.SchemaVersion)).Append("</footer>\n");
        if (data is not null)
        {
            page.Append("<script type=\"application/json\" id=\"report-data\">").Append(data).Append("</script>\n");
        }

        page.Append("</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>The relative path from a page to the site's root: empty, or <c>../</c> per folder.</summary>
    /// <param name="path">The page's path from the root.</param>
    /// <returns>The prefix.</returns>
    public static string Root(string path)
    {
        var root = new StringBuilder();
        foreach (char c in path)
        {
            if (c == '/')
            {
                root.Append("../");
            }
        }

        return root.ToString();
    }

    private static string NavItem(string root, string target, string label, bool current) =>
        $"<li><a href=\"{root}{target}\"{(current ? " aria-current=\"page\"" : string.Empty)}>{label}</a></li>";
}
