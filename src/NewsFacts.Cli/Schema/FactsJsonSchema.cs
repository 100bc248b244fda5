using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsFacts.Internal;

namespace NewsFacts.Cli.Schema;

/// <summary>
/// The JSON Schema (draft-07, the newest the YAML language server of VS Code, Visual Studio and JetBrains reads) of a
/// facts file, made from the description of the built-in kinds (<c>BuiltInSchema</c> in src/Shared): what an editor needs to
/// complete keys and words, show a field's doc on hover, and mark what the generator would report. Written the same
/// bytes every time: definitions, properties and required keys sorted, word lists in their own order, two-space
/// indentation, LF, a final newline.
/// </summary>
public static class FactsJsonSchema
{
    /// <summary>Where the repository keeps the schema, relative to its root.</summary>
    public const string RepositoryPath = "schemas/facts.schema.json";

    /// <summary>The schema's address: the raw file on the repository's main branch, derived from the repository URL.</summary>
    public static string Url { get; } = RawUrl(NewsFacts.Generator.RepositoryInfo.BlobUrl) + RepositoryPath;

    /// <summary>A date as the parser reads it: a year, a month or a day; a plain year is a number in YAML.</summary>
    internal const string DatePattern = "^(?!0000)[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

    private static readonly string[] ScalarTypes = { "string", "number", "boolean" };

    /// <summary>The schema as text.</summary>
    /// <returns>The JSON, LF line ends and a final newline.</returns>
    public static string Text()
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            Build().WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The schema as a JSON object.</summary>
    /// <returns>The root object.</returns>
    public static JsonObject Build()
    {
        var definitions = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        var names = new Dictionary<SchemaRecord, string>
        {
            [BuiltInSchema.EvidenceItem] = "evidenceItem",
            [BuiltInSchema.Rendering] = "rendering",
            [BuiltInSchema.FactualityItem] = "factualityItem",
            [BuiltInSchema.ReadingItem] = "reading",
            [BuiltInSchema.KindDeclaration] = "kindDeclaration",
            [BuiltInSchema.FieldDeclaration] = "fieldDeclaration",
        };
        foreach (SchemaKind kind in BuiltInSchema.Kinds)
        {
            names[kind.Record] = kind.Name;
        }

        foreach ((SchemaRecord record, string name) in names)
        {
            definitions[name] = Record(record, names);
        }

        definitions["declaredRecord"] = DeclaredRecord(names);
        ((JsonObject)definitions["fieldDeclaration"]).Add("if", new JsonObject
        {
            ["properties"] = new JsonObject { ["type"] = new JsonObject { ["enum"] = Array("reference", "references") } },
            ["required"] = Array("type"),
        });
        ((JsonObject)definitions["fieldDeclaration"]).Add("then", new JsonObject { ["required"] = Array("refersTo") });

        JsonObject file = Record(BuiltInSchema.FactsFile, names);
        string builtIn = string.Join("|", BuiltInSchema.FactsFile.Keys());
        const string doc = "A NewsFacts facts file (schema 1): the records the NewsFacts source generator compiles into C#. "
            + "Top-level keys besides the built-in sections are the sections of the kinds the file declares (`kinds:`).";
        var root = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = Url,
            ["title"] = "NewsFacts facts file",
            ["description"] = doc,
            ["markdownDescription"] = doc + " See " + NewsFacts.Generator.RepositoryInfo.BlobUrl + "docs/schema.md",
            ["type"] = "object",
        };
        foreach ((string key, JsonNode? value) in file.ToList())
        {
            if (key is "type" or "description" or "markdownDescription")
            {
                continue;
            }

            file.Remove(key);
            root[key] = value;
        }

