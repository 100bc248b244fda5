using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using NewsFacts.Generator.Diagnostics;
using NewsFacts.Generator.Model;
using NewsFacts.Internal;
using YamlDotNet.Core;

namespace NewsFacts.Generator.Parsing
{
    /// <summary>Parses one facts file into a <see cref="FactsFile"/>: records, diagnostics and where each record came from. Never throws on bad input.</summary>
    internal static class FactsFileParser
    {
        /// <summary>The top-level keys of every facts file: the version, the declared kinds and the built-in kinds' sections.</summary>
        internal static readonly string[] TopLevelKeys = BuiltInSchema.FactsFile.Keys();

        /// <summary>How messages name the file's top-level mapping; records' node paths start with it (<c>the file.entities[3]</c>).</summary>
        internal const string FileNodePath = "the file";

        public static FactsFile Parse(string filePath, SourceText? source, CancellationToken cancellationToken)
        {
            var context = new ParseContext(filePath, 0);
            var kinds = new List<Located<KindSpec>>();
            var records = new List<Located<RecordSpec>>();
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
                    ParseText(text, context, kinds, records, cancellationToken);
                }
            }
            catch (System.Exception exception) when (exception is not System.OperationCanceledException)
            {
                // A bug of ours must not become CS8785 in a consumer's build: report it on the file instead.
                context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, StartOf(filePath), exception.GetType().Name, exception.Message));
                kinds.Clear();
                records.Clear();
            }

            return new FactsFile(filePath, kinds.ToEquatableArray(), records.ToEquatableArray(), context.Diagnostics.ToEquatableArray(), context.Locations(), context.PartlyRead);
        }

        internal static LocationInfo StartOf(string filePath) => new LocationInfo(filePath, default, default);

        private static LocationInfo Point(string filePath, SourceText source, int offset)
        {
            LinePosition position = source.Lines.GetLinePosition(offset);
            return new LocationInfo(filePath, new TextSpan(offset, 1), new LinePositionSpan(position, new LinePosition(position.Line, position.Character + 1)));
        }

        private static void ParseText(string text, ParseContext context, List<Located<KindSpec>> kinds, List<Located<RecordSpec>> records, CancellationToken cancellationToken)
        {
            // The built-in sections are read record by record while YAML is parsed; what they report waits for their turn below.
            var problems = new List<YamlProblem>();
            var sections = new BuiltInSections(context, cancellationToken);
            YamlNode? root = YamlTreeBuilder.Build(text, problems, sections, cancellationToken);
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

            // A problem in the YAML itself stopped the reading there (YamlTreeBuilder): the records complete before it
            // are kept, so an editor does not lose every record of a file while one line is being typed. A size limit
            // (NF0022) is a hostile or broken file: nothing of it is kept.
            context.PartlyRead = problems.Count > 0;
            foreach (YamlProblem problem in problems)
            {
                if (problem.Kind == YamlProblemKind.Limit)
                {
                    return;
                }
            }

            if (root is null || root is YamlScalar { IsNull: true })
            {
                if (!context.PartlyRead)
                {
                    context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyFile, SourcePositions.Locate(context.FilePath, Mark.Empty, Mark.Empty, text.Length)));
                }

                return;
            }

            if (context.PartlyRead && root is not YamlMapping)
            {
                return;
            }

            YamlMapping? top = MappingReader.AsMapping(context, root, FileNodePath);
            if (top is null)
            {
                return;
            }

            // Declared kinds come first: their plural names are sections of this file. A kind whose section is one every
            // file has (a built-in kind's, schema, kinds) is rejected by validation (NF0024); its records are not read.
            kinds.AddRange(new RecordParser(context).Kinds(top));
            var keys = new List<string>(TopLevelKeys);
            var declared = new List<SchemaKind>();
            foreach (Located<KindSpec> kind in kinds)
            {
                if (!keys.Contains(kind.Value.Plural))
                {
                    keys.Add(kind.Value.Plural);
                    declared.Add(DeclaredKindSchema.Describe(kind.Value));
                }
            }

            var reader = new MappingReader(context, top, FileNodePath, FileNodePath, keys.ToArray());
            // In a file read partly, 'schema' may be in the part not read.
            string? schema = context.PartlyRead ? reader.OptionalText("schema") : reader.RequiredText("schema");
            if (schema is not null && schema != BuiltInSchema.Version)
            {
                context.Report(DiagnosticDescriptors.UnsupportedSchema, reader.Node("schema"), schema);
                kinds.Clear();
                return;
            }

            foreach (SchemaKind kind in declared)
            {
                new SectionRecords(context, kind, cancellationToken).Finish(reader, context, records);
            }

            foreach (SectionRecords section in sections.Sections)
            {
                section.Finish(reader, context, records);
            }
        }
    }
}
