using System.Collections.Generic;

namespace NewsFacts.Internal
{
    /// <summary>
    /// The built-in kinds of a facts file (schema 1) as data: their sections, fields, types, word lists and docs.
    /// The order of each kind's fields is its table's column order and the parser's key order; the order of each
    /// word list is the value of the runtime enum of the same words. Tests hold the record types, the columns and the
    /// parser to it (SchemaAgreementTests).
    /// </summary>
    internal static class BuiltInSchema
    {
        /// <summary>The only schema version so far.</summary>
        public const string Version = "1";

        /// <summary>What an id looks like (NF0011): lowercase letters, digits, '.', '_' and '-', starting with a letter or digit, at most 200 characters.</summary>
        public const string IdPattern = "^[a-z0-9][a-z0-9._-]{0,199}$";

        /// <summary>What the name of a declared kind, its plural and its fields look like (NF0024): lowercase words joined by hyphens.</summary>
        public const string KindNamePattern = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

        /// <summary>The versions of the schema a facts file may name.</summary>
        public static readonly SchemaWords Versions = new SchemaWords
        {
            Name = "schema version",
            Words = new[] { new SchemaWord { Value = Version, Doc = "Schema 1, the only version so far." } },
        };

        public static readonly SchemaWords EntityKinds = new SchemaWords
        {
            Name = "entity kind",
            Words = new[]
            {
                new SchemaWord { Value = "person", Doc = "A person." },
                new SchemaWord { Value = "country", Doc = "A country." },
                new SchemaWord { Value = "organization", Doc = "An organization: a government body, an alliance, a news agency, an institute…" },
                new SchemaWord { Value = "place", Doc = "A place: a city, a region, a building, a square…" },
                new SchemaWord { Value = "group", Doc = "A collective or unnamed actor as the articles use it (\"the West\", \"Russian media\")." },
            },
        };

        public static readonly SchemaWords EventStatuses = new SchemaWords
        {
            Name = "event status",
            EnumName = "EventStatus",
            Words = new[]
            {
                new SchemaWord { Value = "occurred", Doc = "It happened." },
                new SchemaWord { Value = "expected", Doc = "It was expected or planned." },
                new SchemaWord { Value = "ongoing", Doc = "It was under way." },
            },
        };

        public static readonly SchemaWords RelationPredicates = new SchemaWords
        {
            Name = "relation predicate",
            EnumName = "RelationPredicate",
            Words = new[]
            {
                new SchemaWord { Value = "office", Doc = "The subject holds an office in the object (President of Russia)." },
                new SchemaWord { Value = "role", Doc = "The subject has a role at the object (spokesman, adviser, expert)." },
                new SchemaWord { Value = "membership", Doc = "The subject is a member of the object." },
                new SchemaWord { Value = "affiliation", Doc = "The subject is affiliated with the object." },
                new SchemaWord { Value = "kinship", Doc = "The subject is kin of the object; the role says how (father)." },
                new SchemaWord { Value = "alliance", Doc = "The subject and object are allies." },
                new SchemaWord { Value = "support", Doc = "The subject supports the object." },
                new SchemaWord { Value = "partnership", Doc = "The subject and object are partners." },
                new SchemaWord { Value = "opposition", Doc = "The subject opposes the object." },
                new SchemaWord { Value = "location", Doc = "The subject is located in the object." },
            },
        };

        public static readonly SchemaWords ClaimModalities = new SchemaWords
        {
            Name = "claim modality",
            EnumName = "ClaimModality",
            Words = new[]
            {
                new SchemaWord { Value = "asserted", Doc = "Its holders assert it." },
                new SchemaWord { Value = "reported", Doc = "The article reports it, attributed to its holders." },
                new SchemaWord { Value = "denied", Doc = "Its holders deny it." },
                new SchemaWord { Value = "expected", Doc = "Its holders expect it." },
                new SchemaWord { Value = "hypothetical", Doc = "It is put as a possibility." },
            },
        };

