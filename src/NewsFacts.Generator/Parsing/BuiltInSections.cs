using System.Collections.Generic;
using System.Threading;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Parsing
{
    /// <summary>
    /// The sections of the built-in kinds (<see cref="BuiltInSchema.Kinds"/>), read record by record while YAML is
    /// parsed: as an <see cref="IYamlItemSink"/>, it takes each record as soon as its mapping is complete, so the
    /// records of a large file never stand together as one tree.
    /// </summary>
    internal sealed class BuiltInSections : IYamlItemSink
    {
        private readonly Dictionary<string, SectionRecords> _byKey = new Dictionary<string, SectionRecords>(System.StringComparer.Ordinal);

        public BuiltInSections(ParseContext file, CancellationToken cancellationToken)
        {
            var sections = new List<SectionRecords>();
            foreach (SchemaKind kind in BuiltInSchema.Kinds)
            {
                var section = new SectionRecords(file, kind, cancellationToken);
                sections.Add(section);
                _byKey.Add(kind.Section, section);
            }

            Sections = sections;
        }

        /// <summary>The sections, in the order of <see cref="BuiltInSchema.Kinds"/>.</summary>
        public IReadOnlyList<SectionRecords> Sections { get; }

        public bool Takes(string key) => _byKey.ContainsKey(key);

        public System.Action<int, YamlNode>? ReaderFor(string key) => _byKey.TryGetValue(key, out SectionRecords? section) ? section.Read : null;
    }
}
