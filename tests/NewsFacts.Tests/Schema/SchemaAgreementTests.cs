using System.Reflection;
using NewsFacts.Generator.Model;
using NewsFacts.Generator.Parsing;
using NewsFacts.Internal;

namespace NewsFacts.Tests.Schema;

/// <summary>
/// The description of the built-in kinds (BuiltInSchema, src/Shared) against what each layer writes by hand: the
/// public record types of NewsFacts.dll and a declared kind's common columns (CustomColumns; the built-in kinds'
/// column constants are written from the description, BuiltInColumnsTests). The generator's parser, validator and
/// table writer read the description itself (RecordParserTests holds the parser to it from the outside).
/// </summary>
public class SchemaAgreementTests
{
    private static readonly Assembly Runtime = typeof(FactCatalog).Assembly;
    private static readonly Assembly Generator = typeof(Vocabulary).Assembly;

    public static TheoryData<string> KindNames() => new(BuiltInSchema.Kinds.Select(k => k.Name));

    private static SchemaKind Kind(string name) => BuiltInSchema.Kinds.Single(k => k.Name == name);

    [Theory]
    [MemberData(nameof(KindNames))]
    public void Each_record_type_has_a_constructor_parameter_per_field_and_no_other(string name)
    {
        SchemaKind kind = Kind(name);
        for (int i = 0; i < kind.RecordTypes.Count; i++)
        {
            Type type = Runtime.GetType("NewsFacts." + kind.RecordTypes[i], throwOnError: true)!;
            ConstructorInfo constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            string? entityKind = kind.RecordTypes.Count > 1 ? BuiltInSchema.EntityKinds.Words[i].Value : null;
            string[] expected = kind.Record.Fields
                .Where(f => !f.ChoosesRecordType && (f.OnlyFor.Count == 0 || f.OnlyFor.Contains(entityKind!)))
                .Select(f => f.MemberName).Order(StringComparer.Ordinal).ToArray();
            string[] actual = constructor.GetParameters().Select(p => p.Name!).Order(StringComparer.Ordinal).ToArray();
            Assert.True(expected.SequenceEqual(actual), $"{type.Name}: description [{string.Join(", ", expected)}], record [{string.Join(", ", actual)}]");
        }
    }