        public static readonly SchemaWords DiscrepancyKinds = new SchemaWords
        {
            Name = "discrepancy kind",
            EnumName = "DiscrepancyKind",
            Words = new[]
            {
                new SchemaWord { Value = "disagreement", Doc = "Articles disagree with each other." },
                new SchemaWord { Value = "typo", Doc = "A misspelling in an article." },
                new SchemaWord { Value = "mistranslation", Doc = "A (machine) translation that says something else than its source." },
                new SchemaWord { Value = "error", Doc = "An article is plainly wrong or garbled." },
                new SchemaWord { Value = "corroboration", Doc = "No discrepancy: articles agree where they might have differed (a note that two wordings say the same)." },
            },
        };

        /// <summary>How certain a source holds a statement (FactBank's certain, probable, possible and underspecified).</summary>
        public static readonly SchemaWords FactualityValues = new SchemaWords
        {
            Name = "factuality value",
            EnumName = "FactualityValue",
            Words = new[]
            {
                new SchemaWord { Value = "certain", Doc = "The source holds it certain (FactBank CT)." },
                new SchemaWord { Value = "probable", Doc = "The source holds it probable (FactBank PR)." },
                new SchemaWord { Value = "possible", Doc = "The source holds it possible (FactBank PS)." },
                new SchemaWord { Value = "unknown", Doc = "The source commits to no degree of certainty (FactBank U)." },
            },
        };

        /// <summary>Whether a source holds a statement true or false (FactBank's polarity).</summary>
        public static readonly SchemaWords FactualityPolarities = new SchemaWords
        {
            Name = "factuality polarity",
            EnumName = "FactualityPolarity",
            Words = new[]
            {
                new SchemaWord { Value = "positive", Doc = "The source holds that it is so (FactBank +): CT+ is a fact to the source." },
                new SchemaWord { Value = "negative", Doc = "The source holds that it is not so (FactBank -): CT- is a denial." },
                new SchemaWord { Value = "unknown", Doc = "The source leaves open whether it is so (FactBank u)." },
            },
        };

        /// <summary>How a discrepancy ranks one of its competing readings (Wikidata's statement ranks).</summary>
        public static readonly SchemaWords ReadingRanks = new SchemaWords
        {
            Name = "reading rank",
            EnumName = "ReadingRank",
            Words = new[]
            {
                new SchemaWord { Value = "preferred", Doc = "The reading the dataset takes." },
                new SchemaWord { Value = "normal", Doc = "A reading that stands, but is not the one taken." },
                new SchemaWord { Value = "deprecated", Doc = "A reading known to be wrong (a typo, an error, a mistranslation), kept so it can be recognized." },
            },
        };

        /// <summary>The types a field of a declared kind may have.</summary>
        public static readonly SchemaWords DeclaredFieldTypes = new SchemaWords
        {
            Name = "field type",
            Words = new[]
            {
                new SchemaWord { Value = "text", Doc = "A line of text: `string?`, `string` when required." },
                new SchemaWord { Value = "number", Doc = "A whole number, possibly negative: `long?`." },
                new SchemaWord { Value = "date", Doc = "`YYYY`, `YYYY-MM` or `YYYY-MM-DD`: `FactDate?`." },
                new SchemaWord { Value = "flag", Doc = "true or false: `bool`." },
                new SchemaWord { Value = "list", Doc = "A list of texts: `ValueList<string>`." },
                new SchemaWord { Value = "reference", Doc = "The id of a record of the kind `refersTo` names." },
                new SchemaWord { Value = "references", Doc = "A list of ids of records of the kind `refersTo` names." },
            },
        };

        /// <summary>What a reference field of a declared kind may refer to, besides other declared kinds.</summary>
        public static readonly SchemaWords ReferenceTargets = new SchemaWords
        {
            Name = "kind of record",
            Words = new[]
            {
                new SchemaWord { Value = "person", Doc = "A person: `Person`." },
                new SchemaWord { Value = "country", Doc = "A country: `Country`." },
                new SchemaWord { Value = "organization", Doc = "An organization: `Organization`." },
                new SchemaWord { Value = "place", Doc = "A place: `Place`." },
                new SchemaWord { Value = "group", Doc = "A group: `Group`." },
                new SchemaWord { Value = "entity", Doc = "Any entity: `Entity`." },
                new SchemaWord { Value = "event", Doc = "An event: `Event`." },
                new SchemaWord { Value = "relation", Doc = "A relation: `Relation`." },
                new SchemaWord { Value = "statement", Doc = "A statement: `Statement`." },
                new SchemaWord { Value = "claim", Doc = "A claim: `Claim`." },
                new SchemaWord { Value = "discrepancy", Doc = "A discrepancy: `Discrepancy`." },
                new SchemaWord { Value = "fact", Doc = "Any fact: `Fact`." },
            },
        };

