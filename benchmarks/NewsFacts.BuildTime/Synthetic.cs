using System.Globalization;
using System.Text;

namespace NewsFacts.BuildTime;

/// <summary>
/// Writes a synthetic, valid facts file of a given number of facts, in the proportions of the real
/// facts.yaml (68 entities, 40 events, 47 relations, 28 statements, 42 claims, 38 discrepancies for
/// 5 documents; evidence per record and quote lengths as measured there). Deterministic: fixed seed.
/// </summary>
internal static class Synthetic
{
    // Measured on facts.yaml (see docs/performance.md): records per 263 facts and evidence items per record.
    private const double Entities = 68, Events = 40, Relations = 47, Statements = 28, Claims = 42, Discrepancies = 38, AllFacts = 263, Documents = 5;

    private static readonly string[] Syllables = { "ka", "lo", "mi", "ra", "ve", "to", "su", "ne", "di", "po", "ba", "ge", "ri", "sa", "vu", "le", "mo", "ta", "ni", "zo" };
    private static readonly string[] FirstNames = { "Anna", "Ivan", "Marie", "Sergei", "Jean", "Olga", "Pierre", "Kim", "Lee", "Park", "Elena", "Dmitri", "Claire", "Yuri", "Sofia", "Hugo" };
    private static readonly string[] EntityKinds = { "person", "organization", "place", "group", "country" };
    private static readonly int[] EntityKindWeights = { 16, 18, 14, 10, 10 };
    private static readonly string[] KindSuffixEn = { "", "Institute", "City", "Supporters", "Republic" };
    private static readonly string[] KindSuffixFr = { "", "Institut", "Ville", "Partisans", "République" };
    private static readonly string[] EventKinds = { "visit", "state-visit", "meeting", "signing", "statement", "talks", "war", "sanctions", "launch", "warrant", "veto", "concert", "briefing" };
    private static readonly string[] Statuses = { "occurred", "expected", "ongoing" };
    private static readonly string[] Predicates = { "office", "role", "membership", "affiliation", "kinship", "alliance", "support", "partnership", "opposition", "location" };
    private static readonly string[] Modalities = { "asserted", "reported", "denied", "expected", "hypothetical" };
    private static readonly string[] DiscrepancyKinds = { "disagreement", "typo", "mistranslation", "error" };
    private static readonly string[] Words =
    {
        "the", "president", "visit", "will", "be", "in", "on", "Tuesday", "and", "Wednesday", "an", "exceptional", "agreement",
        "strategic", "partnership", "could", "signed", "between", "two", "countries", "whose", "alliance", "West", "perceives",
        "threat", "le", "président", "russe", "est", "attendu", "pour", "une", "visite", "d’État", "exceptionnelle", "mardi",
        "mercredi", "juin", "Corée", "du", "Nord", "accord", "munitions", "sanctions", "Kremlin", "déclarations", "selon", "leader",
        "minister", "foreign", "affaires", "étrangères", "délégation", "accompagné", "concert", "honneur", "press", "statements",
    };

