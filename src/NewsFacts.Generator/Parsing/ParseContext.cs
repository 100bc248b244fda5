using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using NewsFacts.Generator.Diagnostics;
using NewsFacts.Generator.Model;

namespace NewsFacts.Generator.Parsing
{
    /// <summary>What parsing one file collects besides records: diagnostics and the location of every node read.</summary>
    internal sealed class ParseContext
    {
        private readonly int _textLength;

        public ParseContext(string filePath, int textLength)
        {
            FilePath = filePath;
            _textLength = textLength;
        }

        public string FilePath { get; }

        public List<DiagnosticInfo> Diagnostics { get; } = new List<DiagnosticInfo>();

        public List<NodeLocation> Locations { get; } = new List<NodeLocation>();

        public List<RecordOrigin> Origins { get; } = new List<RecordOrigin>();

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

        public void Remember(string path, YamlNode node) => Locations.Add(new NodeLocation(path, Locate(node)));
    }
}