        /// <summary>How many UTF-16 code units of the document's text a quote's prefix and suffix hold at most.</summary>
        public const int QuoteContextLength = 32;

        // Computed at build time from the document's text (W3C TextQuoteSelector prefix and suffix); never written by authors.
        private static SchemaField Prefix => new SchemaField { Key = "prefix", Type = SchemaFieldType.Text, Computed = true, Doc = "Computed by the generator, never written: up to 32 UTF-16 code units of the document's text just before the quote (fewer at the document's start, or to keep a surrogate pair whole); missing when the document's text was not among the AdditionalFiles." };

        private static SchemaField Suffix => new SchemaField { Key = "suffix", Type = SchemaFieldType.Text, Computed = true, Doc = "Computed by the generator, never written: up to 32 UTF-16 code units of the document's text just after the quote (fewer at the document's end, or to keep a surrogate pair whole); missing when the document's text was not among the AdditionalFiles." };

        /// <summary>One quote a fact rests on.</summary>
        public static readonly SchemaRecord EvidenceItem = new SchemaRecord
        {
            Singular = "an evidence item",
            TableOrder = new[] { "document", "start", "quote", "prefix", "suffix" },
            Fields = new[]
            {
                new SchemaField { Key = "document", Type = SchemaFieldType.Reference, RefersTo = new[] { "document" }, Required = true, Doc = "The id of the document the quote is in." },
                new SchemaField { Key = "quote", Type = SchemaFieldType.Text, Required = true, Doc = "The verbatim text of that document." },
                new SchemaField { Key = "start", Type = SchemaFieldType.Offset, Required = true, Doc = "The 0-based offset of the quote in the document's text, in UTF-16 code units." },
                Prefix,
                Suffix,
            },
        };

        /// <summary>One language's rendering of a statement: its own evidence.</summary>
        public static readonly SchemaRecord Rendering = new SchemaRecord
        {
            Singular = "a rendering",
            TableOrder = new[] { "language", "document", "start", "text", "prefix", "suffix" },
            Fields = new[]
            {
                new SchemaField { Key = "language", Type = SchemaFieldType.Code, Required = true, Doc = "The ISO 639-1 code of the rendering's language." },
                new SchemaField { Key = "document", Type = SchemaFieldType.Reference, RefersTo = new[] { "document" }, Required = true, Doc = "The id of the document it is quoted in." },
                new SchemaField { Key = "text", Type = SchemaFieldType.Text, Required = true, Doc = "The quote, verbatim at `start` in the document." },
                new SchemaField { Key = "start", Type = SchemaFieldType.Offset, Required = true, Doc = "The 0-based offset of the text in the document, in UTF-16 code units." },
                Prefix,
                Suffix,
            },
        };

        /// <summary>
        /// How certain one source holds a claim, an event or a relation (FactBank: a value and a polarity per source):
        /// a sub-record with its own evidence, so a list of sub-records nested in a list of sub-records.
        /// </summary>
        public static readonly SchemaRecord FactualityItem = new SchemaRecord
        {
            Singular = "a factuality item",
            Fields = new[]
            {
                new SchemaField { Key = "holder", Type = SchemaFieldType.Reference, RefersTo = new[] { "entity" }, Doc = "Whose judgement it is: an entity id; absent for the article's own voice (its author)." },
                new SchemaField { Key = "value", Type = SchemaFieldType.Word, Words = FactualityValues, Required = true, Doc = "How certain the holder holds it: certain, probable, possible or unknown." },
                new SchemaField { Key = "polarity", Type = SchemaFieldType.Word, Words = FactualityPolarities, Required = true, Doc = "Whether the holder holds that it is so (positive), that it is not (negative), or leaves it open (unknown)." },
                new SchemaField { Key = "note", Type = SchemaFieldType.Text, Doc = "The curator's judgement call, where the text leaves room for one." },
                Evidence(doc: "The quotes the judgement rests on."),
            },
        };

