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
    /// A reader is made per record and per evidence item, so it allocates little: no dictionary, and its
    /// node path is written out only when a message needs it.
    /// </summary>
    internal sealed class MappingReader
    {
        private static readonly Regex IdPattern = new Regex(BuiltInSchema.IdPattern, RegexOptions.CultureInvariant);

        private static readonly List<YamlNode> NoItems = new List<YamlNode>();

        private readonly ParseContext _context;
        private readonly string[] _knownKeys;

        // The value of each known key, by its position in _knownKeys. A key written twice is a YAML problem (NF0020)
        // that leaves the file out; the last value stands, as it did in a dictionary.
        private readonly YamlNode?[] _values;

        // A reader of a mapping inside a record (an evidence item) stands at this field of the record (_at, the whole
        // path from the record: factuality[0].evidence[1] for nested sub-records) and at _local of its parent; its
        // path is made on demand.
        private readonly MappingReader? _parent;
        private readonly FieldPath? _at;
        private readonly FieldPath? _local;
        private string? _path;

        public MappingReader(ParseContext context, YamlMapping mapping, string path, string what, string[] knownKeys)
            : this(context, mapping, what, knownKeys, path, null, null, null)
        {
        }

        private MappingReader(ParseContext context, YamlMapping mapping, string what, string[] knownKeys, string? path, MappingReader? parent, FieldPath? at, FieldPath? local)
        {
            _local = local;
            _context = context;
            _knownKeys = knownKeys;
            _values = new YamlNode?[knownKeys.Length];
            _path = path;
            _parent = parent;
            _at = at;
            Mapping = mapping;
            What = what;
            foreach (KeyValuePair<YamlScalar, YamlNode> entry in mapping.Entries)
            {
                string key = entry.Key.Value;
                int known = Array.IndexOf(knownKeys, key);
                if (known < 0)
                {
                    string? suggestion = DidYouMean.Nearest(key, knownKeys);
                    context.Report(DiagnosticDescriptors.UnknownKey, entry.Key, key, what, suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?");
                    continue;
                }

                _values[known] = entry.Value;
            }
        }

        public YamlMapping Mapping { get; }

        public string Path => _path ??= _parent!.Path + "." + _local!.Value.ToString();

        public string What { get; }

        /// <summary>Whether the mapping is an item of a list of sub-records (an evidence item, a factuality item) rather than a record.</summary>
        public bool IsItem => _parent is not null;

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

        public YamlNode? Node(string key) => Value(key) is YamlNode node && !(node is YamlScalar { IsNull: true }) ? node : null;

        public string? OptionalText(string key)
        {
            YamlNode? node = Node(key);
            return node is null ? null : Scalar(node, new FieldPath(key));
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

            return Share(id);
        }

        /// <summary>A short code that many records repeat (a language, an event's kind), or an id that refers to another record (its form is checked when references are resolved).</summary>
        public string? Code(string key, bool required) => Share(required ? RequiredText(key) : OptionalText(key));

        public string? Date(string key)
        {
            string? value = OptionalText(key);
            if (value is not null && !NewsFacts.Internal.DateText.TryParse(value, out _, out _, out _))
            {
                _context.Report(DiagnosticDescriptors.InvalidDate, Node(key), value);
                return null;
            }

            // Dates repeat from record to record like codes do.
            return Share(value);
        }

        /// <summary>A word from a closed list (a kind, a status, a modality).</summary>
        public string? Word(string key, string[] words, string what, bool required)
        {
            string? value = required ? RequiredText(key) : OptionalText(key);
            if (value is null)
            {
                return null;
            }

            int index = Array.IndexOf(words, value);
            if (index < 0)
            {
                _context.Report(DiagnosticDescriptors.UnknownWord, Node(key), value, what, string.Join(", ", words));
                return null;
            }

            // The list's own string: see ParseContext.Share.
            return words[index];
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

        /// <summary>A whole number of zero or more (an offset), as its digits without leading zeros.</summary>
        public string? Offset(string key)
        {
            string? value = OptionalText(key);
            if (value is null)
            {
                return null;
            }

            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
            {
                _context.Report(DiagnosticDescriptors.InvalidNumber, Node(key), key, value);
                return null;
            }

            return value.Length == 1 || value[0] != '0' ? value : number.ToString(CultureInfo.InvariantCulture);
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

        /// <summary>A list of texts; references (<paramref name="share"/>) as the file's one string of each.</summary>
        public string[] Texts(string key, bool share)
        {
            List<YamlNode> nodes = Items(key);
            if (nodes.Count == 0)
            {
                return Array.Empty<string>();
            }

            var items = new List<string>(nodes.Count);
            for (int i = 0; i < nodes.Count; i++)
            {
                string? text = Scalar(nodes[i], new FieldPath(key, i));
                if (text is not null)
                {
                    items.Add(share ? _context.Share(text) : text);
                }
            }

            return items.ToArray();
        }

        /// <summary>The items of a list field (item i's path is <c>key[i]</c>); reports a field that is not a list.</summary>
        public List<YamlNode> Items(string key)
        {
            YamlNode? node = Node(key);
            if (node is null)
            {
                return NoItems;
            }

            if (node is not YamlSequence sequence)
            {
                _context.Report(DiagnosticDescriptors.WrongNodeType, node, $"{Path}.{key}", "a list", node.Describe);
                return NoItems;
            }

            return sequence.Items;
        }

        /// <summary>
        /// A reader for item <paramref name="index"/> of the list field <paramref name="key"/>, which must be a
        /// mapping (reported otherwise); the values it reads are remembered as <c>key[index].field</c> of this record.
        /// </summary>
        public MappingReader? ItemReader(string key, int index, YamlNode item, string what, string[] knownKeys)
        {
            var local = new FieldPath(key, index);
            if (item is YamlMapping mapping)
            {
                return new MappingReader(_context, mapping, what, knownKeys, null, this, local.Within(_at), local);
            }

            _context.Report(DiagnosticDescriptors.WrongNodeType, item, Path + "." + local.ToString(), "a mapping", item.Describe);
            return null;
        }

        /// <summary>Names per language, a mapping from language code to name: language, name, language, name… in language order.</summary>
        public string[] Names(string key)
        {
            YamlNode? node = Node(key);
            if (node is null)
            {
                return Array.Empty<string>();
            }

            YamlMapping? mapping = AsMapping(_context, node, $"{Path}.{key}");
            if (mapping is null)
            {
                return Array.Empty<string>();
            }

            var names = new List<KeyValuePair<string, string>>(mapping.Entries.Count);
            foreach (KeyValuePair<YamlScalar, YamlNode> entry in mapping.Entries)
            {
                string? text = Scalar(entry.Value, new FieldPath(key, Sub: entry.Key.Value));
                if (text is not null)
                {
                    names.Add(new KeyValuePair<string, string>(_context.Share(entry.Key.Value), text));
                }
            }

            names.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            var pairs = new string[names.Count * 2];
            for (int i = 0; i < names.Count; i++)
            {
                pairs[2 * i] = names[i].Key;
                pairs[(2 * i) + 1] = names[i].Value;
            }

            return pairs;
        }

        public string Describe() => What + (Value("id") is YamlScalar scalar ? $" '{scalar.Value}'" : $" at {Path}");

        private string? Share(string? text) => text is null ? null : _context.Share(text);

        private YamlNode? Value(string key)
        {
            int known = Array.IndexOf(_knownKeys, key);
            return known < 0 ? null : _values[known];
        }

        /// <summary>A text value at <paramref name="at"/> (relative to this mapping), remembered where it stands.</summary>
        private string? Scalar(YamlNode node, FieldPath at)
        {
            if (node is YamlScalar scalar)
            {
                // Within an evidence item, a value is the record's evidence[i].quote (factuality[0].evidence[1].quote when nested).
                _context.Remember(at.Within(_at), node);
                return scalar.Value;
            }

            _context.Report(DiagnosticDescriptors.WrongNodeType, node, Path + "." + at.ToString(), "a text value", node.Describe);
            return null;
        }
    }
}
