using System;
using System.Collections.Generic;
using System.Linq;
using NewsFacts.Cli.Common;
using NewsFacts.Internal;

namespace NewsFacts.Cli.Show;

/// <summary>
/// Finds what <c>show</c> was asked for: a fact by id, a document by id, an entity by any name, alias or
/// misspelling (folded as <see cref="FactCatalog.FindByName"/> folds), or an event by one of its names.
/// </summary>
public static class FactResolver
{
    /// <summary>The fact or document <paramref name="idOrName"/> stands for.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="idOrName">An id or a name.</param>
    /// <returns>A <see cref="Fact"/> or a <see cref="Document"/>.</returns>
    /// <exception cref="CliException">Nothing matches (with a did-you-mean), or a name matches several entities.</exception>
    public static object Resolve(FactCatalog catalog, string idOrName)
    {
        if (catalog.Find(idOrName) is { } fact)
        {
            return fact;
        }

        if (catalog.FindDocument(idOrName) is { } document)
        {
            return document;
        }

        IReadOnlyList<Entity> entities = catalog.FindByName(idOrName);
        if (entities.Count == 1)
        {
            return entities[0];
        }

        if (entities.Count > 1)
        {
            string list = string.Join("; ", entities.Select(e => $"{e.Id} ({FactText.KindOf(e)}, {e.Name})"));
            throw new CliException(ExitCodes.NotFound, $"'{idOrName}' names {entities.Count} entities: {list}. Show one of them by id.");
        }

        // Entities are the catalog's name index; events have names too, and a reader may well type one.
        string key = NameFolding.Fold(idOrName);
        List<Event> events = catalog.Events.Where(e => e.Names.All.Any(n => NameFolding.Fold(n.Text) == key)).ToList();
        if (events.Count == 1)
        {
            return events[0];
        }

        if (events.Count > 1)
        {
            throw new CliException(ExitCodes.NotFound, $"'{idOrName}' names {events.Count} events: {string.Join(", ", events.Select(e => e.Id))}. Show one of them by id.");
        }

        IReadOnlyList<string> near = Suggestions.For(catalog, idOrName);
        string hint = near.Count == 0 ? " (try `newsfacts search`)" : "; did you mean " + string.Join(", ", near) + "?";
        throw new CliException(ExitCodes.NotFound, $"no fact, document or name '{idOrName}'{hint}");
    }

    /// <summary>Whether <paramref name="list"/> holds the fact with <paramref name="id"/>.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="list">The list.</param>
    /// <param name="id">The id.</param>
    /// <returns>Whether it does.</returns>
    internal static bool Holds<T>(IEnumerable<T> list, string id)
        where T : Fact => list.Any(f => string.Equals(f.Id, id, StringComparison.Ordinal));
}