        /// <summary>One of the competing readings a discrepancy ranks (Wikidata-style ranks), with its own evidence.</summary>
        public static readonly SchemaRecord ReadingItem = new SchemaRecord
        {
            Singular = "a reading",
            Fields = new[]
            {
                new SchemaField { Key = "text", Type = SchemaFieldType.Text, Required = true, Doc = "The reading: the value as one side gives it (\"Andrei Belousov\")." },
                new SchemaField { Key = "rank", Type = SchemaFieldType.Word, Words = ReadingRanks, Required = true, Doc = "How the dataset ranks it: preferred (the one taken), normal, or deprecated (known to be wrong)." },
                new SchemaField { Key = "documents", Type = SchemaFieldType.References, RefersTo = new[] { "document" }, Doc = "The ids of the documents that give this reading." },
                new SchemaField { Key = "note", Type = SchemaFieldType.Text, Doc = "Why it is ranked so." },
                Evidence(doc: "The quotes that give the reading."),
            },
        };

        /// <summary>A field of a declared kind.</summary>
        public static readonly SchemaRecord FieldDeclaration = new SchemaRecord
        {
            Singular = "a field",
            Fields = new[]
            {
                new SchemaField { Key = "name", Type = SchemaFieldType.Code, Pattern = KindNamePattern, Required = true, Doc = "The field's key in the kind's records, lowercase words joined by hyphens; its C# property is the name in PascalCase." },
                new SchemaField { Key = "type", Type = SchemaFieldType.Word, Words = DeclaredFieldTypes, Required = true, Doc = "What the field holds." },
                new SchemaField { Key = "refersTo", Type = SchemaFieldType.Word, Words = ReferenceTargets, Pattern = KindNamePattern, Doc = "For `reference` and `references` (required there): the kind of record the ids name — a built-in kind, `entity`, `fact`, a declared kind, or a kind a referenced dataset package declares." },
                new SchemaField { Key = "required", Type = SchemaFieldType.Flag, Doc = "Whether every record must have the field." },
            },
        };

        /// <summary>A kind the facts file declares (<c>kinds:</c>).</summary>
        public static readonly SchemaRecord KindDeclaration = new SchemaRecord
        {
            Singular = "a kind",
            Fields = new[]
            {
                new SchemaField { Key = "name", Type = SchemaFieldType.Code, Pattern = KindNamePattern, Required = true, Doc = "The kind's name, lowercase words joined by hyphens; its C# record type is the name in PascalCase." },
                new SchemaField { Key = "plural", Type = SchemaFieldType.Code, Pattern = KindNamePattern, Doc = "The top-level key of its records, and its members class (default: the name + `s`)." },
                new SchemaField { Key = "description", Type = SchemaFieldType.Text, Doc = "One line: what a record of the kind is." },
                new SchemaField { Key = "fields", Type = SchemaFieldType.Records, Items = FieldDeclaration, Doc = "The kind's own fields, besides id, names, aliases, description and evidence." },
            },
        };

        private static SchemaField Id(string doc) => new SchemaField { Key = "id", Type = SchemaFieldType.Id, Required = true, Doc = doc };

        private static SchemaField Description(string doc = "A one-line description.") => new SchemaField { Key = "description", Type = SchemaFieldType.Text, Doc = doc };

        private static SchemaField Evidence(bool required = true, string doc = "The quotes the record rests on.") =>
            new SchemaField { Key = "evidence", Type = SchemaFieldType.Records, Items = EvidenceItem, Required = required, NonEmpty = required, Doc = doc };

        private static SchemaField Names(bool required, string doc = "Names per language: a mapping from ISO 639-1 code to name.") =>
            new SchemaField { Key = "names", Type = SchemaFieldType.Names, Required = required, Doc = doc };

        private static SchemaField Date(string key, string doc) => new SchemaField { Key = key, Type = SchemaFieldType.Date, Doc = doc };

