using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NewsFacts.Cli.Common;

namespace NewsFacts.Cli.Report;

/// <summary>
/// The entity graph: every entity that takes part in a relation, as a node whose shape and label say its kind and
/// which links to its page, and every relation as an arrow from subject to object named by its predicate; laid out
/// by <see cref="GraphLayout"/>. The relations are also listed as a table, and entities without relations below.
/// </summary>
internal static class GraphPageWriter
{
    private const double Width = 1180, NodeRadius = 9;

    /// <summary>Writes the page.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The path from the root and the page.</returns>
    public static (string Path, string Html) Write(ReportDataset dataset)
    {
        const string path = SiteLinks.Graph;
        List<Relation> relations = dataset.Relations.ToList();
        List<Entity> nodes = relations.SelectMany(r => new[] { r.Subject, r.Object })
            .Distinct()
            .OrderBy(e => e.Kind).ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var index = nodes.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var edges = relations
            .GroupBy(r => (From: index[r.Subject.Id], To: index[r.Object.Id]))
            .Select(g => (g.Key.From, g.Key.To, Relations: g.ToList()))
            .ToList();

        var main = new StringBuilder();
        main.Append("<h1>Entity graph</h1>\n<p>")
            .Append(Html.Number(nodes.Count)).Append(" entities linked by ").Append(Html.Number(relations.Count))
            .Append(" relations. An arrow goes from a relation's subject to its object. Select an entity to open its page.</p>\n");
        main.Append("<ul class=\"legend\" aria-label=\"Legend\">");
        foreach (FactKind kind in new[] { FactKind.Person, FactKind.Country, FactKind.Organization, FactKind.Place, FactKind.Group })
        {
            main.Append("<li><svg width=\"20\" height=\"20\" viewBox=\"-10 -10 20 20\" aria-hidden=\"true\">").Append(Shape(kind, 7)).Append("</svg> ")
                .Append(kind.ToString().ToLowerInvariant()).Append("</li>");
        }

        main.Append("</ul>\n");
        if (nodes.Count > 0)
        {
            var (positions, width, height) = GraphLayout.Layout(nodes.Select(n => n.Name).ToList(), edges.Select(e => (e.From, e.To)).ToList(), Width);
            main.Append("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Entity graph, scrolls sideways\">")
                .Append(Svg(dataset, nodes, edges, positions, width, height)).Append("</div>\n");
        }

        main.Append("<section aria-labelledby=\"rel-h\"><h2 id=\"rel-h\">Relations</h2><table class=\"relations\"><thead><tr><th scope=\"col\">Subject</th><th scope=\"col\">Relation</th><th scope=\"col\">Object</th><th scope=\"col\">Dates</th></tr></thead><tbody>");
        foreach (Relation r in relations)
        {
            main.Append("<tr><td>").Append(FactLink.Html(dataset, r.Subject, string.Empty)).Append("</td><td><a href=\"").Append(SiteLinks.Fact(r.Id)).Append("\">")
                .Append(Html.Text(FactText.Predicate(r))).Append("</a></td><td>").Append(FactLink.Html(dataset, r.Object, string.Empty)).Append("</td><td>")
                .Append(Html.Text(FactText.Range(r.Start, r.End))).Append("</td></tr>");
        }

        main.Append("</tbody></table></section>\n");
        List<Entity> alone = dataset.Entities.Where(e => !index.ContainsKey(e.Id)).ToList();
        if (alone.Count > 0)
        {
            main.Append("<section aria-labelledby=\"alone-h\"><h2 id=\"alone-h\">Entities in no relation</h2><ul class=\"facts columns\">");
            foreach (Entity e in alone)
            {
                main.Append("<li>").Append(FactLink.Html(dataset, e, string.Empty)).Append("</li>");
            }

            main.Append("</ul></section>\n");
        }

        return (path, PageLayout.Page(dataset, path, "Entity graph", PageLayout.Section.Graph, main.ToString()));
    }

