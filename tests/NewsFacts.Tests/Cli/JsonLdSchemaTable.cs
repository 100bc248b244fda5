namespace NewsFacts.Tests.Cli;

/// <summary>
/// The domain and range of every property the JSON-LD export may use, each row from its definition (the URL
/// given), and a checker of triples against them. schema.org's domainIncludes/rangeIncludes are read as "one of
/// these types or a subtype"; the schema.org Role pattern (subject —p→ Role —p→ object) is allowed as schema.org
/// documents it (https://schema.org/Role). PROV-O's Entity and Agent are open classes: any node may be one, as long
/// as nothing makes it a prov:Activity too (disjoint with Entity).
/// </summary>
internal static class JsonLdSchemaTable
{
    public const string Schema = "http://schema.org/";
    public const string Oa = "http://www.w3.org/ns/oa#";
    public const string Prov = "http://www.w3.org/ns/prov#";
    public const string NewsFactsPredicate = "urn:newsfacts:predicate:";
    public const string Wikibase = "http://wikiba.se/ontology#";

    // Pseudo-classes of the table: value kinds rather than classes.
    private const string Text = "schema:Text";
    private const string Url = "schema:URL";
    private const string Date = "schema:Date";
    private const string DateTime = "schema:DateTime";
    private const string XsdString = "xsd:string";
    private const string XsdNonNegativeInteger = "xsd:nonNegativeInteger";
    private const string AnyNode = "any node";

