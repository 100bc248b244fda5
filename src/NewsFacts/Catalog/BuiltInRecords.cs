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
            r.Id,
            r.Text("language"),
            r.Text("title"),
            r.Date("published"),
            r.OptionalText("publishedNote"),
            r.OptionalText("outlet"),
            r.OptionalText("sha256"));

        private static object Entity(FactRow r)
        {
            string id = r.Id;
            Names names = r.Names("names");
            ValueList<string> aliases = r.TextList("aliases");
            ValueList<string> misspellings = r.TextList("misspellings");
            bool ambiguous = r.Flag("ambiguous");
            string? description = r.OptionalText("description");
            ValueList<Evidence> evidence = r.Evidence("evidence");

            // The kind's word is the position of the entity kind in its list, which is the FactKind of its type.
            return (FactKind)r.Word("kind") switch
            {
                FactKind.Person => new Person(id, names, aliases, misspellings, ambiguous, description, evidence),
                FactKind.Country => new Country(id, names, aliases, misspellings, ambiguous, description, evidence, r.OptionalText("iso")),
                FactKind.Organization => new Organization(id, names, aliases, misspellings, ambiguous, description, evidence),
                FactKind.Place => new Place(id, names, aliases, misspellings, ambiguous, description, evidence),
                _ => new Group(id, names, aliases, misspellings, ambiguous, description, evidence),
            };
        }

        private static object Event(FactRow r) => new Event(
            r.Id,
            r.Text("kind"),
            (EventStatus)r.Word("status"),
            r.Names("names"),
            r.Date("start"),
            r.Date("end"),
            r.OptionalText("dateWording"),
            r.OptionalText("dateNote"),
            null,
            r.References<Entity>("participants"),
            r.OptionalText("description"),
            r.Evidence("evidence"))
        {
            PlaceReference = r.Reference<Entity>("place"),
        };

        private static object Relation(FactRow r) => new Relation(
            r.Id,
            null!,
            (RelationPredicate)r.Word("predicate"),
            r.OptionalText("role"),
            null!,
            r.Date("start"),
            r.Date("end"),
            r.OptionalText("description"),
            r.Evidence("evidence"))
        {
            SubjectReference = r.Reference<Entity>("subject")!,
            ObjectReference = r.Reference<Entity>("object")!,
        };

        private static object Statement(FactRow r)
        {
            // A statement's evidence is its renderings' sources, then the sentences that attribute the quote.
            ValueList<Rendering> renderings = r.Renderings("renderings");
            ValueList<Evidence> attributions = r.Evidence("evidence");
            var evidence = new Evidence[renderings.Count + attributions.Count];
            for (int i = 0; i < renderings.Count; i++)
            {
                evidence[i] = renderings[i].Source;
            }

            for (int i = 0; i < attributions.Count; i++)
            {
                evidence[renderings.Count + i] = attributions[i];
            }

            return new Statement(r.Id, null!, null, r.Date("date"), renderings, r.OptionalText("description"), ValueList<Evidence>.Own(evidence))
            {
                SpeakerReference = r.Reference<Entity>("speaker")!,
                OccasionReference = r.Reference<Event>("event"),
            };
        }

        private static object Claim(FactRow r) => new Claim(
            r.Id,
            r.Text("text"),
            (ClaimModality)r.Word("modality"),
            r.References<Entity>("holders"),
            r.References<Entity>("about"),
            r.OptionalText("description"),
            r.Evidence("evidence"));

        private static object Discrepancy(FactRow r) => new Discrepancy(
            r.Id,
            (DiscrepancyKind)r.Word("kind"),
            r.OptionalText("description"),
            r.Text("reading"),
            r.References<Fact>("about"),
            r.Evidence("evidence"));
    }
}
