using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using NewsFacts.Cli.Common;
using NewsFacts.Internal;

namespace NewsFacts.Cli.Search;

/// <summary><c>newsfacts search &lt;text&gt; [--limit &lt;count&gt;]</c>: facts whose names or texts match, best first.</summary>
public static class SearchCommand
{
    private const int ExcerptLength = 120;

    /// <summary>Makes the command.</summary>
    /// <param name="catalog">The dataset.</param>
    /// <returns>The command.</returns>
    public static Command Create(FactCatalog catalog)
    {
        var text = new Argument<string>("text")
        {
            Description = "What to look for in ids, names, aliases, misspellings, descriptions, claim texts, statement renderings and discrepancy readings; case, accents and hyphens do not matter.",
        };
        var limit = new Option<int>("--limit")
        {
            HelpName = "count",
            Description = $"Show at most this many facts: a whole number from 1 to {int.MaxValue}.",
            DefaultValueFactory = _ => 20,

            // System.CommandLine's own message names the CLR type ("as expected type 'System.Int32'").
            CustomParser = result =>
            {
                string token = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
                if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= 1)
                {
                    return value;
                }

                result.AddError($"--limit takes a whole number from 1 to {int.MaxValue}, not '{token}'");
                return 0;
            },
        };
        var command = new Command("search", "Search the facts, best match first: exact name, then name prefix, then whole words, then substring.")
        {
            text,
            limit,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            string query = parse.GetValue(text)!;
            int max = parse.GetValue(limit);
            if (NameFolding.Fold(query).Length == 0)
            {
                throw new CliException(ExitCodes.BadArguments, "the search text is empty once case, accents, hyphens and dots are folded");
            }

            IReadOnlyList<SearchHit> hits = FactSearch.Find(catalog, query);
            if (hits.Count == 0)
            {
                // An empty result is an answer, not a failure: exit 0, and stdout stays empty for scripts.
                Console.Error.WriteLine($"newsfacts: no fact matches '{query}'");
                return ExitCodes.Success;
            }

            // On a terminal the id is coloured and the words that match are marked, in the label and in the field.
            OutputStyle style = Terminal.Out;
            string folded = NameFolding.Fold(query);
            string Marked(string line) => style.IsColored ? MatchMarker.Mark(line, folded, style.Match) : line;
            for (int i = 0; i < hits.Count && i < max; i++)
            {
                SearchHit hit = hits[i];
                Console.Out.WriteLine($"{style.Id(hit.Fact.Id)} ({FactText.KindOf(hit.Fact)}): {Marked(Excerpt(FactText.Label(hit.Fact)))}");
                Console.Out.WriteLine($"  {hit.Quality.ToString().ToLowerInvariant()} match in {hit.Field}: {Marked(Excerpt(FactText.OneLine(hit.Value)))}");
            }

            if (hits.Count > max)
            {
                Console.Out.WriteLine($"({max} of {hits.Count} facts shown; use --limit to see more)");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Excerpt(string text) => text.Length <= ExcerptLength ? text : text[..(ExcerptLength - 1)] + "…";
}
