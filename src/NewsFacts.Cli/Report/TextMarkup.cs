using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace NewsFacts.Cli.Report;

/// <summary>
/// A range of a text to wrap in an element: <paramref name="OpenTag"/> where it starts, <paramref name="ContinueTag"/>
/// where it goes on after an element it crosses was closed, <paramref name="CloseTag"/> where it ends.
/// </summary>
/// <param name="Start">The first UTF-16 offset.</param>
/// <param name="End">The offset just past the range.</param>
/// <param name="OpenTag">The element's start tag, HTML.</param>
/// <param name="ContinueTag">The start tag of a continuation part, HTML.</param>
/// <param name="CloseTag">The end tag.</param>
internal sealed record TextRange(int Start, int End, string OpenTag, string ContinueTag, string CloseTag);

/// <summary>
/// Writes a text with ranges wrapped in elements, nested as HTML requires. Ranges are opened in order of start
/// (the longer first at the same start), so a range inside another is an element inside the other's. When two
/// ranges cross (B starts inside A and ends after it), B is closed where A ends and goes on in a continuation
/// element right after: B's first element is still the only one that carries B's data, and its text followed by
/// its continuations' text is B's text. The text itself is written once, escaped, in order: the page's text content
/// is exactly the document's text.
/// </summary>
internal static class TextMarkup
{
    /// <summary>Writes the text with its ranges.</summary>
    /// <param name="text">The text.</param>
    /// <param name="ranges">The ranges; empty ones and ones outside the text are left out.</param>
    /// <returns>HTML.</returns>
    public static string Write(string text, IEnumerable<TextRange> ranges)
    {
        var html = new StringBuilder(text.Length * 2);
        var open = new List<TextRange>();
        int position = 0;

        void CloseEnded()
        {
            int first = open.FindIndex(r => r.End <= position);
            if (first < 0)
            {
                return;
            }

            // Close everything from the innermost down to the outermost range that ends here, then reopen the
            // ones above it that go on, in their order: they become continuation parts.
            for (int i = open.Count - 1; i >= first; i--)
            {
                html.Append(open[i].CloseTag);
            }

            List<TextRange> goingOn = open.Skip(first).Where(r => r.End > position).ToList();
            open.RemoveRange(first, open.Count - first);
            foreach (TextRange range in goingOn)
            {
                html.Append(range.ContinueTag);
                open.Add(range);
            }
        }

        void AdvanceTo(int target)
        {
            CloseEnded();
            while (position < target)
            {
                int stop = target;
                foreach (TextRange range in open)
                {
                    stop = Math.Min(stop, range.End);
                }

                html.Append(Html.Text(text.Substring(position, stop - position)));
                position = stop;
                CloseEnded();
            }
        }

        IEnumerable<TextRange> ordered = ranges
            .Where(r => r.Start >= 0 && r.End <= text.Length && r.Start < r.End)
            .OrderBy(r => r.Start)
            .ThenByDescending(r => r.End);
        foreach (TextRange range in ordered)
        {
            AdvanceTo(range.Start);
            html.Append(range.OpenTag);
            open.Add(range);
        }

        AdvanceTo(text.Length);
        return html.ToString();
    }

    /// <summary>Whether two ranges cross: they overlap and neither holds the other.</summary>
    /// <param name="a">A range.</param>
    /// <param name="b">Another.</param>
    /// <returns>Whether they cross.</returns>
    public static bool Cross((int Start, int End) a, (int Start, int End) b) =>
        a.Start < b.End && b.Start < a.End && !(a.Start <= b.Start && b.End <= a.End) && !(b.Start <= a.Start && a.End <= b.End);
}