    /// <summary>Property (expanded IRI) → domain, range, where they are defined.</summary>
    public static IReadOnlyDictionary<string, (string[] Domain, string[] Range, string Source)> Properties { get; } = new Dictionary<string, (string[], string[], string)>
    {
        [Schema + "about"] = (["schema:CreativeWork", "schema:Event"], ["schema:Thing"], "https://schema.org/about"),
        [Schema + "additionalType"] = (["schema:Thing"], [Text, Url], "https://schema.org/additionalType"),
        [Schema + "alternateName"] = (["schema:Thing"], [Text], "https://schema.org/alternateName"),
        [Schema + "attendee"] = (["schema:Event"], ["schema:Organization", "schema:Person"], "https://schema.org/attendee"),
        [Schema + "author"] = (["schema:CreativeWork"], ["schema:Organization", "schema:Person"], "https://schema.org/author"),
        [Schema + "colleague"] = (["schema:Person"], ["schema:Person", Url], "https://schema.org/colleague"),
        [Schema + "containedInPlace"] = (["schema:Place"], ["schema:Place"], "https://schema.org/containedInPlace"),
        [Schema + "creator"] = (["schema:CreativeWork"], ["schema:Organization", "schema:Person"], "https://schema.org/creator"),
        [Schema + "dateCreated"] = (["schema:CreativeWork"], [Date, DateTime], "https://schema.org/dateCreated"),
        [Schema + "datePublished"] = (["schema:CreativeWork"], [Date, DateTime], "https://schema.org/datePublished"),
        [Schema + "description"] = (["schema:Thing"], [Text], "https://schema.org/description"),
        [Schema + "endDate"] = (["schema:Event", "schema:Role"], [Date, DateTime], "https://schema.org/endDate"),
        [Schema + "eventStatus"] = (["schema:Event"], ["schema:EventStatusType"], "https://schema.org/eventStatus"),
        [Schema + "hasOccupation"] = (["schema:Person"], ["schema:Occupation"], "https://schema.org/hasOccupation"),
        [Schema + "headline"] = (["schema:CreativeWork"], [Text], "https://schema.org/headline"),
        [Schema + "homeLocation"] = (["schema:Person"], ["schema:ContactPoint", "schema:Place"], "https://schema.org/homeLocation"),
        [Schema + "identifier"] = (["schema:Thing"], ["schema:PropertyValue", Text, Url], "https://schema.org/identifier"),
        [Schema + "inLanguage"] = (["schema:CreativeWork", "schema:Event"], ["schema:Language", Text], "https://schema.org/inLanguage"),
        [Schema + "location"] = (["schema:Event", "schema:Organization", "schema:Place"], ["schema:Place", "schema:PostalAddress", Text], "https://schema.org/location"),
        [Schema + "memberOf"] = (["schema:Person", "schema:Organization"], ["schema:Organization", "schema:ProgramMembership"], "https://schema.org/memberOf"),
        [Schema + "name"] = (["schema:Thing"], [Text], "https://schema.org/name"),
        [Schema + "occupationLocation"] = (["schema:Occupation"], ["schema:AdministrativeArea"], "https://schema.org/occupationLocation"),
        [Schema + "propertyID"] = (["schema:PropertyValue"], [Text, Url], "https://schema.org/propertyID"),
        [Schema + "publisher"] = (["schema:CreativeWork"], ["schema:Organization", "schema:Person"], "https://schema.org/publisher"),
        [Schema + "recordedAt"] = (["schema:CreativeWork"], ["schema:Event"], "https://schema.org/recordedAt"),
        [Schema + "relatedTo"] = (["schema:Person"], ["schema:Person"], "https://schema.org/relatedTo"),
        [Schema + "roleName"] = (["schema:Role"], [Text, Url], "https://schema.org/roleName"),
        [Schema + "startDate"] = (["schema:Event", "schema:Role"], [Date, DateTime], "https://schema.org/startDate"),
        [Schema + "text"] = (["schema:CreativeWork"], [Text], "https://schema.org/text"),
        [Schema + "value"] = (["schema:PropertyValue"], [Text], "https://schema.org/value"),

        // W3C Web Annotation vocabulary (https://www.w3.org/TR/annotation-vocab/); the selectors' properties have no
        // rdfs:domain there, so the domain is the class the model defines them on (https://www.w3.org/TR/annotation-model/).
        [Oa + "hasBody"] = (["oa:Annotation"], [AnyNode], "https://www.w3.org/TR/annotation-vocab/#hasbody"),
        [Oa + "hasTarget"] = (["oa:Annotation"], [AnyNode], "https://www.w3.org/TR/annotation-vocab/#hastarget"),
        [Oa + "motivatedBy"] = (["oa:Annotation"], ["oa:Motivation"], "https://www.w3.org/TR/annotation-vocab/#motivatedby"),
        [Oa + "hasSource"] = (["oa:ResourceSelection"], [AnyNode], "https://www.w3.org/TR/annotation-vocab/#hassource"),
        [Oa + "hasSelector"] = (["oa:ResourceSelection"], ["oa:Selector"], "https://www.w3.org/TR/annotation-vocab/#hasselector"),
        [Oa + "exact"] = (["oa:TextQuoteSelector"], [XsdString], "https://www.w3.org/TR/annotation-model/#text-quote-selector"),
        [Oa + "prefix"] = (["oa:TextQuoteSelector"], [XsdString], "https://www.w3.org/TR/annotation-model/#text-quote-selector"),
        [Oa + "suffix"] = (["oa:TextQuoteSelector"], [XsdString], "https://www.w3.org/TR/annotation-model/#text-quote-selector"),
        [Oa + "start"] = (["oa:TextPositionSelector"], [XsdNonNegativeInteger], "https://www.w3.org/TR/annotation-model/#text-position-selector"),
        [Oa + "end"] = (["oa:TextPositionSelector"], [XsdNonNegativeInteger], "https://www.w3.org/TR/annotation-model/#text-position-selector"),

        // PROV-O (https://www.w3.org/TR/prov-o/).
        [Prov + "wasDerivedFrom"] = (["prov:Entity"], ["prov:Entity"], "https://www.w3.org/TR/prov-o/#wasDerivedFrom"),
        [Prov + "wasAttributedTo"] = (["prov:Entity"], ["prov:Agent"], "https://www.w3.org/TR/prov-o/#wasAttributedTo"),

        // The Wikibase ontology (http://wikiba.se/ontology, https://www.mediawiki.org/wiki/Wikibase/Indexing/RDF_Dump_Format#Ranks).
        [Wikibase + "rank"] = ([Wikibase + "Statement"], [Wikibase + "Rank"], "https://www.mediawiki.org/wiki/Wikibase/Indexing/RDF_Dump_Format#Ranks"),
    };

