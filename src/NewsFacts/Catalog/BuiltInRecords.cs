namespace NewsFacts
{
    /// <summary>
    /// Makes the record of a built-in kind from its row's raw fields: each public record type by its constructor (no
    /// reflection: the library stays trimmable and Native-AOT clean), each field read from its column, whose constant
    /// (<see cref="EntityColumns"/>…) is written from the description of the kind (BuiltInSchema), not kept here. The kinds
    /// whose fields go one to one into the constructor are decoded by code written from the description
    /// (BuiltInColumns.g.cs, by BuiltInColumnsTests); entities and statements are decoded here. The decoders return
    /// object, not the record types, so that compiling the catalog's switch over them loads no record type.
    /// </summary>
    internal static partial class BuiltInRecords
    {
        public static object Entity(string[] f, FactCatalog c)
        {
            string id = RecordDecoder.Text(f[EntityColumns.Id]);
            Names names = RecordDecoder.Names(f[EntityColumns.Names]);
            ValueList<string> aliases = RecordDecoder.TextList(f[EntityColumns.Aliases]);
            ValueList<string> misspellings = RecordDecoder.TextList(f[EntityColumns.Misspellings]);
            bool ambiguous = RecordDecoder.Flag(f[EntityColumns.Ambiguous]);
            string? description = RecordDecoder.OptionalText(f[EntityColumns.Description]);
            ValueList<Evidence> evidence = RecordDecoder.Evidence(f[EntityColumns.Evidence]);

            // The kind's word is the position of the entity kind in its list, which is the FactKind of its type.
            return (FactKind)RecordDecoder.Number(f[EntityColumns.Kind]) switch
            {
                FactKind.Person => new Person(id, names, aliases, misspellings, ambiguous, description, evidence),
                FactKind.Country => new Country(id, names, aliases, misspellings, ambiguous, description, evidence, RecordDecoder.OptionalText(f[EntityColumns.Iso])),
                FactKind.Organization => new Organization(id, names, aliases, misspellings, ambiguous, description, evidence),
                FactKind.Place => new Place(id, names, aliases, misspellings, ambiguous, description, evidence),
                _ => new Group(id, names, aliases, misspellings, ambiguous, description, evidence),
            };
        }

        public static object Statement(string[] f, FactCatalog c)
        {
            // A statement's evidence is its renderings' sources, then the sentences that attribute the quote.
            ValueList<Rendering> renderings = RecordDecoder.Renderings(f[StatementColumns.Renderings]);
            ValueList<Evidence> attributions = RecordDecoder.Evidence(f[StatementColumns.Evidence]);
            var evidence = new Evidence[renderings.Count + attributions.Count];
            for (int i = 0; i < renderings.Count; i++)
            {
                evidence[i] = renderings[i].Source;
            }

            for (int i = 0; i < attributions.Count; i++)
            {
                evidence[renderings.Count + i] = attributions[i];
            }

            return new Statement(RecordDecoder.Text(f[StatementColumns.Id]), null!, null, RecordDecoder.Date(f[StatementColumns.Date]), renderings, RecordDecoder.OptionalText(f[StatementColumns.Description]), ValueList<Evidence>.Own(evidence))
            {
                SpeakerReference = c.Reference<Entity>(f[StatementColumns.Speaker])!,
                OccasionReference = c.Reference<Event>(f[StatementColumns.Event]),
            };
        }
    }
}