    public static string Write(string path, int facts, int seed = 20240618)
    {
        var random = new Random(seed);
        int entities = (int)Math.Round(facts * Entities / AllFacts);
        int events = (int)Math.Round(facts * Events / AllFacts);
        int relations = (int)Math.Round(facts * Relations / AllFacts);
        int statements = (int)Math.Round(facts * Statements / AllFacts);
        int claims = (int)Math.Round(facts * Claims / AllFacts);
        int discrepancies = facts - entities - events - relations - statements - claims;
        int documents = Math.Max(5, (int)Math.Round(facts * Documents / AllFacts));

        var docIds = new string[documents];
        var entityIds = new string[entities];
        var entityKinds = new int[entities];
        var eventIds = new string[events];
        var places = new List<string>();
        var persons = new List<string>();

        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        w.WriteLine($"# Synthetic NewsFacts dataset: {facts} facts in the proportions of facts.yaml (benchmarks/NewsFacts.BuildTime, seed {seed}).");
        w.WriteLine("schema: 1");

        w.WriteLine("documents:");
        for (int i = 0; i < documents; i++)
        {
            docIds[i] = $"{i:D6}_{random.NextInt64():x16}";
            w.WriteLine($"  - id: \"{docIds[i]}\"");
            w.WriteLine($"    language: \"{(i % 5 == 0 ? "en" : "fr")}\"");
            w.WriteLine($"    title: \"{Sentence(random, 60, 200)}\"");
            w.WriteLine($"    published: \"{Date(random)}\"");
            if (random.Next(2) == 0)
            {
                w.WriteLine($"    publishedNote: \"{Sentence(random, 100, 400)}\"");
            }

            w.WriteLine($"    sha256: \"{random.NextInt64():x16}{random.NextInt64():x16}{random.NextInt64():x16}{random.NextInt64():x16}\"");
        }

        w.WriteLine("entities:");
        for (int i = 0; i < entities; i++)
        {
            int kind = Weighted(random, EntityKindWeights);
            string surname = Surname(i);
            string en = kind == 0 ? $"{FirstNames[i % FirstNames.Length]} {surname}" : $"{surname} {KindSuffixEn[kind]}";
            string fr = kind == 0 ? $"{FirstNames[i % FirstNames.Length]} {surname}é" : $"{KindSuffixFr[kind]} {surname}";
            string id = Slug(en);
            entityIds[i] = id;
            entityKinds[i] = kind;
            if (kind == 2)
            {
                places.Add(id);
            }
            else if (kind == 0)
            {
                persons.Add(id);
            }

            w.WriteLine($"  - id: \"{id}\"");
            w.WriteLine($"    kind: \"{EntityKinds[kind]}\"");
            w.WriteLine("    names:");
            w.WriteLine($"      en: \"{en}\"");
            w.WriteLine($"      fr: \"{fr}\"");
            if (i % 7 == 0)
            {
                w.WriteLine($"      ru: \"{Cyrillic(surname)}\"");
            }

            // 1.65 aliases per entity, one misspelling per 9 entities, as in facts.yaml.
            var aliases = new List<string> { surname };
            if (random.NextDouble() < 0.65)
            {
                aliases.Add(kind == 0 ? $"M. {surname}" : $"the {surname} {KindSuffixEn[kind]}".TrimEnd());
            }

            w.WriteLine($"    aliases: [{string.Join(", ", aliases.Select(a => $"\"{a}\""))}]");
            if (i % 9 == 0)
            {
                w.WriteLine($"    misspellings: [\"{surname.Insert(1, "hh")}\"]");
            }

            w.WriteLine($"    description: \"{Sentence(random, 40, 200)}\"");
            Evidence(w, random, docIds, 2.25);
        }

        w.WriteLine("events:");
        for (int i = 0; i < events; i++)
        {
            string kind = EventKinds[random.Next(EventKinds.Length)];
            eventIds[i] = $"{kind}-{entityIds[random.Next(entities)]}-{i:D6}";
            (string start, string? end) = Span(random);
            w.WriteLine($"  - id: \"{eventIds[i]}\"");
            w.WriteLine($"    kind: \"{kind}\"");
            w.WriteLine($"    status: \"{Statuses[random.Next(Statuses.Length)]}\"");
            w.WriteLine("    names:");
            w.WriteLine($"      en: \"{Sentence(random, 20, 60)}\"");
            w.WriteLine($"      fr: \"{Sentence(random, 20, 60)}\"");
            w.WriteLine($"    start: \"{start}\"");
            if (end is not null)
            {
                w.WriteLine($"    end: \"{end}\"");
            }

            if (random.Next(3) == 0)
            {
                w.WriteLine($"    dateWording: \"{Sentence(random, 10, 40)}\"");
                w.WriteLine($"    dateNote: \"{Sentence(random, 60, 250)}\"");
            }

            if (places.Count > 0 && random.Next(4) != 0)
            {
                w.WriteLine($"    place: \"{places[random.Next(places.Count)]}\"");
            }

            w.WriteLine($"    participants: [{string.Join(", ", Pick(random, entityIds, 1, 5).Select(p => $"\"{p}\""))}]");
            w.WriteLine($"    description: \"{Sentence(random, 60, 250)}\"");
            Evidence(w, random, docIds, 2.6);
        }

        w.WriteLine("relations:");
        for (int i = 0; i < relations; i++)
        {
            string predicate = Predicates[random.Next(Predicates.Length)];
            string subject = entityIds[random.Next(entities)];
            w.WriteLine($"  - id: \"{subject}-{predicate}-{i:D6}\"");
            w.WriteLine($"    subject: \"{subject}\"");
            w.WriteLine($"    predicate: \"{predicate}\"");
            if (random.Next(2) == 0)
            {
                w.WriteLine($"    role: \"{Sentence(random, 5, 25)}\"");
            }

            w.WriteLine($"    object: \"{entityIds[random.Next(entities)]}\"");
            if (random.Next(4) == 0)
            {
                w.WriteLine($"    start: \"{random.Next(1990, 2024)}\"");
            }

            if (random.Next(8) == 0)
            {
                w.WriteLine($"    description: \"{Sentence(random, 60, 250)}\"");
            }

            Evidence(w, random, docIds, 1.89);
        }

        w.WriteLine("statements:");
        for (int i = 0; i < statements; i++)
        {
            string speaker = persons.Count > 0 ? persons[random.Next(persons.Count)] : entityIds[random.Next(entities)];
            w.WriteLine($"  - id: \"{speaker}-says-{i:D6}\"");
            w.WriteLine($"    speaker: \"{speaker}\"");
            if (events > 0 && random.Next(4) != 0)
            {
                w.WriteLine($"    event: \"{eventIds[random.Next(events)]}\"");
            }

            w.WriteLine($"    date: \"{Date(random)}\"");
            if (random.Next(3) == 0)
            {
                w.WriteLine($"    description: \"{Sentence(random, 60, 200)}\"");
            }

            // 46 renderings for 28 statements in facts.yaml: 1.64 each, ~87 characters.
            w.WriteLine("    renderings:");
            int renderings = random.NextDouble() < 0.64 ? 2 : 1;
            for (int r = 0; r < renderings; r++)
            {
                w.WriteLine($"      - language: \"{(r == 0 ? "en" : "fr")}\"");
                w.WriteLine($"        document: \"{docIds[random.Next(documents)]}\"");
                w.WriteLine($"        text: \"{Sentence(random, 15, 160)}\"");
                w.WriteLine($"        start: {random.Next(0, 6000)}");
            }

            Evidence(w, random, docIds, 1.21);
        }

        w.WriteLine("claims:");
        for (int i = 0; i < claims; i++)
        {
            w.WriteLine($"  - id: \"claim-{i:D6}-{entityIds[random.Next(entities)]}\"");
            w.WriteLine($"    text: \"{Sentence(random, 50, 180)}\"");
            w.WriteLine($"    modality: \"{Modalities[random.Next(Modalities.Length)]}\"");
            w.WriteLine($"    holders: [{string.Join(", ", Pick(random, entityIds, 0, 2).Select(p => $"\"{p}\""))}]");
            w.WriteLine($"    about: [{string.Join(", ", Pick(random, entityIds, 1, 3).Select(p => $"\"{p}\""))}]");
            if (random.Next(7) < 2)
            {
                w.WriteLine($"    description: \"{Sentence(random, 60, 200)}\"");
            }

            Evidence(w, random, docIds, 1.74);
        }

        w.WriteLine("discrepancies:");
        for (int i = 0; i < discrepancies; i++)
        {
            w.WriteLine($"  - id: \"discrepancy-{i:D6}\"");
            w.WriteLine($"    kind: \"{DiscrepancyKinds[random.Next(DiscrepancyKinds.Length)]}\"");
            w.WriteLine($"    description: \"{Sentence(random, 80, 250)}\"");
            w.WriteLine($"    reading: \"{Sentence(random, 60, 250)}\"");
            string about = random.Next(2) == 0 || events == 0 ? entityIds[random.Next(entities)] : eventIds[random.Next(events)];
            w.WriteLine($"    about: [\"{about}\"]");
            Evidence(w, random, docIds, 2.13);
        }

        return $"{facts} facts: {documents} documents, {entities} entities, {events} events, {relations} relations, {statements} statements, {claims} claims, {discrepancies} discrepancies";
    }

    private static void Evidence(StreamWriter w, Random random, string[] docIds, double mean)
    {
        // mean items per record: floor(mean) or one more, with the right odds; quotes of 20-160 characters (mean ~80, as measured).
        int count = (int)mean + (random.NextDouble() < mean - (int)mean ? 1 : 0);
        w.WriteLine("    evidence:");
        for (int e = 0; e < count; e++)
        {
            w.WriteLine($"      - document: \"{docIds[random.Next(docIds.Length)]}\"");
            w.WriteLine($"        quote: \"{Sentence(random, 20, 140)}\"");
            w.WriteLine($"        start: {random.Next(0, 6000)}");
        }
    }

    private static string Sentence(Random random, int min, int max)
    {
        int length = random.Next(min, max + 1);
        var b = new StringBuilder(length + 16);
        while (b.Length < length)
        {
            if (b.Length > 0)
            {
                b.Append(' ');
            }

            b.Append(Words[random.Next(Words.Length)]);
        }

        return b.ToString();
    }

    private static string Surname(int index)
    {
        // A bijection from index to three or more syllables, so every name and alias is unique.
        var b = new StringBuilder();
        int n = index;
        for (int s = 0; s < 3 || n > 0; s++)
        {
            b.Append(Syllables[n % Syllables.Length]);
            n /= Syllables.Length;
        }

        b[0] = char.ToUpperInvariant(b[0]);
        return b.ToString();
    }

    private static string Cyrillic(string latin)
    {
        const string from = "abdegiklmnoprstuvz", to = "абдегиклмнопрстувз";
        var b = new StringBuilder(latin.Length);
        foreach (char c in latin.ToLowerInvariant())
        {
            int i = from.IndexOf(c, StringComparison.Ordinal);
            b.Append(i < 0 ? c : to[i]);
        }

        b[0] = char.ToUpperInvariant(b[0]);
        return b.ToString();
    }

    private static string Slug(string name) =>
        new string(name.ToLowerInvariant().Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-').ToArray());

    private static string Date(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"{random.Next(2000, 2025)}-{random.Next(1, 13):D2}-{random.Next(1, 29):D2}");

    private static (string Start, string? End) Span(Random random)
    {
        int year = random.Next(2000, 2025), month = random.Next(1, 13), day = random.Next(1, 25);
        string start = string.Create(CultureInfo.InvariantCulture, $"{year}-{month:D2}-{day:D2}");
        return (start, random.Next(3) == 0 ? string.Create(CultureInfo.InvariantCulture, $"{year}-{month:D2}-{day + random.Next(1, 4):D2}") : null);
    }

    private static int Weighted(Random random, int[] weights)
    {
        int roll = random.Next(weights.Sum());
        for (int i = 0; i < weights.Length; i++)
        {
            if ((roll -= weights[i]) < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static IEnumerable<string> Pick(Random random, string[] from, int min, int max)
    {
        int count = random.Next(min, max + 1);
        var picked = new HashSet<string>(StringComparer.Ordinal);
        while (picked.Count < Math.Min(count, from.Length))
        {
            picked.Add(from[random.Next(from.Length)]);
        }

        return picked;
    }
}
