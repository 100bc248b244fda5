using System.Collections.Generic;
using System.Threading;
using NewsFacts.Generator.Model;

namespace NewsFacts.Generator.Parsing
{
    /// <summary>
    /// The seven sections every facts file may have, read record by record while YAML is parsed: as an
    /// <see cref="IYamlItemSink"/>, it takes each record as soon as its mapping is complete, so the records
    /// of a large file never stand together as one tree.
    /// </summary>
    internal sealed class BuiltInSections : IYamlItemSink
    {
        private readonly Dictionary<string, SectionRecords> _byKey = new Dictionary<string, SectionRecords>(System.StringComparer.Ordinal);
        private readonly ParseContext _file;
        private readonly CancellationToken _cancellationToken;

        public BuiltInSections(ParseContext file, CancellationToken cancellationToken)
        {
            _file = file;
            _cancellationToken = cancellationToken;
            Documents = Add("documents", static (p, r) => p.Document(r));
            Entities = Add("entities", static (p, r) => p.Entity(r));
            Events = Add("events", static (p, r) => p.Event(r));
            Relations = Add("relations", static (p, r) => p.Relation(r));
            Statements = Add("statements", static (p, r) => p.Statement(r));
            Claims = Add("claims", static (p, r) => p.Claim(r));
            Discrepancies = Add("discrepancies", static (p, r) => p.Discrepancy(r));
        }

        public SectionRecords<DocumentSpec> Documents { get; }

        public SectionRecords<EntitySpec> Entities { get; }

        public SectionRecords<EventSpec> Events { get; }

        public SectionRecords<RelationSpec> Relations { get; }

        public SectionRecords<StatementSpec> Statements { get; }

        public SectionRecords<ClaimSpec> Claims { get; }

        public SectionRecords<DiscrepancySpec> Discrepancies { get; }

        public bool Takes(string key) => _byKey.ContainsKey(key);

        public System.Action<int, YamlNode>? ReaderFor(string key) => _byKey.TryGetValue(key, out SectionRecords? section) ? section.Read : null;

        private SectionRecords<T> Add<T>(string key, System.Func<RecordParser, MappingReader, T?> read)
            where T : class, System.IEquatable<T>, IRecordSpec
        {
            var section = new SectionRecords<T>(_file, key, RecordParser.SingularOf(key), RecordParser.KeysOf(key), read, _cancellationToken);
            _byKey.Add(key, section);
            return section;
        }
    }
}
