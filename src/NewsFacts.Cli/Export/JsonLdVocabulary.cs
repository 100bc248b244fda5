using System.Collections.Generic;
using System.Linq;

namespace NewsFacts.Cli.Export;

/// <summary>
/// The terms of the JSON-LD export (docs/schema.md, "JSON-LD export"): the inline <c>@context</c>, the schema.org
/// class of each entity, and which property states each relation. Every choice here keeps a property within its
/// schema.org domain and range; where schema.org has no such property, the NewsFacts predicate is the property.
/// </summary>
public static class JsonLdVocabulary
{
    /// <summary>The prefix of every node id.</summary>
    public const string IdPrefix = "urn:newsfacts:";

    /// <summary>The namespace of the properties schema.org lacks: <c>nf:alliance</c> is <c>urn:newsfacts:predicate:alliance</c>.</summary>
    public const string PredicateNamespace = IdPrefix + "predicate:";

    /// <summary>
    /// The context, written inline so that no processor needs the network. The vocabulary is schema.org's, as
    /// <c>http://schema.org/</c> (the IRIs of schema.org's own JSON-LD context); Web Annotation and PROV terms
    /// are mapped by name, with the coercions of their W3C contexts.
    /// </summary>
    public static IReadOnlyList<(string Term, object Definition)> Context { get; } = new (string, object)[]
    {
        ("@vocab", "http://schema.org/"),
        ("schema", "http://schema.org/"),
        ("oa", "http://www.w3.org/ns/oa#"),
        ("prov", "http://www.w3.org/ns/prov#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
        ("nf", PredicateNamespace),
        ("wikibase", WikibaseNamespace),

        // schema.org: values that are IRIs, not text.
        ("additionalType", new Dictionary<string, string> { ["@type"] = "@id" }),
        ("eventStatus", new Dictionary<string, string> { ["@type"] = "@vocab" }),

        // Web Annotation: the annotation's body is the fact, written from the fact's side.
        ("evidence", new Dictionary<string, string> { ["@reverse"] = "oa:hasBody", ["@container"] = "@set" }),
        ("motivation", new Dictionary<string, string> { ["@id"] = "oa:motivatedBy", ["@type"] = "@id" }),
        ("target", new Dictionary<string, string> { ["@id"] = "oa:hasTarget", ["@type"] = "@id" }),
        ("source", new Dictionary<string, string> { ["@id"] = "oa:hasSource", ["@type"] = "@id" }),
        ("selector", new Dictionary<string, string> { ["@id"] = "oa:hasSelector", ["@type"] = "@id" }),
        ("exact", "oa:exact"),
        ("prefix", "oa:prefix"),
        ("suffix", "oa:suffix"),
        ("start", new Dictionary<string, string> { ["@id"] = "oa:start", ["@type"] = "xsd:nonNegativeInteger" }),
        ("end", new Dictionary<string, string> { ["@id"] = "oa:end", ["@type"] = "xsd:nonNegativeInteger" }),

        // NewsFacts' own properties (a fact's factuality items, a discrepancy's readings and their documents), and
        // Wikibase's rank, whose values are IRIs of its ranks.
        ("factuality", new Dictionary<string, string> { ["@id"] = "nf:factuality", ["@container"] = "@set" }),
        ("readings", new Dictionary<string, string> { ["@id"] = "nf:reading", ["@container"] = "@set" }),
        ("documents", new Dictionary<string, string> { ["@id"] = "nf:documents", ["@type"] = "@id" }),
        ("rank", new Dictionary<string, string> { ["@id"] = "wikibase:rank", ["@type"] = "@id" }),

        // PROV-O.
        ("wasDerivedFrom", new Dictionary<string, string> { ["@id"] = "prov:wasDerivedFrom", ["@type"] = "@id" }),
        ("wasAttributedTo", new Dictionary<string, string> { ["@id"] = "prov:wasAttributedTo", ["@type"] = "@id" }),
    };

    /// <summary>The Wikibase ontology, whose ranks rank a discrepancy's readings (<c>wikibase:PreferredRank</c>).</summary>
    public const string WikibaseNamespace = "http://wikiba.se/ontology#";

    /// <summary>The class of a factuality item: how certain one source holds a fact (FactBank); a schema.org Intangible.</summary>
    public const string FactualityType = IdPrefix + "Factuality";

    /// <summary>The class of one of a discrepancy's readings; a schema.org Intangible, and a Wikibase statement for its rank.</summary>
    public const string ReadingType = IdPrefix + "Reading";

    /// <summary>The IRI of a factuality value: <c>urn:newsfacts:factuality:certain</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The IRI.</returns>
    public static string FactualityValueIri(FactualityValue value) => IdPrefix + "factuality:" + value.ToString().ToLowerInvariant();

    /// <summary>The IRI of a factuality polarity: <c>urn:newsfacts:polarity:negative</c>.</summary>
    /// <param name="polarity">The polarity.</param>
    /// <returns>The IRI.</returns>
    public static string FactualityPolarityIri(FactualityPolarity polarity) => IdPrefix + "polarity:" + polarity.ToString().ToLowerInvariant();

    /// <summary>Wikibase's IRI of a rank: <c>http://wikiba.se/ontology#PreferredRank</c>.</summary>
    /// <param name="rank">The rank.</param>
    /// <returns>The IRI.</returns>
    public static string RankIri(ReadingRank rank) => WikibaseNamespace + rank + "Rank";

    /// <summary>
    /// The prefix of the property of a field no term of this vocabulary states: a field of a kind a dataset declares,
    /// or one added to the description of a built-in kind before a term is chosen for it. <c>range-km</c> is
    /// <c>urn:newsfacts:field:range-km</c>, an absolute IRI that any JSON-LD processor keeps as it is.
    /// </summary>
    public const string FieldNamespace = IdPrefix + "field:";

    /// <summary>
    /// The fields of each kind that the export states in schema.org, Web Annotation or PROV terms, by key, with the
    /// term (several where the value decides), or null for a field left out on purpose. Every other field of a
    /// record is written under <see cref="FieldNamespace"/> (<see cref="FieldProperty"/>), so no field is lost.
    /// The kind <c>*</c> stands for every kind a dataset declares: the fields every such fact has.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> FieldTerms { get; } = new Dictionary<string, IReadOnlyDictionary<string, string?>>
    {
        ["document"] = new Dictionary<string, string?>
        {
            ["id"] = "@id", ["language"] = "inLanguage", ["title"] = "headline", ["published"] = "datePublished", ["outlet"] = "publisher", ["sha256"] = "identifier",

            // How the date was derived: a note for readers of the dataset, not a statement about the article.
            ["publishedNote"] = null,
        },
        ["entity"] = new Dictionary<string, string?>
        {
            ["id"] = "@id", ["kind"] = "@type", ["names"] = "name", ["aliases"] = "alternateName", ["misspellings"] = "alternateName",
            ["iso"] = "identifier", ["description"] = "description", ["evidence"] = "evidence",

            // About the dataset's name lookup, not about the entity.
            ["ambiguous"] = null,
        },
        ["event"] = new Dictionary<string, string?>
        {
            ["id"] = "@id", ["kind"] = "additionalType", ["status"] = "additionalType eventStatus", ["names"] = "name", ["start"] = "startDate", ["end"] = "endDate",
            ["place"] = "location", ["participants"] = "attendee about",
            ["holders"] = "wasAttributedTo", ["modality"] = "additionalType", ["factuality"] = "factuality", ["description"] = "description", ["evidence"] = "evidence",

            // The article's wording and how the date was resolved from it: notes for readers of the dataset.
            ["dateWording"] = null, ["dateNote"] = null,
        },
        ["relation"] = new Dictionary<string, string?>
        {
            ["id"] = "@id", ["subject"] = "(the Role is on the subject)", ["predicate"] = "additionalType", ["role"] = "roleName", ["object"] = "(the mapping's property)",
            ["start"] = "startDate", ["end"] = "endDate", ["holders"] = "wasAttributedTo", ["modality"] = "additionalType", ["factuality"] = "factuality", ["description"] = "description", ["evidence"] = "evidence",
        },
        ["statement"] = new Dictionary<string, string?>
        {
            ["id"] = "@id", ["speaker"] = "creator wasAttributedTo", ["event"] = "recordedAt", ["date"] = "dateCreated", ["renderings"] = "text inLanguage",
            ["description"] = "description", ["evidence"] = "evidence",
        },
        ["claim"] = new Dictionary<string, string?>
        {
            ["id"] = "@id", ["text"] = "text", ["modality"] = "additionalType", ["holders"] = "author wasAttributedTo", ["about"] = "about",
            ["factuality"] = "factuality", ["description"] = "description", ["evidence"] = "evidence",
        },
        ["discrepancy"] = new Dictionary<string, string?>
        {
            ["id"] = "@id", ["kind"] = "additionalType", ["reading"] = "text", ["readings"] = "readings", ["about"] = "about", ["description"] = "description", ["evidence"] = "evidence",
        },
        ["*"] = new Dictionary<string, string?>
        {
            ["id"] = "@id", ["names"] = "name", ["aliases"] = "alternateName", ["description"] = "description", ["evidence"] = "evidence",
        },
    };

    /// <summary>Whether the export states a field of a kind in its own terms (or leaves it out on purpose).</summary>
    /// <param name="kind">The kind: <c>event</c>; a declared kind's name.</param>
    /// <param name="key">The field's key.</param>
    /// <returns>True when <see cref="FieldTerms"/> has the field.</returns>
    public static bool IsStated(string kind, string key) =>
        (FieldTerms.TryGetValue(kind, out IReadOnlyDictionary<string, string?>? terms) || FieldTerms.TryGetValue("*", out terms)) && terms.ContainsKey(key);

    /// <summary>The property of a field <see cref="FieldTerms"/> does not state.</summary>
    /// <param name="key">The field's key.</param>
    /// <returns>The property, an absolute IRI.</returns>
    public static string FieldProperty(string key) => FieldNamespace + key;

    /// <summary>The schema.org class of an entity, as far as a property's domain or range is concerned.</summary>
    public enum EntityClass
    {
        /// <summary>A Person.</summary>
        Person,

        /// <summary>An Organization: organizations, and groups (schema.org has no collective-actor type).</summary>
        Organization,

        /// <summary>A Country, which schema.org makes a Place (an AdministrativeArea), not an Organization.</summary>
        Country,

        /// <summary>Any other Place.</summary>
        Place,
    }

    /// <summary>The schema.org class of an entity.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>Its class.</returns>
    public static EntityClass ClassOf(Entity entity) => entity switch
    {
        Person => EntityClass.Person,
        Country => EntityClass.Country,
        Place => EntityClass.Place,
        _ => EntityClass.Organization,
    };

    /// <summary>The schema.org type an entity is written as.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>The type name.</returns>
    public static string TypeOf(Entity entity) => ClassOf(entity) switch
    {
        EntityClass.Person => "Person",
        EntityClass.Country => "Country",
        EntityClass.Place => "Place",
        _ => "Organization",
    };

    /// <summary>
    /// Whether schema.org's agent properties (attendee, author, creator: Organization or Person) accept the
    /// entity. A country is a Place in schema.org, so it takes part through other properties.
    /// </summary>
    /// <param name="entity">The entity.</param>
    /// <returns>True for people, organizations and groups.</returns>
    public static bool IsAgent(Entity entity) => ClassOf(entity) is EntityClass.Person or EntityClass.Organization;

    /// <summary>Which property states a relation (written in the schema.org Role pattern on the subject).</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>The mapping: the first row that fits, else the NewsFacts predicate.</returns>
    public static RelationMapping MappingOf(Relation relation)
    {
        EntityClass subject = ClassOf(relation.Subject);
        EntityClass @object = ClassOf(relation.Object);
        return RelationMappings.FirstOrDefault(m => m.Predicates.Contains(relation.Predicate) && m.Subjects.Contains(subject) && m.Objects.Contains(@object))
            ?? new RelationMapping(new[] { relation.Predicate }, AllClasses, AllClasses, "nf:" + PredicateName(relation.Predicate), "Role", RelationShape.Direct);
    }

    /// <summary>The predicate as written in the YAML and in ids: <c>office</c>, <c>alliance</c>.</summary>
    /// <param name="predicate">The predicate.</param>
    /// <returns>Its lower-case name.</returns>
    public static string PredicateName(RelationPredicate predicate) => predicate.ToString().ToLowerInvariant();

    private static readonly EntityClass[] AllClasses = { EntityClass.Person, EntityClass.Organization, EntityClass.Country, EntityClass.Place };

    private static readonly RelationPredicate[] Belonging = { RelationPredicate.Office, RelationPredicate.Role, RelationPredicate.Membership, RelationPredicate.Affiliation };

    /// <summary>
    /// The relations schema.org can state, each with a property whose domain takes the subject and whose range
    /// takes the object (https://schema.org/memberOf, /colleague, /hasOccupation, /relatedTo, /containedInPlace,
    /// /location, /homeLocation). Alliance, partnership, support and opposition have no schema.org property; nor
    /// has a country's membership of an organization, or an organization's tie to a country.
    /// </summary>
    private static readonly RelationMapping[] RelationMappings =
    {
        new(Belonging, new[] { EntityClass.Person, EntityClass.Organization }, new[] { EntityClass.Organization }, "memberOf", "OrganizationRole", RelationShape.Direct),
        new(Belonging, new[] { EntityClass.Person }, new[] { EntityClass.Person }, "colleague", "Role", RelationShape.Direct),
        new(Belonging, new[] { EntityClass.Person }, new[] { EntityClass.Country }, "hasOccupation", "Role", RelationShape.OccupationIn),
        new(new[] { RelationPredicate.Kinship }, new[] { EntityClass.Person }, new[] { EntityClass.Person }, "relatedTo", "Role", RelationShape.Direct),
        new(new[] { RelationPredicate.Location }, new[] { EntityClass.Country, EntityClass.Place }, new[] { EntityClass.Country, EntityClass.Place }, "containedInPlace", "Role", RelationShape.Direct),
        new(new[] { RelationPredicate.Location }, new[] { EntityClass.Organization }, new[] { EntityClass.Country, EntityClass.Place }, "location", "Role", RelationShape.Direct),
        new(new[] { RelationPredicate.Location }, new[] { EntityClass.Person }, new[] { EntityClass.Country, EntityClass.Place }, "homeLocation", "Role", RelationShape.Direct),
    };
}

/// <summary>How the Role of a relation reaches its object.</summary>
public enum RelationShape
{
    /// <summary>subject —p→ Role —p→ object.</summary>
    Direct,

    /// <summary>
    /// subject —hasOccupation→ Role —hasOccupation→ Occupation (named by the role) —occupationLocation→ object:
    /// an office held in a country.
    /// </summary>
    OccupationIn,
}

/// <summary>One row of the relation table.</summary>
/// <param name="Predicates">The predicates it applies to.</param>
/// <param name="Subjects">The subject classes it applies to.</param>
/// <param name="Objects">The object classes it applies to.</param>
/// <param name="Property">The property (a term of the context).</param>
/// <param name="RoleType">The type of the Role node.</param>
/// <param name="Shape">How the Role reaches the object.</param>
public sealed record RelationMapping(
    IReadOnlyCollection<RelationPredicate> Predicates,
    IReadOnlyCollection<JsonLdVocabulary.EntityClass> Subjects,
    IReadOnlyCollection<JsonLdVocabulary.EntityClass> Objects,
    string Property,
    string RoleType,
    RelationShape Shape);
