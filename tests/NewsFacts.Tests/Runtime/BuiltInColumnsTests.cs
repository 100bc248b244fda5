using System.Text;
using NewsFacts.Internal;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Runtime;

/// <summary>
/// src/NewsFacts/Catalog/BuiltInColumns.g.cs, the column constants of each built-in table (<c>EntityColumns.Kind</c>,
/// named by the field's key, at its position in the description) and the decoding of the records whose fields go one
/// to one into their constructor (<c>BuiltInRecords.Document</c>…), is written from the description (BuiltInSchema): a
/// field added to the description changes it, and this test says so (NEWSFACTS_ACCEPT_SNAPSHOTS=1 rewrites it). The
/// runtime reads a row by these constants on a first lookup instead of building the whole description or looking keys
/// up, which costs a fresh process milliseconds of JIT (docs/performance.md).
/// </summary>
public class BuiltInColumnsTests
{
    private static string FilePath => Path.Combine(RepoPaths.Root, "src", "NewsFacts", "Catalog", "BuiltInColumns.g.cs");

    [Fact]
    public void The_generated_column_keys_are_the_description_s()
    {
        string expected = Generate();
        if (Environment.GetEnvironmentVariable("NEWSFACTS_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(FilePath, expected);
        }

        Assert.True(File.Exists(FilePath) && File.ReadAllText(FilePath) == expected, "src/NewsFacts/Catalog/BuiltInColumns.g.cs is not what BuiltInSchema says: run this test with NEWSFACTS_ACCEPT_SNAPSHOTS=1 and commit the file");
    }

    [Fact]
    public void The_column_constants_are_the_keys_positions()
    {
        foreach (SchemaKind kind in BuiltInSchema.Kinds)
        {
            Type columns = typeof(FactCatalog).Assembly.GetType("NewsFacts." + ColumnsClass(kind), throwOnError: true)!;
            IReadOnlyList<string> keys = kind.Record.Keys();
            Assert.Equal(keys.Count, (int)columns.GetField("Count")!.GetRawConstantValue()!);
            string[] constants = columns.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
                .Where(f => f.IsLiteral && f.Name != "Count")
                .OrderBy(f => (int)f.GetRawConstantValue()!)
                .Select(f => f.Name).ToArray();
            Assert.Equal(keys.Select(SchemaField.Pascal), constants);
        }
    }

    /// <summary>
    /// Kinds whose record is not its fields one to one: an entity's kind chooses the record type, and a statement's
    /// evidence is its renderings' sources followed by its own.
    /// </summary>
    private static readonly string[] DecodedByHand = { "entity", "statement" };

    // new Document(Id: RecordDecoder.Text(f[DocumentColumns.Id]), …): each argument named by the description's field (a
    // field the record lacks, or a parameter the description lacks, fails to compile), read from the field's column; a
    // reference is null in the constructor and resolved on first read (XReference). Made from the description alone, so
    // it can be written before the record has the new parameter.
    private static string Decoder(SchemaKind kind)
    {
        string type = kind.RecordTypes.Single();
        var arguments = new List<string>();
        var initializers = new List<string>();
        foreach (SchemaField field in kind.Record.Fields)
        {
            string key = "f[" + ColumnsClass(kind) + "." + SchemaField.Pascal(field.Key) + "]";
            string referred = field.RefersTo.Count == 1 && field.RefersTo[0] != "fact" ? SchemaField.Pascal(field.RefersTo[0]) : "Fact";
            switch (field.Type)
            {
                case SchemaFieldType.Reference:
                    arguments.Add(field.Required ? "null!" : "null");
                    initializers.Add(field.MemberName + "Reference = c.Reference<" + referred + ">(" + key + ")" + (field.Required ? "!" : string.Empty));
                    break;
                case SchemaFieldType.References:
                    arguments.Add("c.References<" + referred + ">(" + key + ")");
                    break;
                case SchemaFieldType.Word when field.Words!.EnumName is { } enumName:
                    // A word that may be absent (no default) is written as -1 and read as null.
                    arguments.Add(field.Required || field.Default is not null
                        ? "(" + enumName + ")RecordDecoder.Number(" + key + ")"
                        : "(" + enumName + "?)RecordDecoder.OptionalNumber(" + key + ")");
                    break;
                case SchemaFieldType.Id or SchemaFieldType.Text or SchemaFieldType.Code:
                    arguments.Add((field.Required ? "RecordDecoder.Text(" : "RecordDecoder.OptionalText(") + key + ")");
                    break;
                case SchemaFieldType.Date:
                    arguments.Add("RecordDecoder.Date(" + key + ")");
                    break;
                case SchemaFieldType.Names:
                    arguments.Add("RecordDecoder.Names(" + key + ")");
                    break;
                case SchemaFieldType.TextList:
                    arguments.Add("RecordDecoder.TextList(" + key + ")");
                    break;
                case SchemaFieldType.Flag:
                    arguments.Add("RecordDecoder.Flag(" + key + ")");
                    break;
                case SchemaFieldType.Records when field.Key == "evidence":
                    arguments.Add("RecordDecoder.Evidence(" + key + ")");
                    break;
                case SchemaFieldType.Records when field.Key == "renderings":
                    arguments.Add("RecordDecoder.Renderings(" + key + ")");
                    break;
                case SchemaFieldType.Records when field.Items == BuiltInSchema.FactualityItem:
                    // Its holders resolve through the catalog, as references do.
                    arguments.Add("RecordDecoder.Factuality(" + key + ", c)");
                    break;
                case SchemaFieldType.Records when field.Items == BuiltInSchema.ReadingItem:
                    arguments.Add("RecordDecoder.Readings(" + key + ")");
                    break;
                default:
                    throw new InvalidOperationException($"{kind.Name}.{field.Key}: no decoding for a {field.Type} field; decode the kind by hand (DecodedByHand) or teach this test the type");
            }
        }

        var code = new StringBuilder();
        code.Append("        public static object ").Append(type).Append("(string[] f, FactCatalog c) => new ").Append(type).Append("(\n            ")
            .Append(string.Join(",\n            ", arguments.Select((a, i) => kind.Record.Fields[i].MemberName + ": " + a))).Append(')');
        if (initializers.Count > 0)
        {
            code.Append("\n        {\n").Append(string.Concat(initializers.Select(i => "            " + i + ",\n"))).Append("        }");
        }

        return code.Append(";\n").ToString();
    }

    /// <summary>The class of a built-in kind's column constants: <c>EventColumns</c>.</summary>
    private static string ColumnsClass(SchemaKind kind) => SchemaField.Pascal(kind.Name) + "Columns";

    private static string Generate()
    {
        var text = new StringBuilder();
        text.Append("""
            // <auto-generated/>
            // Written from BuiltInSchema (src/Shared) by tests/NewsFacts.Tests/Runtime/BuiltInColumnsTests.cs; do not edit:
            // run that test with NEWSFACTS_ACCEPT_SNAPSHOTS=1 after changing the description. Constants cost a first
            // lookup nothing; the description itself is built only when something walks it.
            namespace NewsFacts
            {
            """);
        foreach (SchemaKind kind in BuiltInSchema.Kinds)
        {
            IReadOnlyList<SchemaField> fields = kind.Record.Fields;
            text.Append("\n    /// <summary>The column of each field of the ").Append(kind.Name).Append(" table (").Append(kind.Section).Append("), and how many there are.</summary>\n")
                .Append("    internal static class ").Append(ColumnsClass(kind)).Append("\n    {\n        public const int ")
                .Append(string.Join(", ", fields.Select((f, i) => SchemaField.Pascal(f.Key) + " = " + i)))
                .Append(", Count = ").Append(fields.Count).Append(";\n    }\n");
        }

        text.Append("""

                /// <summary>
                /// The records of the built-in kinds whose fields go one to one into their record's constructor, each field
                /// read from its column; the entity and statement records are made by hand (<see cref="BuiltInRecords"/>).
                /// </summary>
                internal static partial class BuiltInRecords
                {
            """);
        foreach (SchemaKind kind in BuiltInSchema.Kinds.Where(k => !DecodedByHand.Contains(k.Name)))
        {
            text.Append('\n').Append(Decoder(kind));
        }

        text.Append("    }\n}\n");
        return text.ToString().ReplaceLineEndings("\n");
    }
}