        // A declared kind's plural can be any name of its form; the schema cannot see which ones the file declares.
        root.Remove("additionalProperties");
        root["patternProperties"] = new JsonObject
        {
            ["^(?!(" + builtIn + ")$)[a-z][a-z0-9]*(-[a-z0-9]+)*$"] = new JsonObject
            {
                ["description"] = "The records of a kind the file declares (`kinds:`), in the section named by its plural.",
                ["type"] = "array",
                ["items"] = Ref("declaredRecord"),
            },
        };
        root["additionalProperties"] = false;
        var defs = new JsonObject();
        foreach ((string name, JsonNode node) in definitions)
        {
            defs[name] = node;
        }

        root["definitions"] = defs;
        return root;
    }

    private static JsonObject Record(SchemaRecord record, Dictionary<SchemaRecord, string> names)
    {
        var properties = new JsonObject();
        foreach (SchemaField field in record.Fields.Where(f => !f.Computed).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            properties[field.Key] = Field(field, names);
        }

        var node = new JsonObject
        {
            ["type"] = "object",
            ["description"] = Capitalized(record.Singular) + ".",
            ["properties"] = properties,
        };
        string[] required = record.Fields.Where(f => f.Required).Select(f => f.Key).OrderBy(k => k, StringComparer.Ordinal).ToArray();
        if (required.Length > 0)
        {
            node["required"] = Array(required);
        }

        // The generator reports an unknown key (NF0005, a warning unless the project raises it) and reads the rest.
        node["additionalProperties"] = !record.Closed;
        return node;
    }

    private static JsonObject DeclaredRecord(Dictionary<SchemaRecord, string> names)
    {
        var record = new SchemaRecord { Singular = "a record of a declared kind", Fields = BuiltInSchema.DeclaredKindCommonFields.ToArray(), Closed = false };
        JsonObject node = Record(record, names);
        node["additionalProperties"] = new JsonObject
        {
            ["description"] = "A field the kind declares.",
            ["type"] = Array("string", "number", "boolean", "array"),
        };
        return node;
    }

    private static JsonObject Field(SchemaField field, Dictionary<SchemaRecord, string> names)
    {
        JsonObject node = ValueOf(field, names);
        node["description"] = field.Doc.Replace("`", string.Empty, StringComparison.Ordinal);
        node["markdownDescription"] = field.Doc + "\n\n" + (field.Required ? "**Required.** " : string.Empty) + TypeDoc(field);
        if (field.Default is not null)
        {
            node["default"] = field.Default;
        }

        return Sorted(node);
    }

    private static JsonObject ValueOf(SchemaField field, Dictionary<SchemaRecord, string> names)
    {
        switch (field.Type)
        {
            case SchemaFieldType.Id:
                return new JsonObject { ["type"] = "string", ["pattern"] = BuiltInSchema.IdPattern };
            case SchemaFieldType.Reference:
                return new JsonObject { ["type"] = "string", ["pattern"] = BuiltInSchema.IdPattern };
            case SchemaFieldType.References:
                return new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = BuiltInSchema.IdPattern } };
            case SchemaFieldType.Date:
                return new JsonObject { ["type"] = Array("string", "integer"), ["pattern"] = DatePattern, ["minimum"] = 1, ["maximum"] = 9999 };
            case SchemaFieldType.Offset:
                return new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = int.MaxValue };
            case SchemaFieldType.WholeNumber:
                return new JsonObject { ["type"] = "integer" };
            case SchemaFieldType.Flag:
                return new JsonObject { ["enum"] = new JsonArray(true, false, "yes", "no") };
            case SchemaFieldType.Word:
                return Words(field.Words!, field.Pattern);
            case SchemaFieldType.Names:
                var namesNode = new JsonObject { ["type"] = "object", ["additionalProperties"] = Scalar() };
                if (field.Required)
                {
                    namesNode["minProperties"] = 1;
                }

                return namesNode;
            case SchemaFieldType.TextList:
                return new JsonObject { ["type"] = "array", ["items"] = Scalar() };
            case SchemaFieldType.Records:
                var list = new JsonObject { ["type"] = "array", ["items"] = Ref(names[field.Items!]) };
                if (field.NonEmpty)
                {
                    list["minItems"] = 1;
                }

                return list;
            default:
                JsonObject scalar = Scalar();
                if (field.Pattern is not null)
                {
                    scalar["type"] = "string";
                    scalar["pattern"] = field.Pattern;
                }

                return scalar;
        }
    }

    /// <summary>
    /// A closed list as an enum with a description per word; a word that YAML reads as a number (<c>schema: 1</c>) is
    /// taken as that number too. With a pattern, the words are offered and any value of that form is taken.
    /// </summary>
    private static JsonObject Words(SchemaWords words, string? pattern)
    {
        var values = new JsonArray();
        var plain = new JsonArray();
        var markdown = new JsonArray();
        foreach (SchemaWord word in words.Words)
        {
            if (long.TryParse(word.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long number))
            {
                Add(number);
            }

            Add(word.Value);

            void Add(JsonNode value)
            {
                values.Add(value);
                plain.Add(word.Doc.Replace("`", string.Empty, StringComparison.Ordinal));
                markdown.Add(word.Doc);
            }
        }

        var list = new JsonObject { ["enum"] = values, ["enumDescriptions"] = plain, ["markdownEnumDescriptions"] = markdown };
        if (values.Count == words.Words.Count)
        {
            list["type"] = "string";
        }

        if (pattern is null)
        {
            return list;
        }

        return new JsonObject
        {
            ["type"] = "string",
            ["anyOf"] = new JsonArray(list, new JsonObject { ["pattern"] = pattern }),
        };
    }

    private static string TypeDoc(SchemaField field) => field.Type switch
    {
        SchemaFieldType.Id => "An id: lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 200 characters; unique in the dataset and among the dataset packages the project references (ids are global, never prefixed).",
        SchemaFieldType.Reference => "The id of " + Targets(field) + ", of this dataset or of a dataset package the project references.",
        SchemaFieldType.References => "A list of ids of " + Targets(field) + ", of this dataset or of dataset packages the project references.",
        SchemaFieldType.Date => "A date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as known.",
        SchemaFieldType.Offset => "A whole number, 0 or more.",
        SchemaFieldType.WholeNumber => "A whole number.",
        SchemaFieldType.Flag => "`true` or `false`.",
        SchemaFieldType.Word => "One of: " + string.Join(", ", field.Words!.Values().Select(v => "`" + v + "`")) + ".",
        SchemaFieldType.Names => "A mapping from ISO 639-1 language code to name (`en: …`, `fr: …`).",
        SchemaFieldType.TextList => "A list of texts.",
        SchemaFieldType.Records => "A list; each item is " + field.Items!.Singular + (field.NonEmpty ? ". At least one." : "."),
        SchemaFieldType.Code => "A short code.",
        _ => "Text.",
    };

    private static string Targets(SchemaField field) => string.Join(" or ", field.RefersTo.Select(t => t switch
    {
        "entity" => "an entity",
        "event" => "an event",
        "fact" => "a fact of any kind",
        _ => "a " + t,
    }));

    private static JsonObject Sorted(JsonObject node)
    {
        var sorted = new JsonObject();
        foreach ((string key, JsonNode? value) in node.OrderBy(p => p.Key, StringComparer.Ordinal).ToList())
        {
            node.Remove(key);
            sorted[key] = value;
        }

        return sorted;
    }

    private static JsonObject Scalar() => new() { ["type"] = Array(ScalarTypes) };

    private static JsonObject Ref(string definition) => new() { ["$ref"] = "#/definitions/" + definition };

    private static JsonArray Array(params string[] values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string RawUrl(string blobUrl) =>
        blobUrl.Replace("https://github.com/", "https://raw.githubusercontent.com/", StringComparison.Ordinal).Replace("/blob/", "/", StringComparison.Ordinal);
}
