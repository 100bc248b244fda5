using System;
using System.Collections.Generic;
using System.Threading;
using NewsFacts.Generator.Diagnostics;
using NewsFacts.Generator.Model;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Parsing
{
    /// <summary>
    /// Reads each kind of record. A record that cannot be made (no valid id, a required field missing) is
    /// reported and left out; one with an error in another value is reported and made without that value,
    /// marked (<see cref="RecordOrigin.HasErrors"/>) so the validator checks it with the others and never emits it.
    /// </summary>
    internal sealed class RecordParser
    {
        private static readonly string[] KindKeys = { "name", "plural", "description", "fields" };
        private static readonly string[] FieldKeys = { "name", "type", "refersTo", "required" };
        private static readonly string[] RenderingKeys = { "language", "document", "text", "start" };

        private readonly ParseContext _context;

        public RecordParser(ParseContext context) => _context = context;

        /// <summary>The kinds the file declares (<c>kinds:</c>), read before anything else.</summary>
        public EquatableArray<KindSpec> Kinds(YamlMapping top)
        {
            var kinds = new List<KindSpec>();
            foreach (KeyValuePair<YamlScalar, YamlNode> entry in top.Entries)
            {
                if (entry.Key.Value != "kinds")
                {
                    continue;
                }

                if (entry.Value is not YamlSequence sequence)
                {
                    _context.Report(DiagnosticDescriptors.WrongNodeType, entry.Value, "kinds", "a list", entry.Value.Describe);
                    continue;
                }

                for (int i = 0; i < sequence.Items.Count; i++)
                {
                    string path = $"kinds[{Invariant.Number(i)}]";
                    YamlMapping? mapping = MappingReader.AsMapping(_context, sequence.Items[i], path);
                    if (mapping is null)
                    {
                        continue;
                    }

                    int before = _context.Diagnostics.Count;
                    _context.BeginRecord();
                    var r = new MappingReader(_context, mapping, path, "a kind", KindKeys);
                    string? name = r.RequiredText("name");
                    var fields = new List<FieldSpec>();
                    List<YamlNode> fieldNodes = r.Items("fields");
                    for (int j = 0; j < fieldNodes.Count; j++)
                    {
                        MappingReader? f = r.ItemReader("fields", j, fieldNodes[j], "a field", FieldKeys);
                        if (f is null)
                        {
                            continue;
                        }

                        string? fieldName = f.RequiredText("name");
                        string? type = f.Word("type", Vocabulary.FieldTypes, "field type", required: true);
                        string? refersTo = f.OptionalText("refersTo");
                        if ((type == "reference" || type == "references") && refersTo is null)
                        {
                            _context.Report(DiagnosticDescriptors.MissingField, f.Mapping, f.Describe(), "refersTo");
                        }

                        if (fieldName is not null && type is not null)
                        {
                            fields.Add(new FieldSpec(fieldName, type, refersTo, f.Flag("required")));
                        }
                    }

                    if (name is not null && !_context.HasErrorsSince(before))
                    {
                        kinds.Add(new KindSpec(name, r.OptionalText("plural") ?? name + "s", r.OptionalText("description"), fields.ToEquatableArray()));
                        _context.AddOrigin(KindOriginPrefix + name, path);
                    }
                    else
                    {
                        _context.DropRecord();
                    }
                }
            }

            return kinds.ToEquatableArray();
        }

        /// <summary>Kinds are not records: their origins are kept apart from record ids.</summary>
        public const string KindOriginPrefix = "kind:";

        public CustomRecordSpec? CustomRecord(KindSpec kind, MappingReader r)
        {
            string? id = r.Id();
            var values = new List<FieldValue>();
            foreach (FieldSpec field in kind.Fields)
            {
                EquatableArray<string> value = field.Type switch
                {
                    "list" => r.TextList(field.Name),
                    "references" => r.References(field.Name),
                    _ => Single(field.Type switch
                    {
                        "date" => r.Date(field.Name),
                        "number" => r.WholeNumber(field.Name),
                        "flag" => r.Node(field.Name) is null ? null : r.Flag(field.Name) ? "1" : string.Empty,
                        "reference" => r.Reference(field.Name, required: false),
                        _ => r.OptionalText(field.Name),
                    }),
                };
                if (field.Required && r.Node(field.Name) is null)
                {
                    _context.Report(DiagnosticDescriptors.MissingField, r.Mapping, r.Describe(), field.Name);
                }

                values.Add(new FieldValue(field.Name, value));
            }

            EquatableArray<EvidenceSpec> evidence = RequiredEvidence(r, id);
            return id is null
                ? null
                : new CustomRecordSpec(kind.Name, id, r.Names("names"), r.TextList("aliases"), r.OptionalText("description"), values.ToEquatableArray(), evidence);
        }

        /// <summary>The keys a record of a declared kind may have: the common ones and its fields.</summary>
        public static string[] KeysOf(KindSpec kind)
        {
            var keys = new List<string> { "id", "names", "aliases", "description", "evidence" };
            foreach (FieldSpec field in kind.Fields)
            {
                keys.Add(field.Name);
            }

            return keys.ToArray();
        }

        private static EquatableArray<string> Single(string? value) => value is null ? EquatableArray<string>.Empty : new EquatableArray<string>(new[] { value });

        public DocumentSpec? Document(MappingReader r)
        {
            string? id = r.Id();
            string? language = r.Code("language", required: true);
            string? title = r.RequiredText("title");
            string? published = r.Date("published");
            return id is null || language is null || title is null
                ? null
                : new DocumentSpec(id, language, title, published, r.OptionalText("publishedNote"), r.OptionalText("outlet"), r.OptionalText("sha256"));
        }

        public EntitySpec? Entity(MappingReader r)
        {
            string? id = r.Id();
            string? kind = r.Word("kind", Vocabulary.EntityKinds, "entity kind", required: true);
            EquatableArray<NameSpec> names = r.Names("names");
            if (names.Count == 0)
            {
                _context.Report(DiagnosticDescriptors.MissingField, r.Mapping, r.Describe(), "names");
            }

            EquatableArray<EvidenceSpec> evidence = RequiredEvidence(r, id);
            return id is null || kind is null || names.Count == 0
                ? null
                : new EntitySpec(id, kind, names, r.TextList("aliases"), r.TextList("misspellings"), r.Flag("ambiguous"), r.OptionalText("description"), r.OptionalText("iso"), evidence);
        }

        public EventSpec? Event(MappingReader r)
        {
            string? id = r.Id();
            string? kind = r.Code("kind", required: true);
            string status = r.Word("status", Vocabulary.EventStatuses, "event status", required: false) ?? "occurred";
            EquatableArray<EvidenceSpec> evidence = RequiredEvidence(r, id);
            return id is null || kind is null
                ? null
                : new EventSpec(id, kind, status, r.Names("names"), r.Date("start"), r.Date("end"), r.OptionalText("dateWording"), r.OptionalText("dateNote"), r.Reference("place", required: false), r.References("participants"), r.OptionalText("description"), evidence);
        }

        public RelationSpec? Relation(MappingReader r)
        {
            string? id = r.Id();
            string? subject = r.Reference("subject", required: true);
            string? predicate = r.Word("predicate", Vocabulary.RelationPredicates, "relation predicate", required: true);
            string? target = r.Reference("object", required: true);
            EquatableArray<EvidenceSpec> evidence = RequiredEvidence(r, id);
            return id is null || subject is null || predicate is null || target is null
                ? null
                : new RelationSpec(id, subject, predicate, r.OptionalText("role"), target, r.Date("start"), r.Date("end"), r.OptionalText("description"), evidence);
        }

        public StatementSpec? Statement(MappingReader r)
        {
            string? id = r.Id();
            string? speaker = r.Reference("speaker", required: true);
            var renderings = new List<RenderingSpec>();
            List<YamlNode> nodes = r.Items("renderings");
            for (int i = 0; i < nodes.Count; i++)
            {
                MappingReader? item = r.ItemReader("renderings", i, nodes[i], "a rendering", RenderingKeys);
                if (item is null)
                {
                    continue;
                }

                string? language = item.Code("language", required: true);
                string? document = item.Reference("document", required: true);
                string? text = item.RequiredText("text");
                int? start = item.Number("start");
                if (language is not null && document is not null && text is not null && start is not null)
                {
                    renderings.Add(new RenderingSpec(language, document, text, start.Value));
                }
            }

            if (renderings.Count == 0 && r.Node("renderings") is null)
            {
                _context.Report(DiagnosticDescriptors.MissingField, r.Mapping, r.Describe(), "renderings");
            }

            return id is null || speaker is null || renderings.Count == 0
                ? null
                : new StatementSpec(id, speaker, r.Reference("event", required: false), r.Date("date"), renderings.ToEquatableArray(), r.OptionalText("description"), r.Evidence("evidence"));
        }

        public ClaimSpec? Claim(MappingReader r)
        {
            string? id = r.Id();
            string? text = r.RequiredText("text");
            string? modality = r.Word("modality", Vocabulary.ClaimModalities, "claim modality", required: true);
            EquatableArray<EvidenceSpec> evidence = RequiredEvidence(r, id);
            return id is null || text is null || modality is null
                ? null
                : new ClaimSpec(id, text, modality, r.References("holders"), r.References("about"), r.OptionalText("description"), evidence);
        }

        public DiscrepancySpec? Discrepancy(MappingReader r)
        {
            string? id = r.Id();
            string? kind = r.Word("kind", Vocabulary.DiscrepancyKinds, "discrepancy kind", required: true);
            string? reading = r.RequiredText("reading");
            EquatableArray<EvidenceSpec> evidence = RequiredEvidence(r, id);
            return id is null || kind is null || reading is null
                ? null
                : new DiscrepancySpec(id, kind, r.OptionalText("description"), reading, r.References("about"), evidence);
        }

        private EquatableArray<EvidenceSpec> RequiredEvidence(MappingReader r, string? id)
        {
            EquatableArray<EvidenceSpec> evidence = r.Evidence("evidence");
            if (evidence.Count == 0 && id is not null)
            {
                _context.Report(DiagnosticDescriptors.MissingEvidence, r.Node("evidence") ?? r.Mapping, r.What, id);
            }

            return evidence;
        }

        internal static string SingularOf(string section) => section switch
        {
            "documents" => "a document",
            "entities" => "an entity",
            "events" => "an event",
            "relations" => "a relation",
            "statements" => "a statement",
            "claims" => "a claim",
            _ => "a discrepancy",
        };

        internal static string[] KeysOf(string section) => section switch
        {
            "documents" => new[] { "id", "language", "title", "published", "publishedNote", "outlet", "sha256" },
            "entities" => new[] { "id", "kind", "names", "aliases", "misspellings", "ambiguous", "description", "iso", "evidence" },
            "events" => new[] { "id", "kind", "status", "names", "start", "end", "dateWording", "dateNote", "place", "participants", "description", "evidence" },
            "relations" => new[] { "id", "subject", "predicate", "role", "object", "start", "end", "description", "evidence" },
            "statements" => new[] { "id", "speaker", "event", "date", "renderings", "description", "evidence" },
            "claims" => new[] { "id", "text", "modality", "holders", "about", "description", "evidence" },
            _ => new[] { "id", "kind", "description", "reading", "about", "evidence" },
        };
    }
}
