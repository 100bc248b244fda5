using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsFacts.Cli.Report;

/// <summary>
/// A fixed layout of the entity graph, computed once by the tool so the page needs no script to draw it. Each
/// connected group of entities is laid out alone by a force-directed layout (linked nodes pull, all nodes push, a
/// weak pull to the group's centre), started from a circle in a fixed order and run a fixed number of steps, so the
/// same graph always gets the same picture; labels that still overlap are then pushed apart. The groups are
/// packed in rows, largest first, within the drawing's width.
/// </summary>
internal static class GraphLayout
{
    private const int Steps = 600;
    private const int LabelPasses = 300;
    private const double IdealEdge = 80, CharWidth = 6.8, LabelHeight = 34, Gap = 36;

    /// <summary>Lays out a graph.</summary>
    /// <param name="labels">Each node's label, in a fixed order (its position in the list is its index).</param>
    /// <param name="edges">Edges as pairs of node indexes.</param>
    /// <param name="width">The drawing's width: groups are packed in rows no wider (a group wider than that makes it wider).</param>
    /// <returns>Each node's centre, and the drawing's size.</returns>
    public static ((double X, double Y)[] Nodes, double Width, double Height) Layout(IReadOnlyList<string> labels, IReadOnlyList<(int From, int To)> edges, double width)
    {
        int n = labels.Count;
        var x = new double[n];
        var y = new double[n];
        List<List<int>> groups = Components(n, edges).OrderByDescending(g => g.Count).ThenBy(g => g[0]).ToList();
        var boxes = new List<(List<int> Nodes, double Left, double Top, double Width, double Height)>();
        foreach (List<int> group in groups)
        {
            LayOutGroup(group, edges, x, y);
            SeparateLabels(group, x, y, labels);
            double left = group.Min(i => x[i] - (LabelWidth(labels[i]) / 2)), right = group.Max(i => x[i] + (LabelWidth(labels[i]) / 2));
            double top = group.Min(i => y[i]) - 14, bottom = group.Max(i => y[i]) + 28;
            boxes.Add((group, left, top, right - left, bottom - top));
        }

        // Rows of groups, left to right.
        double rowX = Gap / 2, rowY = Gap / 2, rowHeight = 0, usedWidth = 0;
        foreach ((List<int> nodes, double left, double top, double boxWidth, double boxHeight) in boxes)
        {
            if (rowX > Gap / 2 && rowX + boxWidth > width)
            {
                rowX = Gap / 2;
                rowY += rowHeight + Gap;
                rowHeight = 0;
            }

            foreach (int i in nodes)
            {
                x[i] += rowX - left;
                y[i] += rowY - top;
            }

            rowX += boxWidth + Gap;
            rowHeight = Math.Max(rowHeight, boxHeight);
            usedWidth = Math.Max(usedWidth, rowX);
        }

        return (Enumerable.Range(0, n).Select(i => (x[i], y[i])).ToArray(), Math.Max(usedWidth, width), rowY + rowHeight + (Gap / 2));
    }

    /// <summary>The width a label takes, for the layout and for fitting the drawing.</summary>
    /// <param name="label">The label.</param>
    /// <returns>Its width in pixels.</returns>
    public static double LabelWidth(string label) => (label.Length * CharWidth) + 10;

    private static List<List<int>> Components(int n, IReadOnlyList<(int From, int To)> edges)
    {
        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        foreach ((int a, int b) in edges)
        {
            parent[Find(a)] = Find(b);
        }

        return Enumerable.Range(0, n).GroupBy(Find).Select(g => g.ToList()).ToList();
    }

