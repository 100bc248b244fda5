using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsFacts.Internal;

namespace NewsFacts.Benchmarks.Peers
{
    /// <summary>The CLI's JSON export (docs/schema.md#json-export), as plain DTOs.</summary>
    public sealed class JsonDataset
    {
        public int Schema { get; set; }
        public List<JsonDocument> Documents { get; set; } = new();
        public List<JsonEntity> Entities { get; set; } = new();
        public List<JsonEvent> Events { get; set; } = new();
        public List<JsonRelation> Relations { get; set; } = new();
        public List<JsonStatement> Statements { get; set; } = new();
        public List<JsonClaim> Claims { get; set; } = new();
        public List<JsonDiscrepancy> Discrepancies { get; set; } = new();
    }

    public class JsonRecord
    {
        public string Id { get; set; } = "";
        public string Kind { get; set; } = "";
        public string? Description { get; set; }
        public List<JsonEvidence> Evidence { get; set; } = new();
    }

    public sealed class JsonEvidence
    {
        public string Document { get; set; } = "";
        public string Quote { get; set; } = "";
        public int Start { get; set; }
    }

    public sealed class JsonDocument
    {
        public string Id { get; set; } = "";
        public string Language { get; set; } = "";
        public string Title { get; set; } = "";
        public string? Published { get; set; }
        public string? PublishedNote { get; set; }
        public string? Outlet { get; set; }
        public string? Sha256 { get; set; }
    }

    public sealed class JsonEntity : JsonRecord
    {
        public Dictionary<string, string> Names { get; set; } = new();
        public List<string> Aliases { get; set; } = new();
        public List<string> Misspellings { get; set; } = new();
        public bool Ambiguous { get; set; }
        public string? Iso { get; set; }
    }

    public sealed class JsonEvent : JsonRecord
    {
        public string EventKind { get; set; } = "";
        public string Status { get; set; } = "";
        public Dictionary<string, string> Names { get; set; } = new();
        public string? Start { get; set; }
        public string? End { get; set; }
        public string? DateWording { get; set; }
        public string? DateNote { get; set; }
        public string? Place { get; set; }
        public List<string> Participants { get; set; } = new();
    }

    public sealed class JsonRelation : JsonRecord
    {
        public string Subject { get; set; } = "";
        public string Predicate { get; set; } = "";
        public string? Role { get; set; }
        public string Object { get; set; } = "";
        public string? Start { get; set; }
        public string? End { get; set; }
    }

    public sealed class JsonRendering
    {
        public string Language { get; set; } = "";
        public string Text { get; set; } = "";
        public string Document { get; set; } = "";
        public int Start { get; set; }
    }

    public sealed class JsonStatement : JsonRecord
    {
        public string Speaker { get; set; } = "";
        public string? Event { get; set; }
        public string? Date { get; set; }
        public List<JsonRendering> Renderings { get; set; } = new();
    }

    public sealed class JsonClaim : JsonRecord
    {
        public string Text { get; set; } = "";
        public string Modality { get; set; } = "";
        public List<string> Holders { get; set; } = new();
        public List<string> About { get; set; } = new();
    }

    public sealed class JsonDiscrepancy : JsonRecord
    {
        public string DiscrepancyKind { get; set; } = "";
        public string Reading { get; set; } = "";
        public List<string> About { get; set; } = new();
    }

    /// <summary>Source-generated metadata: no reflection-based serializer at run time.</summary>
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
    [JsonSerializable(typeof(JsonDataset))]
    public sealed partial class PeerJsonContext : JsonSerializerContext
    {
    }

    /// <summary>
    /// The embedded-JSON peer: deserialize the whole resource, then index it the way the compiled catalog
    /// is indexed (an ordinal id dictionary, a folded-name dictionary, a list per entity kind).
    /// </summary>
    public sealed class JsonCatalog
    {
        private readonly Dictionary<string, JsonRecord> _byId;
        private Dictionary<string, List<JsonEntity>>? _byName;

        private JsonCatalog(JsonDataset data)
        {
            Data = data;
            _byId = IdIndex.Build<JsonRecord>(r => r.Id, data.Entities, data.Events, data.Relations, data.Statements, data.Claims, data.Discrepancies);
            People = data.Entities.FindAll(e => e.Kind == "person");
        }

        public JsonDataset Data { get; }

        public List<JsonEntity> People { get; }

        public static JsonCatalog Load()
        {
            using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("newsfacts.json")!;
            return new JsonCatalog(JsonSerializer.Deserialize(stream, PeerJsonContext.Default.JsonDataset)!);
        }

        public JsonRecord? Find(string id) => _byId.TryGetValue(id, out JsonRecord? r) ? r : null;

        public List<JsonEntity>? FindByName(string name)
        {
            _byName ??= NameIndex.Build(Data.Entities, e => e.Id, e => e.Names.Values, e => e.Aliases, e => e.Misspellings);
            return _byName.TryGetValue(NameFolding.Fold(name), out List<JsonEntity>? found) ? found : null;
        }
    }

    /// <summary>An ordinal id dictionary over every section of a peer's dataset, as the catalog keeps one.</summary>
    internal static class IdIndex
    {
        public static Dictionary<string, T> Build<T>(Func<T, string> id, params IEnumerable<T>[] sections)
            where T : class
        {
            var index = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (IEnumerable<T> section in sections)
            {
                foreach (T record in section)
                {
                    index[id(record)] = record;
                }
            }

            return index;
        }
    }

    internal static class NameIndex
    {
        public static Dictionary<string, List<T>> Build<T>(List<T> entities, Func<T, string> id, params Func<T, IEnumerable<string>>[] names)
            where T : class
        {
            var index = new Dictionary<string, List<T>>(StringComparer.Ordinal);
            foreach (T entity in entities)
            {
                Add(index, id(entity), entity);
                foreach (Func<T, IEnumerable<string>> list in names)
                {
                    foreach (string name in list(entity))
                    {
                        Add(index, name, entity);
                    }
                }
            }

            return index;
        }

        private static void Add<T>(Dictionary<string, List<T>> index, string name, T entity)
            where T : class
        {
            string key = NameFolding.Fold(name);
            if (!index.TryGetValue(key, out List<T>? list))
            {
                index[key] = list = new List<T>(1);
            }

            if (list.Count == 0 || !ReferenceEquals(list[list.Count - 1], entity))
            {
                list.Add(entity);
            }
        }
    }
}
