using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsFacts.Cli.Report;

/// <summary>
/// Which facts refer to which, read once from every fact's references (a relation's subject and object, an event's
/// place and participants, a statement's speaker and occasion, a claim's holders and what it is about, what a
/// discrepancy concerns, a declared kind's reference fields), so a fact's page can list what refers to it.
/// </summary>
internal sealed class FactReferences
{
    private readonly Dictionary<string, List<(Fact From, string Role)>> _to = new(StringComparer.Ordinal);

    /// <summary>Reads the references of every fact of the dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    public FactReferences(ReportDataset dataset)
    {
        foreach (Fact fact in dataset.Facts)
        {
            foreach ((string role, Fact target) in Of(dataset.Catalog, fact))
            {
                if (!_to.TryGetValue(target.Id, out List<(Fact, string)>? list))
                {
                    _to[target.Id] = list = new List<(Fact, string)>();
                }

                list.Add((fact, role));
            }
        }
    }

    /// <summary>The facts a fact refers to, each with the role the reference plays (<c>subject</c>, <c>participant</c>…).</summary>
    /// <param name="catalog">The catalog of the fact, whose field walk gives a declared kind's references.</param>
    /// <param name="fact">The fact.</param>
    /// <returns>The references.</returns>
    public static IEnumerable<(string Role, Fact Target)> Of(FactCatalog catalog, Fact fact)
    {
        switch (fact)
        {
            case Relation r:
                yield return ("subject", r.Subject);
                yield return ("object", r.Object);
                break;
            case Event e:
                if (e.Place is { } place)
                {
                    yield return ("place", place);
                }

                foreach (Entity participant in e.Participants)
                {
                    yield return ("participant", participant);
                }

                break;
            case Statement s:
                yield return ("speaker", s.Speaker);
                if (s.Occasion is { } occasion)
                {
                    yield return ("occasion", occasion);
                }

                break;
            case Claim c:
                foreach (Entity holder in c.Holders)
                {
                    yield return ("holder", holder);
                }

                foreach (Entity about in c.About)
                {
                    yield return ("about", about);
                }

                break;
            case Discrepancy d:
                foreach (Fact about in d.About)
                {
                    yield return ("about", about);
                }

                break;
            case CustomFact custom:
                // A declared kind's reference fields, by the walk over its description: each named by its key.
                foreach (FactField field in catalog.Fields(custom))
                {
                    IEnumerable<Fact> targets = field.Value switch
                    {
                        Fact target => new[] { target },
                        IReadOnlyList<Fact> list => list,
                        _ => System.Array.Empty<Fact>(),
                    };
                    foreach (Fact target in targets)
                    {
                        yield return (field.Key, target);
                    }
                }

                break;
        }
    }

    /// <summary>The facts that refer to <paramref name="fact"/>, grouped by the role it plays in them, in catalog order.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The groups.</returns>
    public IEnumerable<IGrouping<string, Fact>> To(Fact fact) =>
        _to.TryGetValue(fact.Id, out List<(Fact From, string Role)>? list)
            ? list.GroupBy(x => x.Role, x => x.From)
            : Enumerable.Empty<IGrouping<string, Fact>>();
}