    private static string Svg(ReportDataset dataset, List<Entity> nodes, List<(int From, int To, List<Relation> Relations)> edges, (double X, double Y)[] at, double width, double height)
    {
        var svg = new StringBuilder();
        svg.Append("<svg class=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(Html.Number(width)).Append("\" height=\"").Append(Html.Number(height))
            .Append("\" viewBox=\"0 0 ").Append(Html.Number(width)).Append(' ').Append(Html.Number(height)).Append("\" role=\"group\" aria-labelledby=\"graph-title\">")
            .Append("<title id=\"graph-title\">Entities and their relations</title>")
            .Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"arrow-head\"/></marker></defs>");
        svg.Append("<g class=\"edges\">");
        foreach ((int from, int to, List<Relation> relations) in edges)
        {
            (double x1, double y1) = at[from];
            (double x2, double y2) = at[to];
            double length = Math.Max(Math.Sqrt(((x2 - x1) * (x2 - x1)) + ((y2 - y1) * (y2 - y1))), 0.01);
            // The arrow stops at the object's symbol, not its centre.
            double ex = x2 - ((x2 - x1) / length * (NodeRadius + 3)), ey = y2 - ((y2 - y1) / length * (NodeRadius + 3));
            string label = string.Join("; ", relations.Select(r => r.Role ?? r.Predicate.ToString().ToLowerInvariant()).Distinct());
            string ids = string.Join(" ", relations.Select(r => r.Id));
            svg.Append("<g class=\"edge\" data-fact=\"").Append(Html.Text(ids)).Append("\"><title>")
                .Append(Html.Text(string.Join("\n", relations.Select(ReportDataset.Label)))).Append("</title>")
                .Append("<line x1=\"").Append(Html.Number(x1)).Append("\" y1=\"").Append(Html.Number(y1)).Append("\" x2=\"").Append(Html.Number(ex)).Append("\" y2=\"").Append(Html.Number(ey)).Append("\" marker-end=\"url(#arrow)\"/>")
                .Append("<text class=\"edge-label\" x=\"").Append(Html.Number((x1 + x2) / 2)).Append("\" y=\"").Append(Html.Number(((y1 + y2) / 2) - 3)).Append("\" text-anchor=\"middle\">")
                .Append(Html.Text(label)).Append("</text></g>");
        }

        svg.Append("</g><g class=\"nodes\">");
        for (int i = 0; i < nodes.Count; i++)
        {
            Entity entity = nodes[i];
            (double x, double y) = at[i];
            string kind = entity.Kind.ToString().ToLowerInvariant();
            bool own = dataset.Owns(entity);
            svg.Append(own ? $"<a href=\"{SiteLinks.Fact(entity.Id)}\"" : "<g").Append(" class=\"node kind-").Append(kind).Append(own ? string.Empty : " external")
                .Append("\" data-fact=\"").Append(Html.Text(entity.Id)).Append("\" transform=\"translate(").Append(Html.Number(x)).Append(',').Append(Html.Number(y)).Append(")\">")
                .Append("<title>").Append(Html.Text($"{entity.Name} ({kind}{(own ? string.Empty : ", NewsFacts")})")).Append("</title>")
                .Append(Shape(entity.Kind, NodeRadius))
                .Append("<text class=\"node-label\" y=\"").Append(Html.Number(NodeRadius + 13)).Append("\" text-anchor=\"middle\">").Append(Html.Text(entity.Name)).Append("</text>")
                .Append(own ? "</a>" : "</g>");
        }

        svg.Append("</g></svg>");
        return svg.ToString();
    }

    // A shape per kind, so the kind does not rest on colour alone.
    private static string Shape(FactKind kind, double r)
    {
        string n(double v) => Html.Number(v);
        string css = "shape kind-" + kind.ToString().ToLowerInvariant();
        return kind switch
        {
            FactKind.Country => $"<rect class=\"{css}\" x=\"{n(-r)}\" y=\"{n(-r)}\" width=\"{n(2 * r)}\" height=\"{n(2 * r)}\"/>",
            FactKind.Organization => $"<polygon class=\"{css}\" points=\"0,{n(-r * 1.25)} {n(r * 1.25)},0 0,{n(r * 1.25)} {n(-r * 1.25)},0\"/>",
            FactKind.Place => $"<polygon class=\"{css}\" points=\"0,{n(-r * 1.2)} {n(r * 1.1)},{n(r * 0.9)} {n(-r * 1.1)},{n(r * 0.9)}\"/>",
            FactKind.Group => $"<polygon class=\"{css}\" points=\"{Hexagon(r)}\"/>",
            _ => $"<circle class=\"{css}\" r=\"{n(r)}\"/>",
        };
    }

    private static string Hexagon(double r) =>
        string.Join(" ", Enumerable.Range(0, 6).Select(i => $"{Html.Number(r * Math.Cos(Math.PI / 3 * i))},{Html.Number(r * Math.Sin(Math.PI / 3 * i))}"));
}