        public static readonly SchemaKind Document = new SchemaKind
        {
            Name = "document",
            Section = "documents",
            Doc = "The articles the facts come from.",
            RecordTypes = new[] { "Document" },
            Record = new SchemaRecord
            {
                Singular = "a document",
                Fields = new[]
                {
                    Id("The document's id: the corpus file name without `.txt`."),
                    new SchemaField { Key = "language", Type = SchemaFieldType.Code, Required = true, Doc = "The ISO 639-1 code of its language." },
                    new SchemaField { Key = "title", Type = SchemaFieldType.Text, Required = true, Doc = "The headline where there is one, else the first sentence." },
                    Date("published", "When it was published, as precisely as the text allows."),
                    new SchemaField { Key = "publishedNote", Type = SchemaFieldType.Text, Doc = "How the publication date was derived." },
                    new SchemaField { Key = "outlet", Type = SchemaFieldType.Text, Doc = "The outlet, only where the text names it." },
                    new SchemaField { Key = "sha256", Type = SchemaFieldType.Text, Doc = "The lowercase hex SHA-256 of the file's bytes." },
                },
            },
        };

        public static readonly SchemaKind Entity = new SchemaKind
        {
            Name = "entity",
            Section = "entities",
            Doc = "People, countries, organizations, places and groups.",
            RecordTypes = new[] { "Person", "Country", "Organization", "Place", "Group" },
            Record = new SchemaRecord
            {
                Singular = "an entity",
                Fields = new[]
                {
                    Id("The entity's id, unique across the dataset (`vladimir-putin`)."),
                    new SchemaField { Key = "kind", Type = SchemaFieldType.Word, Words = EntityKinds, Required = true, ChoosesRecordType = true, Doc = "What sort of entity: its C# type." },
                    Names(required: true, "Names per language (ISO 639-1 code → name)."),
                    new SchemaField { Key = "aliases", Type = SchemaFieldType.TextList, Doc = "Every other surface form met in the corpus." },
                    new SchemaField { Key = "misspellings", Type = SchemaFieldType.TextList, Doc = "Surface forms that are misspellings; they resolve too." },
                    new SchemaField { Key = "ambiguous", Type = SchemaFieldType.Flag, Member = "IsAmbiguous", Doc = "true: its aliases may be shared with another entity on purpose." },
                    Description(),
                    new SchemaField { Key = "iso", Type = SchemaFieldType.Text, OnlyFor = new[] { "country" }, Doc = "Countries only: the ISO 3166-1 alpha-2 code." },
                    Evidence(doc: "The quotes the entity rests on."),
                },
            },
        };

        public static readonly SchemaKind Event = new SchemaKind
        {
            Name = "event",
            Section = "events",
            Doc = "Visits, meetings, signings, votes, launches, warrants…",
            RecordTypes = new[] { "Event" },
            Record = new SchemaRecord
            {
                Singular = "an event",
                Fields = new[]
                {
                    Id("The event's id, unique across the dataset."),
                    new SchemaField { Key = "kind", Type = SchemaFieldType.Code, Required = true, Member = "EventKind", Doc = "What sort of event, as lowercase words joined by hyphens: visit, state-visit, meeting, signing, vote, launch, warrant…" },
                    new SchemaField { Key = "status", Type = SchemaFieldType.Word, Words = EventStatuses, Default = "occurred", Doc = "Whether it had happened when the articles were written (default: occurred)." },
                    Names(required: false, "Its names per language (ISO 639-1 code → name)."),
                    Date("start", "When it started, as precisely as known."),
                    Date("end", "When it ended, if it spans days; never before the start."),
                    new SchemaField { Key = "dateWording", Type = SchemaFieldType.Text, Doc = "The article's own words for the date (\"on Tuesday\")." },
                    new SchemaField { Key = "dateNote", Type = SchemaFieldType.Text, Doc = "How the date was resolved from relative wording, and whether that is an inference." },
                    new SchemaField { Key = "place", Type = SchemaFieldType.Reference, RefersTo = new[] { "entity" }, Doc = "Where it took place: an entity id (a place or a country)." },
                    new SchemaField { Key = "participants", Type = SchemaFieldType.References, RefersTo = new[] { "entity" }, Doc = "Who took part: entity ids." },
                    new SchemaField { Key = "holders", Type = SchemaFieldType.References, RefersTo = new[] { "entity" }, Doc = "Who the article attributes the event to (\"according to Ushakov\"): entity ids; none when it is the article's own statement." },
                    new SchemaField { Key = "modality", Type = SchemaFieldType.Word, Words = ClaimModalities, Doc = "How the text presents the event, in the claims' words (asserted, reported, expected…); absent when not stated." },
                    new SchemaField { Key = "factuality", Type = SchemaFieldType.Records, Items = FactualityItem, Doc = "How certain each source holds the event (FactBank: value and polarity per holder), one item per source; see \"Modality and factuality\" in docs/schema.md." },
                    Description(),
                    Evidence(doc: "The quotes the event rests on."),
                },
            },
        };

