using System.Collections.Generic;
using System.Threading;
using NewsFacts.Generator.Model;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Parsing
{
    /// <summary>
    /// The records of one section, of one kind (built in or declared), read item by item through its description:
    /// as the YAML parser completes each, or from the tree.
    /// </summary>
    /// <remarks>
    /// What reading reports goes into a context of the section's own, appended to the file's by
    /// <see cref="Finish"/>: a section read while YAML is still being parsed then reports in the same
    /// order as if the whole file had been read first, section after section.
    /// </remarks>
    internal sealed class SectionRecords
    {
        private readonly SchemaKind _kind;
        private readonly RecordPlan _plan;
        private readonly ParseContext _context;
        private readonly RecordParser _parser;
        private readonly CancellationToken _cancellationToken;
        private readonly List<Located<RecordSpec>> _records = new List<Located<RecordSpec>>();

        // Items that are not mappings, waiting to be reported (see Read).
        private readonly List<KeyValuePair<int, YamlNode>> _waiting = new List<KeyValuePair<int, YamlNode>>();

        public SectionRecords(ParseContext file, SchemaKind kind, CancellationToken cancellationToken)
        {
            _kind = kind;
            _plan = new RecordPlan(kind.Record);
            _context = file.Part();
            _parser = new RecordParser(_context);
            _cancellationToken = cancellationToken;
        }

        public SchemaKind Kind => _kind;

        /// <summary>Reads item <paramref name="index"/> of the section; a record with an error in its own fields is reported and marked, and one that cannot be made at all (no valid id, a required field missing) is left out.</summary>
        public void Read(int index, YamlNode item)
        {
            _cancellationToken.ThrowIfCancellationRequested();

            // An item that is not a mapping is only an error to report. It waits, as the node it is already, for the
            // next record or the section's end: a list of a million plain values then meets the list limit (NF0022,
            // which discards everything else) without first making half a million diagnostics.
            if (item is not YamlMapping mapping)
            {
                _waiting.Add(new KeyValuePair<int, YamlNode>(index, item));
                return;
            }

            ReportWaiting();
            int before = _context.Diagnostics.Count;
            _context.BeginRecord();
            RecordSpec? record = _parser.Record(_kind, _plan, new MappingReader(_context, mapping, PathOf(index), _kind.Record.Singular, _plan.Keys));
            if (record is not null)
            {
                // A record with an error of its own is kept for the checks that need every record (references,
                // duplicate ids), so one build shows all its errors; the validator never emits it.
                _records.Add(new Located<RecordSpec>(record, _context.EndRecord(mapping, _context.HasErrorsSince(before))));
            }
            else
            {
                _context.DropRecord();
            }
        }

        /// <summary>
        /// Reads the items the tree still holds (none when the parser handed them over already; a section
        /// that is not a list is reported), appends what reading reported to the file's context, and
        /// adds the records to <paramref name="records"/>.
        /// </summary>
        public void Finish(MappingReader file, ParseContext fileContext, List<Located<RecordSpec>> records)
        {
            List<YamlNode> items = file.Items(_kind.Section);
            for (int i = 0; i < items.Count; i++)
            {
                Read(i, items[i]);
            }

            ReportWaiting();
            fileContext.Append(_context);
            records.AddRange(_records);
        }

        private void ReportWaiting()
        {
            foreach (KeyValuePair<int, YamlNode> item in _waiting)
            {
                MappingReader.AsMapping(_context, item.Value, PathOf(item.Key));
            }

            _waiting.Clear();
        }

        private string PathOf(int index) => FactsFileParser.FileNodePath + "." + _kind.Section + "[" + Invariant.Number(index) + "]";
    }
}
