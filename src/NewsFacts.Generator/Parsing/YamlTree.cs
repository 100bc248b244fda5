using System.Collections.Generic;
using YamlDotNet.Core;

namespace NewsFacts.Generator.Parsing
{
    // A small YAML tree with positions, built from YamlDotNet's event parser. Parse-time only: the
    // pipeline carries FactsFile values, never these nodes. The records of a large file are never all
    // in one tree: YamlTreeBuilder hands each item of a section list over as soon as it is complete
    // (IYamlItemSink), so each record's nodes are short-lived.

    internal abstract class YamlNode
    {
        protected YamlNode(Mark start, Mark end)
        {
            Start = start;
            End = end;
        }

        public Mark Start { get; }

        public Mark End { get; set; }

        /// <summary>A flow collection, written <c>{ … }</c> or <c>[ … ]</c>.</summary>
        public bool IsFlow { get; set; }

        /// <summary>How the node is named in messages: "a mapping", "a list", "a text value".</summary>
        public abstract string Describe { get; }
    }

    internal sealed class YamlScalar : YamlNode
    {
        public YamlScalar(string value, ScalarStyle style, Mark start, Mark end)
            : base(start, end)
        {
            Value = value;
            Style = style;
        }

        public string Value { get; }

        public ScalarStyle Style { get; }

        /// <summary>A plain <c>~</c>, <c>null</c> or empty value: YAML's null.</summary>
        public bool IsNull => Style == ScalarStyle.Plain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

        public override string Describe => IsNull ? "empty" : "a text value";
    }

    internal sealed class YamlSequence : YamlNode
    {
        public YamlSequence(Mark start)
            : base(start, start)
        {
        }

        public List<YamlNode> Items { get; } = new List<YamlNode>();

        public override string Describe => "a list";
    }

    internal sealed class YamlMapping : YamlNode
    {
        public YamlMapping(Mark start)
            : base(start, start)
        {
        }

        public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = new List<KeyValuePair<YamlScalar, YamlNode>>();

        public override string Describe => "a mapping";
    }
}