        public static readonly SchemaKind Relation = new SchemaKind
        {
            Name = "relation",
            Section = "relations",
            Doc = "Offices, roles, memberships, kinship, alliances, support…",
            RecordTypes = new[] { "Relation" },
            Record = new SchemaRecord
            {
                Singular = "a relation",
                Fields = new[]
                {
                    Id("The relation's id, unique across the dataset."),
                    new SchemaField { Key = "subject", Type = SchemaFieldType.Reference, RefersTo = new[] { "entity" }, Required = true, Doc = "The entity the relation is about." },
                    new SchemaField { Key = "predicate", Type = SchemaFieldType.Word, Words = RelationPredicates, Required = true, Doc = "What the relation says of its subject and object." },
                    new SchemaField { Key = "role", Type = SchemaFieldType.Text, Doc = "A qualifier: the office, the kin (\"father\"), the role." },
                    new SchemaField { Key = "object", Type = SchemaFieldType.Reference, RefersTo = new[] { "entity" }, Required = true, Doc = "The other entity." },
                    Date("start", "When it began to hold, as far as known."),
                    Date("end", "When it stopped holding; never before the start."),
                    new SchemaField { Key = "holders", Type = SchemaFieldType.References, RefersTo = new[] { "entity" }, Doc = "Who the article attributes the relation to (\"according to Ushakov\"): entity ids; none when it is the article's own statement." },
                    new SchemaField { Key = "modality", Type = SchemaFieldType.Word, Words = ClaimModalities, Doc = "How the text presents the relation, in the claims' words (asserted, reported, expected…); absent when not stated." },
                    new SchemaField { Key = "factuality", Type = SchemaFieldType.Records, Items = FactualityItem, Doc = "How certain each source holds the relation (FactBank: value and polarity per holder), one item per source; see \"Modality and factuality\" in docs/schema.md." },
                    Description(),
                    Evidence(doc: "The quotes the relation rests on."),
                },
            },
        };

        public static readonly SchemaKind Statement = new SchemaKind
        {
            Name = "statement",
            Section = "statements",
            Doc = "Direct quotes, each with its renderings per language.",
            RecordTypes = new[] { "Statement" },
            Record = new SchemaRecord
            {
                Singular = "a statement",
                Fields = new[]
                {
                    Id("The statement's id, unique across the dataset."),
                    new SchemaField { Key = "speaker", Type = SchemaFieldType.Reference, RefersTo = new[] { "entity" }, Required = true, Doc = "Who said it: an entity id." },
                    new SchemaField { Key = "event", Type = SchemaFieldType.Reference, RefersTo = new[] { "event" }, Member = "Occasion", Doc = "The occasion: an event id." },
                    Date("date", "When it was said."),
                    new SchemaField { Key = "renderings", Type = SchemaFieldType.Records, Items = Rendering, Required = true, NonEmpty = true, Doc = "The quote as each article renders it, in its language: each rendering is its own evidence." },
                    Description(),
                    Evidence(required: false, doc: "The sentences that attribute the quote, besides the renderings."),
                },
            },
        };

