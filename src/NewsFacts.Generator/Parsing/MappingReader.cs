using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsFacts.Generator.Diagnostics;
using NewsFacts.Generator.Model;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Parsing
{
    /// <summary>
    /// Reads the fields of one YAML mapping: checks node types, reports unknown keys (with a did-you-mean)
    /// and missing required fields, and remembers where each value stands so later stages can point at it.
    /// </summary>
    internal sealed class MappingReader
    {
        private static readonly Regex IdPattern = new Regex("^[a-z0-9][a-z0-9._-]{0,199}$", RegexOptions.CultureInvariant);

        private readonly ParseContext _context;
        private readonly Dictionary<string, YamlNode> _fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);

        public MappingReader(ParseContext context, YamlMapping mapping, string path, string what, params string[] knownKeys)
        {
            _context = context;
            Mapping = mapping;
            Path = path;
            What = what;
            foreach (KeyValuePair<YamlScalar, YamlNode> entry in mapping.Entries)
            {
                string key = entry.Key.Value;
                if (Array.IndexOf(knownKeys, key) < 0)
                {
                    string? suggestion = Suggest(key, knownKeys);
                    context.Report(DiagnosticDescriptors.UnknownKey, entry.Key, key, what, suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?");
                    continue;
                }

                _fields[key] = entry.Value;
            }
        }

        public YamlMapping Mapping { get; }

        public string Path { get; }

        public string What { get; }

        /// <summary>Reads a field as a mapping, or reports that it is not one.</summary>
        public static YamlMapping? AsMapping(ParseContext context, YamlNode node, string path)
        {
            if (node is YamlMapping mapping)
            {
                return mapping;
            }

            context.Report(DiagnosticDescriptors.WrongNodeType, node, path, "a mapping", node.Describe);
            return null;
        }

        public YamlNode? Node(string key) => _fields.TryGetValue(key, out YamlNode? node) && !(node is YamlScalar { IsNull: true }) ? node : null;

        public string? OptionalText(string key)
        {
            YamlNode? node = Node(key);
            return node is null ? null : Scalar(node, $"{Path}.{key}");
        }

        public string? RequiredText(string key)
        {
            string? value = OptionalText(key);
            if (value is null && Node(key) is null)
            {
                _context.Report(DiagnosticDescriptors.MissingField, Mapping, Describe(), key);
            }

            return value;
        }

        /// <summary>The record's id: required and well-formed.</summary>
        public string? Id()
        {
            string? id = RequiredText("id");
            if (id is not null && !IdPattern.IsMatch(id))
            {
                _context.Report(DiagnosticDescriptors.InvalidId, Node("id"), id);
                return null;
            }

            return id;
        }

        /// <summary>An id that refers to another record; its form is checked when references are resolved.</summary>
        public string? Reference(string key, bool required) => required ? RequiredText(key) : OptionalText(key);

        public string? Date(string key)
        {
            string? value = OptionalText(key);
            if (value is not null && !NewsFacts.Internal.DateText.TryParse(value, out _, out _, out _))
            {
                _context.Report(DiagnosticDescriptors.InvalidDate, Node(key), value);
                return null;
            }

            return value;
        }

        /// <summary>A word from a closed list (a kind, a status, a modality).</summary>
        public string? Word(string key, string[] words, string what, bool required)
        {
            string? value = required ? RequiredText(key) : OptionalText(key);
            if (value is not null && Array.IndexOf(words, value) < 0)
            {
                _context.Report(DiagnosticDescriptors.UnknownWord, Node(key), value, what, string.Join(", ", words));
                return null;
            }

            return value;
        }

        public bool Flag(string key)
        {
            string? value = OptionalText(key);
            switch (value)
            {
                case null:
                case "false":
                case "False":
                case "no":
                    return false;
                case "true":
                case "True":
                case "yes":
                    return true;
                default:
                    _context.Report(DiagnosticDescriptors.UnknownWord, Node(key), value, $"value of '{key}'", "true, false");
                    return false;
            }
        }

        public int? Number(string key)
        {
            string? value = RequiredText(key);
            if (value is null)
            {
                return null;
            }

            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
            {
                _context.Report(DiagnosticDescriptors.InvalidNumber, Node(key), key, value);
                return null;
            }

            return number;
        }

        /// <summary>A whole number, possibly negative (fields of declared kinds).</summary>
        public string? WholeNumber(string key)
        {
            string? value = OptionalText(key);
            if (value is not null && !long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            {
                _context.Report(DiagnosticDescriptors.InvalidNumber, Node(key), key, value);
                return null;
            }

            return value;
        }

        public EquatableArray<string> TextList(string key)
        {
            var items = new List<string>();
            foreach ((YamlNode node, string path) in Items(key))
            {
                string? text = Scalar(node, path);
                if (text is not null)
                {
                    items.Add(text);
                }
            }

            return items.ToEquatableArray();
        }

        /// <summary>The items of a list field, with their paths; reports a field that is not a list.</summary>
        public IEnumerable<(YamlNode Node, string Path)> Items(string key)
        {
            YamlNode? node = Node(key);
            if (node is null)
            {
                yield break;
            }

            if (node is not YamlSequence sequence)
            {
                _context.Report(DiagnosticDescriptors.WrongNodeType, node, $"{Path}.{key}", "a list", node.Describe);
                yield break;
            }

            for (int i = 0; i < sequence.Items.Count; i++)
            {
                yield return (sequence.Items[i], $"{Path}.{key}[{Invariant.Number(i)}]");
            }
        }

        /// <summary>Names per language: a mapping from language code to name.</summary>
        public EquatableArray<NameSpec> Names(string key)
        {
            YamlNode? node = Node(key);
            if (node is null)
            {
                return EquatableArray<NameSpec>.Empty;
            }

            YamlMapping? mapping = AsMapping(_context, node, $"{Path}.{key}");
            if (mapping is null)
            {
                return EquatableArray<NameSpec>.Empty;
            }

            var names = new List<NameSpec>();
            foreach (KeyValuePair<YamlScalar, YamlNode> entry in mapping.Entries)
            {
                string? text = Scalar(entry.Value, $"{Path}.{key}.{entry.Key.Value}");
                if (text is not null)
                {
                    names.Add(new NameSpec(entry.Key.Value, text));
                }
            }

            names.Sort((a, b) => string.CompareOrdinal(a.Language, b.Language));
            return names.ToEquatableArray();
        }

        public EquatableArray<EvidenceSpec> Evidence(string key)
        {
            var evidence = new List<EvidenceSpec>();
            foreach ((YamlNode node, string path) in Items(key))
            {
                YamlMapping? mapping = AsMapping(_context, node, path);
                if (mapping is null)
                {
                    continue;
                }

                var item = new MappingReader(_context, mapping, path, "an evidence item", "document", "quote", "start");
                string? document = item.RequiredText("document");
                string? quote = item.RequiredText("quote");
                int? start = item.Number("start");
                if (document is not null && quote is not null && start is not null)
                {
                    evidence.Add(new EvidenceSpec(document, quote, start.Value));
                }
            }

            return evidence.ToEquatableArray();
        }

        public string Describe() => What + (_fields.TryGetValue("id", out YamlNode? id) && id is YamlScalar scalar ? $" '{scalar.Value}'" : $" at {Path}");

        private string? Scalar(YamlNode node, string path)
        {
            if (node is YamlScalar scalar)
            {
                _context.Remember(path, node);
                return scalar.Value;
            }

            _context.Report(DiagnosticDescriptors.WrongNodeType, node, path, "a text value", node.Describe);
            return null;
        }

        private static string? Suggest(string key, string[] knownKeys)
        {
            string? best = null;
            int bestDistance = 3;
            foreach (string known in knownKeys)
            {
                int distance = EditDistance.Between(key, known);
                if (distance < bestDistance)
                {
                    best = known;
                    bestDistance = distance;
                }
            }

            return best;
        }
    }
}
