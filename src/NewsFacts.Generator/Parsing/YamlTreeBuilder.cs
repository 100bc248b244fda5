using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Parsing
{
    /// <summary>
    /// Reads YAML text into a <see cref="YamlNode"/> tree. Refuses what a facts file never needs and an
    /// attacker could use: aliases (the "billion laughs"), complex keys, several documents, and nesting
    /// deeper than <see cref="MaxDepth"/>. Problems come back as <see cref="YamlProblem"/> values. The items
    /// of top-level lists that an <see cref="IYamlItemSink"/> takes go to it one by one instead of into the tree.
    /// Reading stops at the first problem; what was complete before it stays (see <see cref="LeaveOutIncomplete"/>).
    /// </summary>
    internal sealed class YamlTreeBuilder
    {
        public const int MaxDepth = 64;

        /// <summary>The longest value: far above any quote or description, far below what would bloat a compilation.</summary>
        public const int MaxScalarLength = 1_000_000;

        /// <summary>The most items in one list: room for a few hundred thousand facts per section.</summary>
        public const int MaxListItems = 500_000;

        /// <summary>The most keys in one mapping; no record has more than a dozen.</summary>
        public const int MaxMappingEntries = 1_000;

        private readonly string _text;
        private readonly List<YamlProblem> _problems;
        private readonly IYamlItemSink? _sink;
        private readonly Stack<YamlNode> _stack = new Stack<YamlNode>();
        private readonly Stack<YamlScalar?> _pendingKeys = new Stack<YamlScalar?>();
        private YamlNode? _root;

        // The top-level list whose items go to the sink, what reads them, how many it has had, and its item being built.
        private YamlSequence? _taken;
        private Action<int, YamlNode>? _takenReader;
        private int _takenCount;
        private YamlNode? _takenItem;

        private YamlTreeBuilder(string text, List<YamlProblem> problems, IYamlItemSink? sink)
        {
            _text = text;
            _problems = problems;
            _sink = sink;
        }

        public static YamlNode? Build(string text, List<YamlProblem> problems, IYamlItemSink? sink, CancellationToken cancellationToken)
        {
            var builder = new YamlTreeBuilder(text, problems, sink);
            builder.Read(new Parser(new StringReader(text)), cancellationToken);
            if (problems.Count > 0)
            {
                builder.LeaveOutIncomplete();
            }

            return builder._root;
        }

        private void Read(Parser parser, CancellationToken cancellationToken)
        {
            int documents = 0;
            int events = 0;
            Mark lastEnd = Mark.Empty;
            while (Next(parser, ref lastEnd) is ParsingEvent current)
            {
                if ((++events & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                switch (current)
                {
                    case DocumentStart start when !start.IsImplicit || documents > 0:
                        if (++documents > 1)
                        {
                            _problems.Add(new YamlProblem(YamlProblemKind.Unsupported, "A second YAML document in one file", current.Start, current.End));
                            return;
                        }

                        break;
                    case DocumentStart:
                        documents++;
                        break;
                    case AnchorAlias alias:
                        _problems.Add(new YamlProblem(YamlProblemKind.Unsupported, $"The alias '*{alias.Value}'", alias.Start, alias.End));
                        return;
                    case Scalar scalar:
                        if (scalar.Value.Length > MaxScalarLength)
                        {
                            _problems.Add(new YamlProblem(YamlProblemKind.Limit, $"A value of {Invariant.Number(scalar.Value.Length)} characters|values of {Invariant.Number(MaxScalarLength)} characters", scalar.Start, scalar.End));
                            return;
                        }

                        if (!Attach(new YamlScalar(scalar.Value, scalar.Style, scalar.Start, scalar.End)))
                        {
                            return;
                        }

                        break;
                    case SequenceStart sequenceStart:
                        if (!Open(new YamlSequence(current.Start) { IsFlow = sequenceStart.Style == SequenceStyle.Flow }, current))
                        {
                            return;
                        }

                        break;
                    case MappingStart mappingStart:
                        if (!Open(new YamlMapping(current.Start) { IsFlow = mappingStart.Style == MappingStyle.Flow }, current))
                        {
                            return;
                        }

                        break;
                    case SequenceEnd:
                    case MappingEnd:
                        YamlNode done = _stack.Pop();
                        _pendingKeys.Pop();
                        done.End = current.End;
                        if (done == _takenItem)
                        {
                            _takenItem = null;
                            _takenReader!(_takenCount - 1, done);
                        }
                        else if (done == _taken)
                        {
                            _taken = null;
                        }

                        break;
                }
            }
        }

        // Only YamlDotNet's exceptions are the author's syntax errors: one thrown by the sink is a bug of ours and goes up.
        private ParsingEvent? Next(Parser parser, ref Mark lastEnd)
        {
            try
            {
                if (parser.MoveNext())
                {
                    lastEnd = parser.Current!.End;
                    return parser.Current;
                }
            }
            catch (YamlException exception)
            {
                _problems.Add(SyntaxErrors.Explain(_text, Clean(exception.Message), exception.Start, exception.End, OpenFlowCollection()));
            }
            catch (InvalidOperationException)
            {
                // YamlDotNet throws this, not a YamlException, for a flow collection left open before more block
                // content; its message is about the parser's own state, so it is never shown.
                _problems.Add(SyntaxErrors.Explain(_text, null, lastEnd, lastEnd, OpenFlowCollection()));
            }

            return null;
        }

        // The innermost '{' or '[' still open where the parser stopped: the one to close first.
        private YamlNode? OpenFlowCollection()
        {
            foreach (YamlNode node in _stack)
            {
                if (node.IsFlow)
                {
                    return node;
                }
            }

            return null;
        }

        /// <summary>
        /// After a problem, takes out of the tree what was still being read: the list item (a record) or the
        /// top-level value that was open. Complete records before the problem stay, and so do the top-level
        /// lists that hold them; items already handed to the sink were complete.
        /// </summary>
        private void LeaveOutIncomplete()
        {
            YamlNode[] open = _stack.ToArray();
            Array.Reverse(open);
            for (int i = 0; i + 1 < open.Length; i++)
            {
                YamlNode child = open[i + 1];
                if (open[i] is YamlSequence sequence)
                {
                    sequence.Items.Remove(child);
                    return;
                }

                var mapping = (YamlMapping)open[i];
                if (mapping == _root && child is YamlSequence)
                {
                    continue;
                }

                mapping.Entries.RemoveAll(entry => entry.Value == child);
                return;
            }
        }

        private bool Open(YamlNode container, ParsingEvent current)
        {
            if (_stack.Count >= MaxDepth)
            {
                _problems.Add(new YamlProblem(YamlProblemKind.Unsupported, $"Nesting deeper than {Invariant.Number(MaxDepth)} levels", current.Start, current.End));
                return false;
            }

            if (!Attach(container))
            {
                return false;
            }

            _stack.Push(container);
            _pendingKeys.Push(null);
            return true;
        }

        private bool Attach(YamlNode node)
        {
            if (_stack.Count == 0)
            {
                _root = node;
                return true;
            }

            switch (_stack.Peek())
            {
                case YamlSequence sequence:
                    bool taken = sequence == _taken;
                    int count = taken ? _takenCount : sequence.Items.Count;
                    if (count >= MaxListItems)
                    {
                        _problems.Add(new YamlProblem(YamlProblemKind.Limit, $"A list of more than {Invariant.Number(MaxListItems)} items|lists of {Invariant.Number(MaxListItems)} items", sequence.Start, node.End));
                        return false;
                    }

                    if (!taken)
                    {
                        sequence.Items.Add(node);
                        return true;
                    }

                    // A text item is complete now; a list or mapping when it ends.
                    _takenCount++;
                    if (node is YamlScalar)
                    {
                        _takenReader!(count, node);
                    }
                    else
                    {
                        _takenItem = node;
                    }

                    return true;
                case YamlMapping mapping:
                    YamlScalar? key = _pendingKeys.Pop();
                    if (key is null)
                    {
                        if (node is not YamlScalar scalarKey)
                        {
                            _problems.Add(new YamlProblem(YamlProblemKind.Unsupported, "A key that is not a plain text value", node.Start, node.End));
                            return false;
                        }

                        if (mapping.Entries.Count >= MaxMappingEntries)
                        {
                            _problems.Add(new YamlProblem(YamlProblemKind.Limit, $"A mapping of more than {Invariant.Number(MaxMappingEntries)} keys|mappings of {Invariant.Number(MaxMappingEntries)} keys", mapping.Start, node.End));
                            return false;
                        }

                        _pendingKeys.Push(scalarKey);
                        return true;
                    }

                    foreach (KeyValuePair<YamlScalar, YamlNode> entry in mapping.Entries)
                    {
                        if (entry.Key.Value == key.Value)
                        {
                            // Parsers disagree on which value wins: reading stops here, as at any other problem.
                            _problems.Add(new YamlProblem(YamlProblemKind.DuplicateKey, key.Value, key.Start, key.End));
                            return false;
                        }
                    }

                    mapping.Entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, node));
                    if (_sink is not null && node is YamlSequence list && mapping == _root && _sink.ReaderFor(key.Value) is { } reader)
                    {
                        _taken = list;
                        _takenReader = reader;
                        _takenCount = 0;
                    }

                    _pendingKeys.Push(null);
                    return true;
                default:
                    return false;
            }
        }

        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; the diagnostic has the location already.
        private static string Clean(string message)
        {
            int marker = message.LastIndexOf("): ", StringComparison.Ordinal);
            return marker >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(marker + 3) : message;
        }
    }

    internal enum YamlProblemKind
    {
        Syntax,
        Unsupported,
        DuplicateKey,

        /// <summary>A size limit; the message is "what was found|what the limit is".</summary>
        Limit,
    }

    internal sealed class YamlProblem
    {
        public YamlProblem(YamlProblemKind kind, string message, Mark start, Mark end)
        {
            Kind = kind;
            Message = message;
            Start = start;
            End = end;
        }

        public YamlProblemKind Kind { get; }

        public string Message { get; }

        public Mark Start { get; }

        public Mark End { get; }
    }
}
