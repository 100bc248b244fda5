using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsFacts.Cli.Report;

/// <summary>
/// A fixed layout of the entity graph, computed once by the tool so the page needs no script to draw it: a
/// force-directed layout (linked nodes pull, all nodes push, a weak pull to the centre keeps separate groups near),
/// started from a circle in a fixed order and run a fixed number of steps, so the same graph always gets the same
/// picture; then labels that overlap are pushed apart, and the whole is fitted into the drawing.
/// </summary>
internal static class GraphLayout
{
    private const int Steps = 500;
    private const int LabelPasses = 200;
    private const double CharWidth = 6.6, LabelHeight = 30;

    /// <summary>Lays out a graph.</summary>
    /// <param name="labels">Each node's label, in a fixed order (its position in the list is its index).</param>
    /// <param name="edges">Edges as pairs of node indexes.</param>
    /// <param name="width">The drawing's width.</param>
    /// <param name="height">The drawing's height.</param>
    /// <param name="margin">The space kept free at each side.</param>
    /// <returns>Each node's centre, and the drawing's size (at least the size asked for).</returns>
    public static ((double X, double Y)[] Nodes, double Width, double Height) Layout(IReadOnlyList<string> labels, IReadOnlyList<(int From, int To)> edges, double width, double height, double margin)
    {
        int n = labels.Count;
        var x = new double[n];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            double angle = 2 * Math.PI * i / Math.Max(n, 1);
            x[i] = width / 2 * Math.Cos(angle);
            y[i] = height / 2 * Math.Sin(angle);
        }

        double k = Math.Sqrt(width * height / Math.Max(n, 1)) * 0.8;
        var dx = new double[n];
        var dy = new double[n];
        for (int step = 0; step < Steps; step++)
        {
            double temperature = width / 8 * (1 - ((double)step / Steps)) + 1;
            Array.Clear(dx);
            Array.Clear(dy);
            for (int i = 0; i < n; i++)
            {
                for (int j = i + 1; j < n; j++)
                {
                    (double ux, double uy, double d) = Direction(x[i] - x[j], y[i] - y[j], i, j);
                    double force = k * k / d;
                    dx[i] += ux * force;
                    dy[i] += uy * force;
                    dx[j] -= ux * force;
                    dy[j] -= uy * force;
                }
            }

            foreach ((int a, int b) in edges)
            {
                (double ux, double uy, double d) = Direction(x[a] - x[b], y[a] - y[b], a, b);
                double force = d * d / k;
                dx[a] -= ux * force;
                dy[a] -= uy * force;
                dx[b] += ux * force;
                dy[b] += uy * force;
            }

            for (int i = 0; i < n; i++)
            {
                dx[i] -= x[i] * 0.05 * k / 100;
                dy[i] -= y[i] * 0.08 * k / 100;
                double length = Math.Sqrt((dx[i] * dx[i]) + (dy[i] * dy[i]));
                if (length > 0)
                {
                    x[i] += dx[i] / length * Math.Min(length, temperature);
                    y[i] += dy[i] / length * Math.Min(length, temperature);
                }
            }
        }

        Fit(x, y, labels, width, height, margin);
        SeparateLabels(x, y, labels);
        (double finalWidth, double finalHeight) = Shift(x, y, labels, width, height, margin);
        return (Enumerable.Range(0, n).Select(i => (x[i], y[i])).ToArray(), finalWidth, finalHeight);
    }

    /// <summary>The width a label takes, for the layout and for fitting the drawing.</summary>
    /// <param name="label">The label.</param>
    /// <returns>Its width in pixels.</returns>
    public static double LabelWidth(string label) => (label.Length * CharWidth) + 8;

    private static (double Ux, double Uy, double D) Direction(double ddx, double ddy, int i, int j)
    {
        double d = Math.Sqrt((ddx * ddx) + (ddy * ddy));
        if (d < 0.01)
        {
            // Two nodes on one spot: part them in a direction fixed by their indexes.
            double angle = (i * 7919 + j * 104729) % 360 * Math.PI / 180;
            return (Math.Cos(angle), Math.Sin(angle), 0.01);
        }

        return (ddx / d, ddy / d, d);
    }

    private static void SeparateLabels(double[] x, double[] y, IReadOnlyList<string> labels)
    {
        int n = x.Length;
        for (int pass = 0; pass < LabelPasses; pass++)
        {
            bool moved = false;
            for (int i = 0; i < n; i++)
            {
                for (int j = i + 1; j < n; j++)
                {
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

    private static void Fit(double[] x, double[] y, IReadOnlyList<string> labels, double width, double height, double margin)
    {
        if (x.Length == 0)
        {
            return;
        }

        double minX = x.Min(), maxX = x.Max(), minY = y.Min(), maxY = y.Max();
        double scaleX = maxX - minX < 1 ? 0 : (width - (2 * margin)) / (maxX - minX);
        double scaleY = maxY - minY < 1 ? 0 : (height - (2 * margin)) / (maxY - minY);
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = scaleX == 0 ? width / 2 : margin + ((x[i] - minX) * scaleX);
            y[i] = scaleY == 0 ? height / 2 : margin + ((y[i] - minY) * scaleY);
        }
    }

    // After labels were pushed apart, the nodes may stick out: move them back in, growing the drawing if needed.
    private static (double Width, double Height) Shift(double[] x, double[] y, IReadOnlyList<string> labels, double width, double height, double margin)
    {
        if (x.Length == 0)
        {
            return (width, height);
        }

        double minX = Enumerable.Range(0, x.Length).Min(i => x[i] - (LabelWidth(labels[i]) / 2));
        double minY = y.Min();
        double shiftX = 8 - minX, shiftY = margin - minY;
        for (int i = 0; i < x.Length; i++)
        {
            x[i] += shiftX;
            y[i] += shiftY;
        }

        double maxX = Enumerable.Range(0, x.Length).Max(i => x[i] + (LabelWidth(labels[i]) / 2));
        return (Math.Max(width, maxX + 8), Math.Max(height, y.Max() + margin));
    }
}
