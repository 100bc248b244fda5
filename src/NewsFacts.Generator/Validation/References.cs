using System.Collections.Generic;
using System.Linq;
using NewsFacts.Generator.Model;

namespace NewsFacts.Generator.Validation
{
    /// <summary>One id a record refers to: where it stands in the record and which kinds of record it may name.</summary>
    internal readonly struct Reference
    {
        public Reference(FieldPath path, string id, string[] kinds, string describe)
        {
            Path = path;
            Id = id;
            Kinds = kinds;
            Describe = describe;
        }

        public FieldPath Path { get; }

        public string Id { get; }

        public string[] Kinds { get; }

        /// <summary>What it must name, for messages: "an entity", "an event".</summary>
        public string Describe { get; }
    }

    /// <summary>Lists the references of each kind of record, with the kinds each may name, given the kinds a dataset declares.</summary>
    internal sealed class References
    {
        private static readonly string[] Entity = Vocabulary.EntityKinds;
        private static readonly string[] EventKind = { "event" };
        private static readonly string[] DocumentKind = { "document" };
        private static readonly string[] FactKinds = { "person", "country", "organization", "place", "group", "event", "relation", "statement", "claim", "discrepancy" };

        private readonly IReadOnlyDictionary<string, KindSpec> _kinds;

        // Any fact: the built-in kinds and the declared ones, worked out once rather than per record.
        private readonly string[] _anyFact;

        public References(IReadOnlyDictionary<string, KindSpec> kinds, IEnumerable<string>? foreignKinds = null)
        {
            _kinds = kinds;
            _anyFact = FactKinds.Concat(kinds.Keys).Concat(foreignKinds ?? Enumerable.Empty<string>()).ToArray();
        }

        /// <summary>Fills <paramref name="references"/> (emptied first; one list serves every record) with the references of <paramref name="spec"/>.</summary>
        public void Of(IRecordSpec spec, List<Reference> references)
        {
            references.Clear();
            switch (spec)
            {
                case EntitySpec entity:
                    AddEvidence(references, entity.Evidence);
                    break;
                case EventSpec e:
                    if (e.Place is not null)
                    {
                        references.Add(new Reference(new FieldPath("place"), e.Place, Entity, "an entity"));
                    }

                    AddList(references, "participants", e.Participants, Entity, "an entity");
                    AddEvidence(references, e.Evidence);
                    break;
                case RelationSpec r:
                    references.Add(new Reference(new FieldPath("subject"), r.Subject, Entity, "an entity"));
                    references.Add(new Reference(new FieldPath("object"), r.Object, Entity, "an entity"));
                    AddEvidence(references, r.Evidence);
                    break;
                case StatementSpec s:
                    references.Add(new Reference(new FieldPath("speaker"), s.Speaker, Entity, "an entity"));
                    if (s.Event is not null)
                    {
                        references.Add(new Reference(new FieldPath("event"), s.Event, EventKind, "an event"));
                    }

                    for (int i = 0; i < s.Renderings.Count; i++)
                    {
                        references.Add(new Reference(new FieldPath("renderings", i, "document"), s.Renderings[i].Document, DocumentKind, "a document"));
                    }

                    AddEvidence(references, s.Evidence);
                    break;
                case ClaimSpec c:
                    AddList(references, "holders", c.Holders, Entity, "an entity");
                    AddList(references, "about", c.About, Entity, "an entity");
                    AddEvidence(references, c.Evidence);
                    break;
                case DiscrepancySpec d:
                    AddList(references, "about", d.About, _anyFact, "a fact");
                    AddEvidence(references, d.Evidence);
                    break;
                case CustomRecordSpec c when _kinds.TryGetValue(c.Kind, out KindSpec? kind):
                    foreach (FieldSpec field in kind.Fields)
                    {
                        if (field.RefersTo is null || field.Type is not ("reference" or "references"))
                        {
                            continue;
                        }

                        EquatableArray<string> ids = c.Fields.First(v => v.Name == field.Name).Values;
                        string[] allowed = Targets(field.RefersTo);
                        if (field.Type == "reference")
                        {
                            foreach (string id in ids)
                            {
                                references.Add(new Reference(new FieldPath(field.Name), id, allowed, Describe(field.RefersTo)));
                            }
                        }
                        else
                        {
                            AddList(references, field.Name, ids, allowed, Describe(field.RefersTo));
                        }
                    }

                    AddEvidence(references, c.Evidence);
                    break;
            }
        }

        private string[] Targets(string refersTo) => refersTo switch
        {
            "entity" => Entity,
            "fact" => _anyFact,
            _ => new[] { refersTo },
        };

        private static string Describe(string refersTo) => ("aeiou".IndexOf(refersTo[0]) >= 0 ? "an " : "a ") + refersTo;

        private static void AddList(List<Reference> references, string field, EquatableArray<string> ids, string[] kinds, string describe)
        {
            for (int i = 0; i < ids.Count; i++)
            {
                references.Add(new Reference(new FieldPath(field, i), ids[i], kinds, describe));
            }
        }

        private static void AddEvidence(List<Reference> references, EquatableArray<EvidenceSpec> evidence)
        {
            for (int i = 0; i < evidence.Count; i++)
            {
                references.Add(new Reference(new FieldPath("evidence", i, "document"), evidence[i].Document, DocumentKind, "a document"));
            }
        }
    }
}

namespace NewsFacts.Generator.Validation
{
    /// <summary>Every quoted text of a record with where it claims to stand: evidence items and statement renderings.</summary>
    internal static class Quotes
    {
        public static IEnumerable<(string Document, string Quote, int Start, FieldPath Field)> Of(IRecordSpec spec)
        {
            EquatableArray<EvidenceSpec> evidence = spec switch
            {
                EntitySpec e => e.Evidence,
                EventSpec e => e.Evidence,
                RelationSpec r => r.Evidence,
                StatementSpec s => s.Evidence,
                ClaimSpec c => c.Evidence,
                DiscrepancySpec d => d.Evidence,
                CustomRecordSpec c => c.Evidence,
                _ => EquatableArray<EvidenceSpec>.Empty,
            };

            for (int i = 0; i < evidence.Count; i++)
            {
                yield return (evidence[i].Document, evidence[i].Quote, evidence[i].Start, new FieldPath("evidence", i, "quote"));
            }

            if (spec is StatementSpec statement)
            {
                for (int i = 0; i < statement.Renderings.Count; i++)
                {
                    RenderingSpec r = statement.Renderings[i];
                    yield return (r.Document, r.Text, r.Start, new FieldPath("renderings", i, "text"));
                }
            }
        }
    }
}
