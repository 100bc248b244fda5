using System;
using System.Collections.Generic;
using System.Threading;
using NewsFacts.Generator.Diagnostics;
using NewsFacts.Generator.Model;

namespace NewsFacts.Generator.Parsing
{
    /// <summary>
    /// Reads each kind of record. A record with an error in its own fields is reported and left out of the
    /// dataset, so what is emitted always compiles; the diagnostic says what was left out.
    /// </summary>
    internal sealed class RecordParser
    {
        private readonly ParseContext _context;
        private readonly CancellationToken _cancellationToken;

        public RecordParser(ParseContext context, CancellationToken cancellationToken)
        {
            _context = context;
            _cancellationToken = cancellationToken;
        }

        public EquatableArray<T> Section<T>(MappingReader file, string key, Func<MappingReader, T?> read)
            where T : class, IEquatable<T>, IRecordSpec
        {
            var records = new List<T>();
            foreach ((YamlNode node, string path) in file.Items(key))
            {
                _cancellationToken.ThrowIfCancellationRequested();
                YamlMapping? mapping = MappingReader.AsMapping(_context, node, path);
                if (mapping is null)
                {
                    continue;
                }

                int before = _context.Diagnostics.Count;
                T? record = read(new MappingReader(_context, mapping, path, SingularOf(key), KeysOf(key)));
                if (record is not null && !_context.HasErrorsSince(before))
                {
                    records.Add(record);
                    _context.Origins.Add(new RecordOrigin(record.Id, path));
                }
            }

            return records.ToEquatableArray();
        }

        public DocumentSpec? Document(MappingReader r)
        {
            string? id = r.Id();
            string? language = r.RequiredText("language");
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
            string? kind = r.RequiredText("kind");
            string status = r.Word("status", Vocabulary.EventStatuses, "event status", required: false) ?? "occurred";
            EquatableArray<EvidenceSpec> evidence = RequiredEvidence(r, id);
            return id is null || kind is null
                ? null
                : new EventSpec(id, kind, status, r.Names("names"), r.Date("start"), r.Date("end"), r.OptionalText("dateWording"), r.OptionalText("dateNote"), r.Reference("place", required: false), r.TextList("participants"), r.OptionalText("description"), evidence);
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
            foreach ((YamlNode node, string path) in r.Items("renderings"))
            {
                YamlMapping? mapping = MappingReader.AsMapping(_context, node, path);
                if (mapping is null)
                {
                    continue;
                }

                var item = new MappingReader(_context, mapping, path, "a rendering", "language", "document", "text", "start");
                string? language = item.RequiredText("language");
                string? document = item.RequiredText("document");
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
                : new ClaimSpec(id, text, modality, r.TextList("holders"), r.TextList("about"), r.OptionalText("description"), evidence);
        }

        public DiscrepancySpec? Discrepancy(MappingReader r)
        {
            string? id = r.Id();
            string? kind = r.Word("kind", Vocabulary.DiscrepancyKinds, "discrepancy kind", required: true);
            string? reading = r.RequiredText("reading");
            EquatableArray<EvidenceSpec> evidence = RequiredEvidence(r, id);
            return id is null || kind is null || reading is null
                ? null
                : new DiscrepancySpec(id, kind, r.OptionalText("description"), reading, r.TextList("about"), evidence);
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

        private static string SingularOf(string section) => section switch
        {
            "documents" => "a document",
            "entities" => "an entity",
            "events" => "an event",
            "relations" => "a relation",
            "statements" => "a statement",
            "claims" => "a claim",
            _ => "a discrepancy",
        };

        private static string[] KeysOf(string section) => section switch
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
