using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsFacts.Cli.Check;
using NewsFacts.Cli.Common;
using NewsFacts.Generator.Emit;
using NewsFacts.Generator.Model;
using NewsFacts.Generator.Naming;
using NewsFacts.Generator.Parsing;
using NewsFacts.Generator.Validation;
using NewsFacts.Internal;

namespace NewsFacts.Cli.Report;

/// <summary>
/// A consumer's own facts files made into a catalog without a build: the generator's parser and validator (as
/// <c>check</c> runs them), then its table writer, and the runtime's <see cref="FactCatalog"/> over those tables — the
/// same records a build would give. A declared kind's records become <see cref="DeclaredFact"/>s, whose own fields are
/// read through the catalog's field walk (a build would make a typed record; the report only shows them).
/// </summary>
internal static class FactsFileDataset
{
    /// <summary>Loads facts files and document texts.</summary>
    /// <param name="paths">Facts files and <c>&lt;document id&gt;.txt</c> files, which must exist.</param>
    /// <param name="standalone">The files do not refer to NewsFacts' records (as for <c>check --standalone</c>).</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="CliException">The files have errors (exit code 4), printed first as <c>check</c> prints them.</exception>
    public static ReportDataset Load(IReadOnlyList<string> paths, bool standalone)
    {
        List<CheckedProblem> errors = FactsFileChecker.Check(paths, standalone).Where(p => p.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            foreach (CheckedProblem error in errors)
            {
                Console.Error.WriteLine(error.ToString(Terminal.Error));
            }

            throw new CliException(ExitCodes.InvalidFacts, $"the facts files have {(errors.Count == 1 ? "1 error" : errors.Count + " errors")}; no report written");
        }

        List<string> factsFiles = paths.Where(p => !IsText(p)).ToList();
        if (factsFiles.Count == 0)
        {
            throw new CliException(ExitCodes.BadArguments, "give at least one facts file (*.facts.yaml) besides the .txt documents");
        }

        ImmutableArray<FactsFile> files = factsFiles
            .Select(path => FactsFileParser.Parse(path, SourceText.From(File.ReadAllText(path)), CancellationToken.None))
            .ToImmutableArray();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string path in paths.Where(IsText))
        {
            texts[Path.GetFileNameWithoutExtension(path)] = DocumentTexts.Decode(File.ReadAllBytes(path));
        }

        ImmutableArray<DocumentText> documents = texts.Select(t => new DocumentText(t.Key, t.Value)).ToImmutableArray();
        EquatableArray<ReferencedDatasetSpec> referenced = standalone ? EquatableArray<ReferencedDatasetSpec>.Empty : Common.PackageDatasets.NewsFacts();
        var options = new GeneratorOptions(CSharpNames.Namespace(null), null);
        EmitModel model = DatasetValidator.Validate(files, documents, referenced, options, CancellationToken.None).Model
            ?? throw new CliException(ExitCodes.InvalidFacts, "the facts files hold no dataset");

        var tables = new CompiledTables(model.Dataset);
        FactCatalog catalog = model.Referenced.Count > 0 ? new FactCatalog(tables, Dataset.Catalog) : new FactCatalog(tables);
        var counts = Enum.GetValues<FactKind>().Select(kind => new KindCount(kind, catalog.Facts.Count(f => f.Kind == kind && catalog.DatasetOf(f) == catalog)));
        var info = new DatasetInfo(
            DatasetInfoWriter.SchemaVersion,
            DatasetInfoWriter.ContentHash(tables.Texts),
            ValueList<KindCount>.Create(counts),
            ValueList<DocumentHash>.Create(catalog.Documents.Where(d => catalog.DatasetOf(d) == catalog).OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => new DocumentHash(d.Id, d.Sha256))));
        string title = "Facts of " + string.Join(", ", factsFiles.Select(Path.GetFileName));
        return new ReportDataset(title, catalog, info, texts);
    }

    private static bool IsText(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>The generator's tables of a validated dataset, held in memory as UTF-8.</summary>
    private sealed class CompiledTables : FactTables
    {
        private readonly byte[][] _tables;
        private readonly IReadOnlyList<CustomKindTable> _custom;

        public CompiledTables(DatasetSpec d)
            : base(NewsFacts.Internal.FactTableFormat.Version)
        {
            // The built-in kinds' tables in the order of BuiltInSchema.Kinds, which is FactTables' order below.
            var texts = BuiltInSchema.Kinds.Select(kind => TableWriter.Write(kind, d.Of(kind.Name))).ToList();
            var custom = new List<CustomKindTable>();
            foreach ((KindSpec kind, List<RecordSpec> records) in CustomKindEmitter.Rows(d))
            {
                string table = TableWriter.Write(DeclaredKindSchema.Describe(kind), records);
                texts.Add(table);
                custom.Add(new DeclaredKindTable(kind, Encoding.UTF8.GetBytes(table)));
            }

            Texts = texts;
            _tables = texts.Select(Encoding.UTF8.GetBytes).ToArray();
            _custom = custom;
        }

        /// <summary>The tables' text, in the order the content hash covers them.</summary>
        public IReadOnlyList<string> Texts { get; }

        public override ReadOnlySpan<byte> Documents => _tables[0];

        public override ReadOnlySpan<byte> Entities => _tables[1];

        public override ReadOnlySpan<byte> Events => _tables[2];

        public override ReadOnlySpan<byte> Relations => _tables[3];

        public override ReadOnlySpan<byte> Statements => _tables[4];

        public override ReadOnlySpan<byte> Claims => _tables[5];

        public override ReadOnlySpan<byte> Discrepancies => _tables[6];

        public override IReadOnlyList<CustomKindTable> CustomKinds => _custom;
    }

    /// <summary>The table of a declared kind, decoding rows into <see cref="DeclaredFact"/>s.</summary>
    private sealed class DeclaredKindTable : CustomKindTable
    {
        private readonly KindSpec _kind;
        private readonly byte[] _table;

        public DeclaredKindTable(KindSpec kind, byte[] table)
        {
            _kind = kind;
            _table = table;
        }

        public override string KindName => _kind.Name;

        public override int ColumnCount => FirstField + _kind.Fields.Count;

        public override ReadOnlySpan<byte> Table => _table;

        public override IReadOnlyList<FactField> Fields =>
            _kind.Fields.Select(f => new FactField(f.Name, Enum.Parse<FactFieldType>(CustomKindEmitter.FieldType(f)))).ToArray();

        // The kind's own fields are read by the field walk (FactCatalog.Fields), which the table's Fields describe.
        public override CustomFact Decode(CustomRow row) => new DeclaredFact(row.Id, row.Names, row.Aliases, row.Description, row.Evidence, _kind.Name);
    }
}

/// <summary>A fact of a kind declared in a facts file, as the report reads it without the generated record type.</summary>
/// <param name="Id">The id.</param>
/// <param name="Names">The names.</param>
/// <param name="Aliases">The aliases.</param>
/// <param name="Description">The description.</param>
/// <param name="Evidence">The evidence.</param>
/// <param name="DeclaredKind">The kind's name.</param>
internal sealed record DeclaredFact(string Id, Names Names, ValueList<string> Aliases, string? Description, ValueList<Evidence> Evidence, string DeclaredKind)
    : CustomFact(Id, Names, Aliases, Description, Evidence)
{
    /// <inheritdoc/>
    public override string KindName => DeclaredKind;
}