        public static readonly SchemaKind Claim = new SchemaKind
        {
            Name = "claim",
            Section = "claims",
            Doc = "Accusations, denials, expectations, assessments.",
            RecordTypes = new[] { "Claim" },
            Record = new SchemaRecord
            {
                Singular = "a claim",
                Fields = new[]
                {
                    Id("The claim's id, unique across the dataset."),
                    new SchemaField { Key = "text", Type = SchemaFieldType.Text, Required = true, Doc = "What is claimed." },
                    new SchemaField { Key = "modality", Type = SchemaFieldType.Word, Words = ClaimModalities, Required = true, Doc = "How it is held." },
                    new SchemaField { Key = "holders", Type = SchemaFieldType.References, RefersTo = new[] { "entity" }, Doc = "Who holds the claim: entity ids." },
                    new SchemaField { Key = "about", Type = SchemaFieldType.References, RefersTo = new[] { "entity" }, Doc = "Whom or what it is about: entity ids." },
                    new SchemaField { Key = "factuality", Type = SchemaFieldType.Records, Items = FactualityItem, Doc = "How certain each source holds the claim (FactBank: value and polarity per holder), one item per source; see \"Modality and factuality\" in docs/schema.md." },
                    Description(),
                    Evidence(doc: "The quotes the claim rests on."),
                },
            },
        };

        public static readonly SchemaKind Discrepancy = new SchemaKind
        {
            Name = "discrepancy",
            Section = "discrepancies",
            Doc = "Where articles disagree with each other or are plainly wrong.",
            RecordTypes = new[] { "Discrepancy" },
            Record = new SchemaRecord
            {
                Singular = "a discrepancy",
                Fields = new[]
                {
                    Id("The discrepancy's id, unique across the dataset."),
                    new SchemaField { Key = "kind", Type = SchemaFieldType.Word, Words = DiscrepancyKinds, Required = true, Member = "DiscrepancyKind", Doc = "What sort of discrepancy." },
                    Description("What is wrong or disputed."),
                    new SchemaField { Key = "reading", Type = SchemaFieldType.Text, Required = true, Doc = "Which reading the dataset takes, and why." },
                    new SchemaField { Key = "readings", Type = SchemaFieldType.Records, Items = ReadingItem, Doc = "The competing readings, each ranked preferred, normal or deprecated (as Wikidata ranks statements), with the documents that give it and its own evidence." },
                    new SchemaField { Key = "about", Type = SchemaFieldType.References, RefersTo = new[] { "fact" }, Doc = "The ids of the facts it concerns (any kind)." },
                    Evidence(doc: "One quote per document involved."),
                },
            },
        };

        /// <summary>Every built-in kind, in the order of the sections of a facts file.</summary>
        public static readonly IReadOnlyList<SchemaKind> Kinds = new[] { Document, Entity, Event, Relation, Statement, Claim, Discrepancy };

        /// <summary>The top-level keys of a facts file: the version, the declared kinds, then the sections of the built-in kinds.</summary>
        public static readonly SchemaRecord FactsFile = new SchemaRecord
        {
            Singular = "the file",
            Fields = new[]
            {
                new SchemaField { Key = "schema", Type = SchemaFieldType.Word, Words = Versions, Required = true, Doc = "The schema version: 1, the only one so far." },
                new SchemaField { Key = "kinds", Type = SchemaFieldType.Records, Items = KindDeclaration, Doc = "Kinds of record the file declares; each one's records stand in the section named by its plural." },
                Section(Document),
                Section(Entity),
                Section(Event),
                Section(Relation),
                Section(Statement),
                Section(Claim),
                Section(Discrepancy),
            },
        };

        /// <summary>The fields every record of a declared kind has, before its own.</summary>
        public static readonly IReadOnlyList<SchemaField> DeclaredKindCommonFields = new[]
        {
            Id("The record's id, unique across the dataset."),
            Names(required: false),
            new SchemaField { Key = "aliases", Type = SchemaFieldType.TextList, Doc = "Other surface forms met in the corpus." },
            Description(),
            Evidence(),
        };

        private static SchemaField Section(SchemaKind kind) =>
            new SchemaField { Key = kind.Section, Type = SchemaFieldType.Records, Items = kind.Record, Doc = kind.Doc };
    }
}
