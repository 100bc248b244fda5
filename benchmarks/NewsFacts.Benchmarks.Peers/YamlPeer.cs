using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using NewsFacts.Internal;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NewsFacts.Benchmarks.Peers
{
    /// <summary>facts.yaml as simple DTOs (the schema of docs/schema.md), for YamlDotNet.</summary>
    public sealed class YamlDataset
    {
        public int Schema { get; set; }
        public List<YamlDocument> Documents { get; set; } = new();
        public List<YamlEntity> Entities { get; set; } = new();
        public List<YamlEvent> Events { get; set; } = new();
        public List<YamlRelation> Relations { get; set; } = new();
        public List<YamlStatement> Statements { get; set; } = new();
        public List<YamlClaim> Claims { get; set; } = new();
        public List<YamlDiscrepancy> Discrepancies { get; set; } = new();
    }

    public class YamlRecord
    {
        public string Id { get; set; } = "";
        public string? Description { get; set; }
        public List<YamlEvidence> Evidence { get; set; } = new();
    }

    public sealed class YamlEvidence
    {
        public string Document { get; set; } = "";
        public string Quote { get; set; } = "";
        public int Start { get; set; }
    }

    public sealed class YamlDocument
    {
        public string Id { get; set; } = "";
        public string Language { get; set; } = "";
        public string Title { get; set; } = "";
        public string? Published { get; set; }
        public string? PublishedNote { get; set; }
        public string? Outlet { get; set; }
        public string? Sha256 { get; set; }
    }

    public sealed class YamlEntity : YamlRecord
    {
        public string Kind { get; set; } = "";
        public Dictionary<string, string> Names { get; set; } = new();
        public List<string> Aliases { get; set; } = new();
        public List<string> Misspellings { get; set; } = new();
        public bool Ambiguous { get; set; }
        public string? Iso { get; set; }
    }

    public sealed class YamlEvent : YamlRecord
    {
        public string Kind { get; set; } = "";
        public string Status { get; set; } = "";
        public Dictionary<string, string> Names { get; set; } = new();
        public string? Start { get; set; }
        public string? End { get; set; }
        public string? DateWording { get; set; }
        public string? DateNote { get; set; }
        public string? Place { get; set; }
        public List<string> Participants { get; set; } = new();
    }

    public sealed class YamlRelation : YamlRecord
    {
        public string Subject { get; set; } = "";
        public string Predicate { get; set; } = "";
        public string? Role { get; set; }
        public string Object { get; set; } = "";
        public string? Start { get; set; }
        public string? End { get; set; }
    }

    public sealed class YamlRendering
    {
        public string Language { get; set; } = "";
        public string Text { get; set; } = "";
        public string Document { get; set; } = "";
        public int Start { get; set; }
    }

    public sealed class YamlStatement : YamlRecord
    {
        public string Speaker { get; set; } = "";
        public string? Event { get; set; }
        public string? Date { get; set; }
        public List<YamlRendering> Renderings { get; set; } = new();
    }

    public sealed class YamlClaim : YamlRecord
    {
        public string Text { get; set; } = "";
        public string Modality { get; set; } = "";
        public List<string> Holders { get; set; } = new();
        public List<string> About { get; set; } = new();
    }

    public sealed class YamlDiscrepancy : YamlRecord
    {
        public string Kind { get; set; } = "";
        public string Reading { get; set; } = "";
        public List<string> About { get; set; } = new();
    }

    /// <summary>The YAML-at-run-time peer: facts.yaml (embedded) deserialized with YamlDotNet, then indexed.</summary>
    public sealed class YamlCatalog
    {
        private readonly Dictionary<string, YamlRecord> _byId;
        private Dictionary<string, List<YamlEntity>>? _byName;

        private YamlCatalog(YamlDataset data)
        {
            Data = data;
            _byId = IdIndex.Build<YamlRecord>(r => r.Id, data.Entities, data.Events, data.Relations, data.Statements, data.Claims, data.Discrepancies);
            People = data.Entities.FindAll(e => e.Kind == "person");
        }

        public YamlDataset Data { get; }

        public List<YamlEntity> People { get; }

        public static YamlCatalog Load()
        {
            using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("facts.yaml")!;
            using var reader = new StreamReader(stream);
            IDeserializer deserializer = new DeserializerBuilder()
                .WithNamingConvention(CamelCaseNamingConvention.Instance)
                .IgnoreUnmatchedProperties()
                .Build();
            return new YamlCatalog(deserializer.Deserialize<YamlDataset>(reader));
        }

        public YamlRecord? Find(string id) => _byId.TryGetValue(id, out YamlRecord? r) ? r : null;

        public List<YamlEntity>? FindByName(string name)
        {
            _byName ??= NameIndex.Build(Data.Entities, e => e.Id, e => e.Names.Values, e => e.Aliases, e => e.Misspellings);
            return _byName.TryGetValue(NameFolding.Fold(name), out List<YamlEntity>? found) ? found : null;
        }
    }
}
