using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsFacts.Cli.Report;

/// <summary>
/// Where each page of the site is, as paths relative to the site's root (<c>facts/vladimir-putin.html</c>). Ids of
/// the plain form <c>[a-z0-9][a-z0-9._-]*</c> are used as file names; any other id (capitals, which clash on
/// case-insensitive file systems, spaces, non-Latin letters, slashes) gets a name made of its SHA-256.
/// </summary>
internal static partial class SiteLinks
{
    public const string Index = "index.html";
    public const string Timeline = "timeline.html";
    public const string Graph = "graph.html";
    public const string Style = "assets/report.css";
    public const string Script = "assets/report.js";

    /// <summary>The page of a fact.</summary>
    /// <param name="factId">The id.</param>
    /// <returns>The path from the root.</returns>
    public static string Fact(string factId) => "facts/" + FileName(factId) + ".html";

    /// <summary>The page of a document.</summary>
    /// <param name="documentId">The id.</param>
    /// <returns>The path from the root.</returns>
    public static string Document(string documentId) => "documents/" + FileName(documentId) + ".html";

    /// <summary>The element id of an evidence range on its document's page.</summary>
    /// <param name="start">The first UTF-16 offset.</param>
    /// <param name="end">The offset just past the quote.</param>
    /// <returns>The anchor, without <c>#</c>.</returns>
    public static string EvidenceAnchor(int start, int end) => "ev-" + Html.Number(start) + "-" + Html.Number(end);

    /// <summary>A quote's place on its document's page.</summary>
    /// <param name="evidence">The evidence.</param>
    /// <returns>The path from the root with its fragment.</returns>
    public static string Evidence(Evidence evidence) => Document(evidence.Document) + "#" + EvidenceAnchor(evidence.Start, evidence.Start + evidence.Quote.Length);

    private static string FileName(string id) =>
        PlainId().IsMatch(id) && id.Length <= 120 ? id : "id-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..24];

    [GeneratedRegex("^[a-z0-9][a-z0-9_.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainId();
}