    private static void LayOutGroup(List<int> group, IReadOnlyList<(int From, int To)> allEdges, double[] x, double[] y)
    {
        int n = group.Count;
        var local = new Dictionary<int, int>();
        for (int i = 0; i < n; i++)
        {
            local[group[i]] = i;
        }

        var edges = allEdges.Where(e => local.ContainsKey(e.From)).Select(e => (local[e.From], local[e.To])).ToList();
        var px = new double[n];
        var py = new double[n];
        double radius = IdealEdge * Math.Sqrt(n) / 2;
        for (int i = 0; i < n; i++)
        {
            double angle = 2 * Math.PI * i / n;
            px[i] = radius * Math.Cos(angle);
            py[i] = radius * Math.Sin(angle);
        }

        double k = IdealEdge;
        var dx = new double[n];
        var dy = new double[n];
        for (int step = 0; step < Steps && n > 1; step++)
        {
            double temperature = (k * (1 - ((double)step / Steps))) + 1;
            Array.Clear(dx);
            Array.Clear(dy);
            for (int i = 0; i < n; i++)
            {
                for (int j = i + 1; j < n; j++)
                {
                    (double ux, double uy, double d) = Direction(px[i] - px[j], py[i] - py[j], i, j);
                    double force = k * k / d;
                    dx[i] += ux * force;
                    dy[i] += uy * force;
                    dx[j] -= ux * force;
                    dy[j] -= uy * force;
                }
            }

            foreach ((int a, int b) in edges)
            {
                (double ux, double uy, double d) = Direction(px[a] - px[b], py[a] - py[b], a, b);
                double force = d * d / k;
                dx[a] -= ux * force;
                dy[a] -= uy * force;
                dx[b] += ux * force;
                dy[b] += uy * force;
            }

            for (int i = 0; i < n; i++)
            {
                // A weak pull to the centre, stronger upwards and downwards: wide pictures fit screens better.
                dx[i] -= px[i] * 0.04;
                dy[i] -= py[i] * 0.08;
                double length = Math.Sqrt((dx[i] * dx[i]) + (dy[i] * dy[i]));
                if (length > 0)
                {
                    px[i] += dx[i] / length * Math.Min(length, temperature);
                    py[i] += dy[i] / length * Math.Min(length, temperature);
                }
            }
        }

        for (int i = 0; i < n; i++)
        {
            x[group[i]] = px[i];
            y[group[i]] = py[i];
        }
    }

    private static (double Ux, double Uy, double D) Direction(double ddx, double ddy, int i, int j)
    {
        double d = Math.Sqrt((ddx * ddx) + (ddy * ddy));
        if (d < 0.01)
        {
            // Two nodes on one spot: part them in a direction fixed by their indexes.
            double angle = ((i * 7919) + (j * 104729)) % 360 * Math.PI / 180;
            return (Math.Cos(angle), Math.Sin(angle), 0.01);
        }

        return (ddx / d, ddy / d, d);
    }

    private static void SeparateLabels(List<int> group, double[] x, double[] y, IReadOnlyList<string> labels)
    {
        for (int pass = 0; pass < LabelPasses; pass++)
        {
            bool moved = false;
            for (int a = 0; a < group.Count; a++)
            {
                for (int b = a + 1; b < group.Count; b++)
                {
                    int i = group[a], j = group[b];
                    double overlapX = ((LabelWidth(labels[i]) + LabelWidth(labels[j])) / 2) - Math.Abs(x[i] - x[j]);
                    double overlapY = LabelHeight - Math.Abs(y[i] - y[j]);
                    if (overlapX <= 0 || overlapY <= 0)
                    {
                        continue;
                    }

                    moved = true;
                    // Push apart along the axis that needs the shorter move; ties go by index, so the result is fixed.
                    if (overlapY < overlapX)
                    {
                        double push = (overlapY / 2) + 0.5;
                        double sign = y[i] < y[j] || (y[i] == y[j] && i < j) ? -1 : 1;
                        y[i] += sign * push;
                        y[j] -= sign * push;
                    }
                    else
                    {
                        double push = (overlapX / 2) + 0.5;
                        double sign = x[i] < x[j] || (x[i] == x[j] && i < j) ? -1 : 1;
                        x[i] += sign * push;
                        x[j] -= sign * push;
                    }
                }
            }

            if (!moved)
            {
                return;
            }
        }
    }
}