    [Fact]
    public void Every_public_fact_record_of_the_runtime_is_described()
    {
        string[] described = BuiltInSchema.Kinds.SelectMany(k => k.RecordTypes).Order(StringComparer.Ordinal).ToArray();
        string[] records = Runtime.GetExportedTypes()
            .Where(t => !t.IsAbstract && (t.IsSubclassOf(typeof(Fact)) || t == typeof(Document)) && !t.IsSubclassOf(typeof(CustomFact)))
            .Select(t => t.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(records, described);
    }

    [Fact]
    public void A_declared_kind_s_table_starts_with_the_common_fields_in_order()
    {
        // The built-in kinds' column constants are written from the description (BuiltInColumnsTests); a declared
        // kind's common columns are the one short list still kept by hand (CustomColumns), shared with the generator.
        IReadOnlyList<SchemaField> common = BuiltInSchema.DeclaredKindCommonFields;
        string[] constants = typeof(CustomColumns).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name != nameof(CustomColumns.FirstField))
            .Select(f => f.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(common.Select(f => SchemaField.Pascal(f.Key)).Order(StringComparer.Ordinal), constants);
        for (int i = 0; i < common.Count; i++)
        {
            Assert.Equal(i, (int)typeof(CustomColumns).GetField(SchemaField.Pascal(common[i].Key))!.GetRawConstantValue()!);
        }

        int firstField = CustomColumns.FirstField;
        Assert.Equal(common.Count, firstField);
    }

    [Fact]
    public void The_parser_takes_the_top_level_keys_from_the_description()
    {
        Assert.Equal(BuiltInSchema.FactsFile.Keys(), FactsFileParser.TopLevelKeys);
        Assert.Equal(BuiltInSchema.FactsFile.Fields.Skip(2).Select(f => f.Key), BuiltInSchema.Kinds.Select(k => k.Section));
    }

    [Fact]
    public void The_word_lists_are_the_runtime_enums_in_order()
    {
        foreach (SchemaWords words in new[] { BuiltInSchema.EventStatuses, BuiltInSchema.RelationPredicates, BuiltInSchema.ClaimModalities, BuiltInSchema.DiscrepancyKinds, BuiltInSchema.FactualityValues, BuiltInSchema.FactualityPolarities, BuiltInSchema.ReadingRanks })
        {
            Type type = Runtime.GetType("NewsFacts." + words.EnumName, throwOnError: true)!;
            Assert.Equal(Enum.GetNames(type).Select(n => n.ToLowerInvariant()), words.Values());
        }

        Assert.Equal(Enum.GetNames<FactKind>().Take(5).Select(n => n.ToLowerInvariant()), BuiltInSchema.EntityKinds.Values());
        Assert.Equal(BuiltInSchema.Entity.RecordTypes, Enum.GetNames<FactKind>().Take(5));
        Assert.Same(BuiltInSchema.EntityKinds.Words, BuiltInSchema.Entity.Record.Fields.Single(f => f.Key == "kind").Words!.Words);
    }

    [Fact]
    public void Every_field_has_a_doc_and_what_its_type_needs()
    {
        foreach (SchemaRecord record in BuiltInSchema.Kinds.Select(k => k.Record).Append(BuiltInSchema.EvidenceItem).Append(BuiltInSchema.Rendering).Append(BuiltInSchema.FactualityItem).Append(BuiltInSchema.ReadingItem).Append(BuiltInSchema.KindDeclaration).Append(BuiltInSchema.FieldDeclaration))
        {
            foreach (SchemaField field in record.Fields)
            {
                Assert.False(string.IsNullOrWhiteSpace(field.Doc), field.Key);
                Assert.Equal(field.Type == SchemaFieldType.Word, field.Words is not null);
                Assert.Equal(field.Type == SchemaFieldType.Records, field.Items is not null);
                Assert.Equal(field.Type is SchemaFieldType.Reference or SchemaFieldType.References, field.RefersTo.Count > 0);
            }
        }
    }

    [Fact]
    public void A_declared_kind_is_described_in_the_same_vocabulary()
    {
        var spec = new KindSpec("missile", "missiles", "A missile system.", new[]
        {
            new FieldSpec("range-km", "number", null, true),
            new FieldSpec("maker", "reference", "country", false),
            new FieldSpec("first-tested", "date", null, false),
            new FieldSpec("nuclear-capable", "flag", null, false),
            new FieldSpec("other-names", "list", null, false),
            new FieldSpec("used-by", "references", "entity", false),
            new FieldSpec("notes", "text", null, false),
        }.ToEquatableArray());
        SchemaKind kind = DeclaredKindSchema.Describe(spec);
        Assert.True(kind.Declared);
        Assert.Equal("missiles", kind.Section);
        Assert.Equal(new[] { "Missile" }, kind.RecordTypes);
        Assert.Equal(BuiltInSchema.DeclaredKindCommonFields.Select(f => f.Key).Concat(spec.Fields.Select(f => f.Name)), kind.Record.Keys());
        Assert.Equal(
            new[] { SchemaFieldType.WholeNumber, SchemaFieldType.Reference, SchemaFieldType.Date, SchemaFieldType.Flag, SchemaFieldType.TextList, SchemaFieldType.References, SchemaFieldType.Text },
            kind.Record.Fields.Skip(BuiltInSchema.DeclaredKindCommonFields.Count).Select(f => f.Type));
        Assert.Equal(new[] { "RangeKm", "Maker", "FirstTested", "NuclearCapable", "OtherNames", "UsedBy", "Notes" }, kind.Record.Fields.Skip(5).Select(f => f.MemberName));
        Assert.True(kind.Record.Fields.Single(f => f.Key == "range-km").Required);
        Assert.Equal(new[] { "country" }, kind.Record.Fields.Single(f => f.Key == "maker").RefersTo);
        // Every type word of a declared field has its own type in the description.
        Assert.Equal(BuiltInSchema.DeclaredFieldTypes.Values().Length, BuiltInSchema.DeclaredFieldTypes.Values().Select(DeclaredKindSchema.TypeOf).Distinct().Count());
    }
}