    /// <summary>The NewsFacts predicates used as properties where schema.org has none (docs/schema.md): any node to any node.</summary>
    private static readonly (string[] Domain, string[] Range, string Source) NewsFactsProperty = (["schema:Thing"], ["schema:Thing"], "docs/schema.md#json-ld-export");

    /// <summary>Subclass → superclass, for the classes the export uses.</summary>
    private static readonly Dictionary<string, string> SuperClass = new()
    {
        ["schema:NewsArticle"] = "schema:Article",
        ["schema:Article"] = "schema:CreativeWork",
        ["schema:Quotation"] = "schema:CreativeWork",
        ["schema:Claim"] = "schema:CreativeWork",
        ["schema:Comment"] = "schema:CreativeWork",
        ["schema:CreativeWork"] = "schema:Thing",
        ["schema:Country"] = "schema:AdministrativeArea",
        ["schema:AdministrativeArea"] = "schema:Place",
        ["schema:Place"] = "schema:Thing",
        ["schema:Person"] = "schema:Thing",
        ["schema:Organization"] = "schema:Thing",
        ["schema:Event"] = "schema:Thing",
        ["schema:OrganizationRole"] = "schema:Role",
        ["schema:Role"] = "schema:Intangible",
        ["schema:Occupation"] = "schema:Intangible",
        ["schema:PropertyValue"] = "schema:StructuredValue",
        ["schema:StructuredValue"] = "schema:Intangible",
        ["schema:Intangible"] = "schema:Thing",
        ["oa:SpecificResource"] = "oa:ResourceSelection",
        ["oa:TextQuoteSelector"] = "oa:Selector",
        ["oa:TextPositionSelector"] = "oa:Selector",

        // NewsFacts' own classes (docs/schema.md#json-ld-export): a factuality item and a discrepancy's reading.
        ["urn:newsfacts:Factuality"] = "schema:Intangible",
        ["urn:newsfacts:Reading"] = "schema:Intangible",
    };

    /// <summary>Enumeration members: an IRI that is an instance of a class without a type triple in the export.</summary>
    private static readonly Dictionary<string, string> Instances = new()
    {
        [Schema + "EventScheduled"] = "schema:EventStatusType", // https://schema.org/EventScheduled
        [Oa + "identifying"] = "oa:Motivation", // https://www.w3.org/TR/annotation-vocab/#identifying
        [Wikibase + "PreferredRank"] = Wikibase + "Rank", // https://www.mediawiki.org/wiki/Wikibase/Indexing/RDF_Dump_Format#Ranks
        [Wikibase + "NormalRank"] = Wikibase + "Rank",
        [Wikibase + "DeprecatedRank"] = Wikibase + "Rank",
    };

    /// <summary>The properties of a Role itself; any other property on a Role is the Role pattern's.</summary>
    private static readonly HashSet<string> RoleOwnProperties = [Schema + "roleName", Schema + "startDate", Schema + "endDate"];

    public static (string[] Domain, string[] Range, string Source)? Row(string property) =>
        Properties.TryGetValue(property, out var row) ? row
        : property.StartsWith(NewsFactsPredicate, StringComparison.Ordinal) ? NewsFactsProperty
        : null;

