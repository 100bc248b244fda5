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
    /// deeper than <see cref="MaxDepth"/>. Problems come back as <see cref="YamlProblem"/> values.
    /// </summary>
    internal static class YamlTreeBuilder
    {
        public const int MaxDepth = 64;

        /// <summary>The longest value: far above any quote or description, far below what would bloat a compilation.</summary>
        public const int MaxScalarLength = 1_000_000;

        /// <summary>The most items in one list: room for a few hundred thousand facts per section.</summary>
        public const int MaxListItems = 500_000;

        /// <summary>The most keys in one mapping; no record has more than a dozen.</summary>
        public const int MaxMappingEntries = 1_000;

        public static YamlNode? Build(string text, List<YamlProblem> problems, CancellationToken cancellationToken)
        {
            var parser = new Parser(new StringReader(text));
            var stack = new Stack<YamlNode>();
            var pendingKeys = new Stack<YamlScalar?>();
            YamlNode? root = null;
            int documents = 0;
            int events = 0;
            Mark lastEnd = Mark.Empty;

            try
            {
                while (parser.MoveNext())
                {
                    if ((++events & 0x3FF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    ParsingEvent current = parser.Current!;
                    lastEnd = current.End;
                    switch (current)
                    {
                        case DocumentStart start when !start.IsImplicit || documents > 0:
                            if (++documents > 1)
                            {
                                problems.Add(new YamlProblem(YamlProblemKind.Unsupported, "A second YAML document in one file", current.Start, current.End));
                                return root;
                            }

                            break;
                        case DocumentStart:
                            documents++;
                            break;
                        case AnchorAlias alias:
                            problems.Add(new YamlProblem(YamlProblemKind.Unsupported, $"The alias '*{alias.Value}'", alias.Start, alias.End));
                            return root;
                        case Scalar scalar:
                            if (scalar.Value.Length > MaxScalarLength)
                            {
                                problems.Add(new YamlProblem(YamlProblemKind.Limit, $"A value of {Invariant.Number(scalar.Value.Length)} characters|values of {Invariant.Number(MaxScalarLength)} characters", scalar.Start, scalar.End));
                                return root;
                            }

                            if (!Attach(new YamlScalar(scalar.Value, scalar.Style, scalar.Start, scalar.End), stack, pendingKeys, ref root, problems))
                            {
                                return root;
                            }

                            break;
                        case SequenceStart sequenceStart:
                        case MappingStart mappingStart:
                            YamlNode container = current is SequenceStart ? new YamlSequence(current.Start) : new YamlMapping(current.Start);
                            if (stack.Count >= MaxDepth)
                            {
                                problems.Add(new YamlProblem(YamlProblemKind.Unsupported, $"Nesting deeper than {Invariant.Number(MaxDepth)} levels", current.Start, current.End));
                                return root;
                            }

                            if (!Attach(container, stack, pendingKeys, ref root, problems))
                            {
                                return root;
                            }

                            stack.Push(container);
                            pendingKeys.Push(null);
                            break;
                        case SequenceEnd:
                        case MappingEnd:
                            YamlNode done = stack.Pop();
                            pendingKeys.Pop();
                            done.End = current.End;
                            break;
                    }
                }
            }
            catch (YamlException exception)
            {
                problems.Add(new YamlProblem(YamlProblemKind.Syntax, Clean(exception.Message), exception.Start, exception.End));
            }
            catch (InvalidOperationException exception)
            {
                // YamlDotNet throws this, not a YamlException, for some unclosed flow collections; it is still the author's syntax error.
                problems.Add(new YamlProblem(YamlProblemKind.Syntax, "the parser stopped after this point (" + exception.Message + ")", lastEnd, lastEnd));
            }

            return root;
        }

        private static bool Attach(YamlNode node, Stack<YamlNode> stack, Stack<YamlScalar?> pendingKeys, ref YamlNode? root, List<YamlProblem> problems)
        {
            if (stack.Count == 0)
            {
                root = node;
                return true;
            }

            switch (stack.Peek())
            {
                case YamlSequence sequence:
                    if (sequence.Items.Count >= MaxListItems)
                    {
                        problems.Add(new YamlProblem(YamlProblemKind.Limit, $"A list of more than {Invariant.Number(MaxListItems)} items|lists of {Invariant.Number(MaxListItems)} items", sequence.Start, node.End));
                        return false;
                    }

                    sequence.Items.Add(node);
                    return true;
                case YamlMapping mapping:
                    YamlScalar? key = pendingKeys.Pop();
                    if (key is null)
                    {
                        if (node is not YamlScalar scalarKey)
                        {
                            problems.Add(new YamlProblem(YamlProblemKind.Unsupported, "A key that is not a plain text value", node.Start, node.End));
                            return false;
                        }

                        if (mapping.Entries.Count >= MaxMappingEntries)
                        {
                            problems.Add(new YamlProblem(YamlProblemKind.Limit, $"A mapping of more than {Invariant.Number(MaxMappingEntries)} keys|mappings of {Invariant.Number(MaxMappingEntries)} keys", mapping.Start, node.End));
                            return false;
                        }

                        pendingKeys.Push(scalarKey);
                        return true;
                    }

                    foreach (KeyValuePair<YamlScalar, YamlNode> entry in mapping.Entries)
                    {
                        if (entry.Key.Value == key.Value)
                        {
                            problems.Add(new YamlProblem(YamlProblemKind.DuplicateKey, key.Value, key.Start, key.End));
                            break;
                        }
                    }

                    mapping.Entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, node));
                    pendingKeys.Push(null);
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
