namespace NewsFacts
{
    /// <summary>
    /// Makes the record of a built-in kind from its row: each public record type by its constructor (no reflection:
    /// the library stays trimmable and Native-AOT clean), each field read by its key in the facts file, so the column
    /// comes from the description of the kind (BuiltInSchema), not from a list of columns kept here.
    /// </summary>
    internal static class BuiltInRecords
    {
        // Returns object, not the record types: compiling the switch then loads no record type, and a fresh process's
        // first lookup loads only those it decodes.
        public static object Make(int table, FactRow row) => table switch
        {
            0 => Document(row),
            1 => Entity(row),
            2 => Event(row),
            3 => Relation(row),
            4 => Statement(row),
            5 => Claim(row),
            _ => Discrepancy(row),
        };

        private static object Document(FactRow r) => new Document(
            RecordDecoder.Text(r["id"]),
            RecordDecoder.Text(r["language"]),
            RecordDecoder.Text(r["title"]),
            RecordDecoder.Date(r["published"]),
            RecordDecoder.OptionalText(r["publishedNote"]),
            RecordDecoder.OptionalText(r["outlet"]),
            RecordDecoder.OptionalText(r["sha256"]));

        private static object Entity(FactRow r)
        {
            string id = RecordDecoder.Text(r["id"]);
            Names names = RecordDecoder.Names(r["names"]);
            ValueList<string> aliases = RecordDecoder.TextList(r["aliases"]);
            ValueList<string> misspellings = RecordDecoder.TextList(r["misspellings"]);
            bool ambiguous = RecordDecoder.Flag(r["ambiguous"]);
            string? description = RecordDecoder.OptionalText(r["description"]);
            ValueList<Evidence> evidence = RecordDecoder.Evidence(r["evidence"]);

            // The kind's word is the position of the entity kind in its list, which is the FactKind of its type.
            return (FactKind)RecordDecoder.Number(r["kind"]) switch
            {
                FactKind.Person => new Person(id, names, aliases, misspellings, ambiguous, description, evidence),
                FactKind.Country => new Country(id, names, aliases, misspellings, ambiguous, description, evidence, RecordDecoder.OptionalText(r["iso"])),
                FactKind.Organization => new Organization(id, names, aliases, misspellings, ambiguous, description, evidence),
                FactKind.Place => new Place(id, names, aliases, misspellings, ambiguous, description, evidence),
                _ => new Group(id, names, aliases, misspellings, ambiguous, description, evidence),
            };
        }

        private static object Event(FactRow r) => new Event(
            RecordDecoder.Text(r["id"]),
            RecordDecoder.Text(r["kind"]),
            (EventStatus)RecordDecoder.Number(r["status"]),
            RecordDecoder.Names(r["names"]),
            RecordDecoder.Date(r["start"]),
            RecordDecoder.Date(r["end"]),
            RecordDecoder.OptionalText(r["dateWording"]),
            RecordDecoder.OptionalText(r["dateNote"]),
            null,
            r.References<Entity>("participants"),
            r.References<Entity>("holders"),
            Modality(r["modality"]),
            RecordDecoder.OptionalText(r["description"]),
            RecordDecoder.Evidence(r["evidence"]))
        {
            PlaceReference = r.Reference<Entity>("place"),
        };

        private static object Relation(FactRow r) => new Relation(
            RecordDecoder.Text(r["id"]),
            null!,
            (RelationPredicate)RecordDecoder.Number(r["predicate"]),
            RecordDecoder.OptionalText(r["role"]),
            null!,
            RecordDecoder.Date(r["start"]),
            RecordDecoder.Date(r["end"]),
            r.References<Entity>("holders"),
            Modality(r["modality"]),
            RecordDecoder.OptionalText(r["description"]),
            RecordDecoder.Evidence(r["evidence"]))
        {
            SubjectReference = r.Reference<Entity>("subject")!,
            ObjectReference = r.Reference<Entity>("object")!,
        };

        // An optional word: -1 when the record does not state it.
        private static ClaimModality? Modality(string field) => field == "-1" ? null : (ClaimModality)RecordDecoder.Number(field);

        private static object Statement(FactRow r)
        {
            // A statement's evidence is its renderings' sources, then the sentences that attribute the quote.
            ValueList<Rendering> renderings = RecordDecoder.Renderings(r["renderings"]);
            ValueList<Evidence> attributions = RecordDecoder.Evidence(r["evidence"]);
            var evidence = new Evidence[renderings.Count + attributions.Count];
            for (int i = 0; i < renderings.Count; i++)
            {
                evidence[i] = renderings[i].Source;
            }

            for (int i = 0; i < attributions.Count; i++)
            {
                evidence[renderings.Count + i] = attributions[i];
            }

            return new Statement(RecordDecoder.Text(r["id"]), null!, null, RecordDecoder.Date(r["date"]), renderings, RecordDecoder.OptionalText(r["description"]), ValueList<Evidence>.Own(evidence))
            {
                SpeakerReference = r.Reference<Entity>("speaker")!,
                OccasionReference = r.Reference<Event>("event"),
            };
        }

        private static object Claim(FactRow r) => new Claim(
            RecordDecoder.Text(r["id"]),
            RecordDecoder.Text(r["text"]),
            (ClaimModality)RecordDecoder.Number(r["modality"]),
            r.References<Entity>("holders"),
            r.References<Entity>("about"),
            RecordDecoder.OptionalText(r["description"]),
            RecordDecoder.Evidence(r["evidence"]));

        private static object Discrepancy(FactRow r) => new Discrepancy(
            RecordDecoder.Text(r["id"]),
            (DiscrepancyKind)RecordDecoder.Number(r["kind"]),
            RecordDecoder.OptionalText(r["description"]),
            RecordDecoder.Text(r["reading"]),
            r.References<Fact>("about"),
            RecordDecoder.Evidence(r["evidence"]));
    }
}
