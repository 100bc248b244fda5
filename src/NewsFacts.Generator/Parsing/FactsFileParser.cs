using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using NewsFacts.Generator.Diagnostics;
using NewsFacts.Generator.Model;
using YamlDotNet.Core;

namespace NewsFacts.Generator.Parsing
{
    /// <summary>Parses one facts file into a <see cref="FactsFile"/>: records, diagnostics and node locations. Never throws on bad input.</summary>
    internal static class FactsFileParser
    {
        internal static readonly string[] TopLevelKeys = { "schema", "kinds", "documents", "entities", "events", "relations", "statements", "claims", "discrepancies" };

        public static FactsFile Parse(string filePath, SourceText? source, CancellationToken cancellationToken)
        {
            var context = new ParseContext(filePath, 0);
            DatasetSpec dataset = DatasetSpec.Empty;
            try
            {
                string text = source?.ToString() ?? string.Empty;
                context = new ParseContext(filePath, text.Length);
                if (source is null)
                {
                    context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, StartOf(filePath), "the file could not be read"));
                }
                else if (text.IndexOf('\uFFFD') is int bad and >= 0)
                {
                    // The compiler decodes bytes that are not valid in the file's encoding as U+FFFD: the text is not what the author wrote.
                    context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UndecodableText, Point(filePath, source, bad)));
                }
                else
                {
                    dataset = ParseText(text, context, cancellationToken);
                }
            }
            catch (System.Exception exception) when (exception is not System.OperationCanceledException)
            {
                // A bug of ours must not become CS8785 in a consumer's build: report it on the file instead.
                context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, StartOf(filePath), exception.GetType().Name, exception.Message));
                dataset = DatasetSpec.Empty;
            }

            return new FactsFile(filePath, dataset, context.Diagnostics.ToEquatableArray(), context.Locations.ToEquatableArray(), context.Origins.ToEquatableArray());
        }

        internal static LocationInfo StartOf(string filePath) => new LocationInfo(filePath, default, default);

        private static LocationInfo Point(string filePath, SourceText source, int offset)
        {
            LinePosition position = source.Lines.GetLinePosition(offset);
            return new LocationInfo(filePath, new TextSpan(offset, 1), new LinePositionSpan(position, new LinePosition(position.Line, position.Character + 1)));
        }

        private static DatasetSpec ParseText(string text, ParseContext context, CancellationToken cancellationToken)
        {
            var problems = new List<YamlProblem>();
            YamlNode? root = YamlTreeBuilder.Build(text, problems, cancellationToken);
            foreach (YamlProblem problem in problems)
            {
                var location = SourcePositions.Locate(context.FilePath, problem.Start, problem.End, text.Length);
                context.Diagnostics.Add(problem.Kind switch
                {
                    YamlProblemKind.Syntax => DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, location, problem.Message),
                    YamlProblemKind.DuplicateKey => DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateKey, location, problem.Message),
                    YamlProblemKind.Limit => DiagnosticInfo.Create(DiagnosticDescriptors.LimitExceeded, location, problem.Message.Split('|')),
                    _ => DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedYaml, location, problem.Message),
                });
            }

            if (problems.Count > 0)
            {
                // A file that YAML itself rejects yields no records: half a file would drop facts silently.
                return DatasetSpec.Empty;
            }

            if (root is null || root is YamlScalar { IsNull: true })
            {
                context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyFile, SourcePositions.Locate(context.FilePath, Mark.Empty, Mark.Empty, text.Length)));
                return DatasetSpec.Empty;
            }

            YamlMapping? top = MappingReader.AsMapping(context, root, "the file");
            if (top is null)
            {
                return DatasetSpec.Empty;
            }

            // Declared kinds come first: their plural names are sections of this file.
            var records = new RecordParser(context, cancellationToken);
            EquatableArray<KindSpec> kinds = records.Kinds(top);
            var keys = new List<string>(TopLevelKeys);
            foreach (KindSpec kind in kinds)
            {
                if (!keys.Contains(kind.Plural))
                {
                    keys.Add(kind.Plural);
                }
            }

            var reader = new MappingReader(context, top, "the file", "the file", keys.ToArray());
            string? schema = reader.RequiredText("schema");
            if (schema is not null && schema != "1")
            {
                context.Report(DiagnosticDescriptors.UnsupportedSchema, reader.Node("schema"), schema);
                return DatasetSpec.Empty;
            }

            var custom = new List<CustomRecordSpec>();
            foreach (KindSpec kind in kinds)
            {
                custom.AddRange(records.Section(reader, kind.Plural, r => records.CustomRecord(kind, r), RecordParser.KeysOf(kind), "a " + kind.Name));
            }

            return new DatasetSpec(
                records.Section(reader, "documents", records.Document),
                records.Section(reader, "entities", records.Entity),
                records.Section(reader, "events", records.Event),
                records.Section(reader, "relations", records.Relation),
                records.Section(reader, "statements", records.Statement),
                records.Section(reader, "claims", records.Claim),
                records.Section(reader, "discrepancies", records.Discrepancy),
                kinds,
                custom.ToEquatableArray());
        }
    }
}