    /// <summary>Every triple that breaks its property's domain or range, or uses a property the table lacks.</summary>
    public static List<string> Violations(IReadOnlyList<Triple> triples)
    {
        var types = triples.Where(t => t.Predicate == Rdf.Type).ToLookup(t => t.Subject, t => Compact(t.Object.Value));
        var byObject = triples.Where(t => t.Object.IsNode).ToLookup(t => (t.Object, t.Predicate));
        var bySubject = triples.ToLookup(t => (t.Subject, t.Predicate));
        IEnumerable<string> ClassesOf(Term node) =>
            types[node].Concat(node.Kind == TermKind.Iri && Instances.TryGetValue(node.Value, out string? c) ? new[] { c } : Array.Empty<string>());
        bool IsRole(Term node) => ClassesOf(node).Any(c => IsA(c, "schema:Role"));

        var violations = new List<string>();
        foreach (Term node in types.Select(g => g.Key).Where(n => ClassesOf(n).Contains("prov:Activity")))
        {
            violations.Add($"{node} is a prov:Activity, disjoint with the prov:Entity that wasDerivedFrom makes it");
        }

        foreach (Triple t in triples.Where(t => t.Predicate != Rdf.Type))
        {
            if (Row(t.Predicate) is not { } row)
            {
                violations.Add($"{t}: <{t.Predicate}> is not in the table");
                continue;
            }

            // Role pattern: x —p→ Role —p→ y. The Role stands in for the subject (domain) and for the value (range).
            bool subjectByRolePattern = IsRole(t.Subject) && !RoleOwnProperties.Contains(t.Predicate)
                && byObject[(t.Subject, t.Predicate)].Any(x => InClasses(ClassesOf(x.Subject), row.Domain));
            if (!subjectByRolePattern && !InClasses(ClassesOf(t.Subject), row.Domain))
            {
                violations.Add($"{t}: subject of [{string.Join(", ", ClassesOf(t.Subject))}] is not in the domain [{string.Join(", ", row.Domain)}] ({row.Source})");
            }

            bool objectByRolePattern = t.Object.IsNode && IsRole(t.Object) && bySubject[(t.Object, t.Predicate)].Any();
            if (!objectByRolePattern && !InRange(t.Object, ClassesOf(t.Object), row.Range))
            {
                violations.Add($"{t}: object of [{string.Join(", ", ClassesOf(t.Object))}] is not in the range [{string.Join(", ", row.Range)}] ({row.Source})");
            }
        }

        return violations;
    }

    private static bool InClasses(IEnumerable<string> classes, string[] allowed) =>
        allowed.Any(a => a is "prov:Entity" or "prov:Agent" or AnyNode) || classes.Any(c => allowed.Any(a => IsA(c, a)));

    private static bool InRange(Term value, IEnumerable<string> classes, string[] range)
    {
        if (value.Kind == TermKind.Literal)
        {
            return range.Any(r => r switch
            {
                Text or XsdString or Date or DateTime => value.Datatype is Xsd.String or Rdf.LangString && (r != XsdString || value.Datatype == Xsd.String),
                XsdNonNegativeInteger => value.Datatype == Xsd.NonNegativeInteger && value.Value.All(char.IsAsciiDigit),
                _ => false,
            });
        }

        return range.Contains(Url) && value.Kind == TermKind.Iri || InClasses(classes, range.Where(r => r is not (Text or Url or Date or DateTime or XsdString or XsdNonNegativeInteger)).ToArray());
    }

    private static bool IsA(string type, string ancestor)
    {
        for (string? t = type; t is not null; t = SuperClass.GetValueOrDefault(t))
        {
            if (t == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static string Compact(string iri) =>
        iri.StartsWith(Schema, StringComparison.Ordinal) ? "schema:" + iri[Schema.Length..]
        : iri.StartsWith(Oa, StringComparison.Ordinal) ? "oa:" + iri[Oa.Length..]
        : iri.StartsWith(Prov, StringComparison.Ordinal) ? "prov:" + iri[Prov.Length..]
        : iri;
}
