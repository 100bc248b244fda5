namespace NewsFacts.Tests.Infrastructure;

/// <summary>Small hand-written facts files for generator tests (their own tiny corpus, not the real one).</summary>
internal static class TestYaml
{
    public const string Small = """
        schema: 1
        documents:
          - id: doc-1
            language: en
            title: "A visit"
            published: 2024-06-17
        entities:
          - id: ada-lovelace
            kind: person
            names: { en: Ada Lovelace, fr: Ada Lovelace }
            aliases: [Lady Lovelace, "Ada King"]
            misspellings: [Ada Lovelase]
            description: A mathematician.
            evidence:
              - { document: doc-1, quote: "Ada Lovelace visited", start: 0 }
          - id: london
            kind: place
            names: { en: London, fr: Londres }
            evidence:
              - { document: doc-1, quote: "London", start: 25 }
          - id: united-kingdom
            kind: country
            names: { en: United Kingdom, fr: Royaume-Uni }
            iso: GB
            evidence:
              - { document: doc-1, quote: "London", start: 25 }
        events:
          - id: ada-visits-london
            kind: visit
            status: occurred
            names: { en: Ada visits London }
            start: 2024-06-18
            end: 2024-06-19
            dateWording: "on Tuesday"
            dateNote: "Tuesday after the article's Monday (inferred)"
            place: london
            participants: [ada-lovelace]
            evidence:
              - { document: doc-1, quote: "Ada Lovelace visited", start: 0 }
        relations:
          - id: london-in-united-kingdom
            subject: london
            predicate: location
            role: capital
            object: united-kingdom
            evidence:
              - { document: doc-1, quote: "London", start: 25 }
        statements:
          - id: ada-on-engines
            speaker: ada-lovelace
            event: ada-visits-london
            date: 2024-06-18
            renderings:
              - { language: en, document: doc-1, text: "The engine weaves patterns", start: 40 }
        claims:
          - id: engine-can-compose
            text: The engine could compose music.
            modality: hypothetical
            holders: [ada-lovelace]
            about: [ada-lovelace]
            evidence:
              - { document: doc-1, quote: "compose", start: 70 }
        discrepancies:
          - id: lovelase-typo
            kind: typo
            description: The name is misspelt once.
            reading: Read as Ada Lovelace.
            about: [ada-lovelace]
            evidence:
              - { document: doc-1, quote: "Lovelase", start: 90 }
        """;

    /// <summary>A minimal valid file with one person, to which a test adds a broken line.</summary>
    public static string WithEntity(string entityYaml) => $"""
        schema: 1
        documents:
          - id: doc-1
            language: en
            title: "A doc"
        entities:
        {entityYaml}
        """;
}
