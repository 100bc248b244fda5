using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsFacts.Generator.Diagnostics;
using NewsFacts.Generator.Model;

namespace NewsFacts.Generator.Parsing
{
    /// <summary>
    /// What parsing one file collects besides records: diagnostics, and where each value of a record stands.
    /// </summary>
    internal sealed class ParseContext
    {
        private readonly int _textLength;

        // Where the values of the file's records stand; shared with the parts, as records are read one at a time.
        private readonly SourceMapBuilder _locations;

        // One string per distinct id, reference or code of the file (see Share).
        private readonly Dictionary<string, string> _shared;

        // Where the values of the record being read begin in _locations; -1 between records.
        private int _recordStart = -1;

        public ParseContext(string filePath, int textLength)
            : this(filePath, textLength, new SourceMapBuilder(textLength), new Dictionary<string, string>(System.StringComparer.Ordinal))
        {
        }

        private ParseContext(string filePath, int textLength, SourceMapBuilder locations, Dictionary<string, string> shared)
        {
            FilePath = filePath;
            _textLength = textLength;
            _locations = locations;
            _shared = shared;
        }

        public string FilePath { get; }

        public List<DiagnosticInfo> Diagnostics { get; } = new List<DiagnosticInfo>();

        /// <summary>A problem in the YAML stopped the reading: what came after it was not read.</summary>
        public bool PartlyRead { get; set; }

        /// <summary>A context for reading one section apart, appended to this one when the section's turn comes.</summary>
        public ParseContext Part() => new ParseContext(FilePath, _textLength, _locations, _shared);

        public void Append(ParseContext part)
        {
            Diagnostics.AddRange(part.Diagnostics);
        }

        public bool HasErrorsSince(int diagnosticCount)
        {
            for (int i = diagnosticCount; i < Diagnostics.Count; i++)
            {
                if (DiagnosticDescriptors.ById(Diagnostics[i].Id).DefaultSeverity == DiagnosticSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }

        public LocationInfo Locate(YamlNode node) => SourcePositions.Locate(FilePath, node.Start, node.End, _textLength);

        public void Report(DiagnosticDescriptor descriptor, YamlNode? node, params string[] arguments) =>
            Diagnostics.Add(DiagnosticInfo.Create(descriptor, node is null ? null : Locate(node), arguments));

        /// <summary>
        /// The one string of the file with this text. YAML gives each value its own string; ids, references and
        /// codes repeat (a document id in every evidence item, "en" in every name), and the records keep them to
        /// the end of the build: shared, they are a few hundred thousand fewer objects for the GC to carry.
        /// </summary>
        public string Share(string text)
        {
            if (_shared.TryGetValue(text, out string? shared))
            {
                return shared;
            }

            _shared.Add(text, text);
            return text;
        }

        /// <summary>Starts reading a record: what is remembered from now on belongs to it.</summary>
        public void BeginRecord() => _recordStart = _locations.Count;

        /// <summary>Remembers where a value of the current record stands, for the diagnostics of later stages; nothing outside a record.</summary>
        public void Remember(FieldPath path, YamlNode node)
        {
            if (_recordStart < 0)
            {
                return;
            }

            (TextSpan span, LinePositionSpan lines) = SourcePositions.Span(node.Start, node.End, _textLength);
            _locations.Add(path, span, lines);
        }

        /// <summary>Keeps the record just read: where it came from, made of where it starts, the places of its values and whether it has errors of its own.</summary>
        public RecordSource EndRecord(YamlNode record, bool hasErrors)
        {
            var source = new RecordSource((int)System.Math.Min(System.Math.Max(record.Start.Index, 0), _textLength), _recordStart, _locations.Count - _recordStart, hasErrors);
            _recordStart = -1;
            return source;
        }

        /// <summary>Leaves the record just read out, and the places of its values with it.</summary>
        public void DropRecord()
        {
            _locations.TruncateTo(_recordStart);
            _recordStart = -1;
        }

        /// <summary>Where the values of the file's records stand, once all are read.</summary>
        public SourceMap Locations() => _locations.ToSourceMap();
    }
}
