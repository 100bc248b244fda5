using System.Collections.Generic;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Model
{
    /// <summary>
    /// A kind a facts file declares (<c>kinds:</c>), described in the same vocabulary as the built-in kinds
    /// (<see cref="BuiltInSchema"/>): the fields every declared kind has, then its own.
    /// </summary>
    internal static class DeclaredKindSchema
    {
        public static SchemaKind Describe(KindSpec kind)
        {
            var fields = new List<SchemaField>(BuiltInSchema.DeclaredKindCommonFields);
            foreach (FieldSpec field in kind.Fields)
            {
                SchemaFieldType type = TypeOf(field.Type);
                fields.Add(new SchemaField
                {
                    Key = field.Name,
                    Type = type,
                    Required = field.Required,
                    Doc = $"A field of the declared kind '{kind.Name}' ({field.Type}).",
                    RefersTo = field.RefersTo is null ? System.Array.Empty<string>() : new[] { field.RefersTo },
                });
            }

            return new SchemaKind
            {
                Name = kind.Name,
                Section = kind.Plural,
                Doc = kind.Description ?? $"Records of the declared kind '{kind.Name}'.",
                RecordTypes = new[] { SchemaField.Pascal(kind.Name) },
                Record = new SchemaRecord { Singular = "a " + kind.Name, Fields = fields },
                Declared = true,
            };
        }

        /// <summary>The description's type for a declared field's type word (<see cref="BuiltInSchema.DeclaredFieldTypes"/>).</summary>
        public static SchemaFieldType TypeOf(string type) => type switch
        {
            "number" => SchemaFieldType.WholeNumber,
            "date" => SchemaFieldType.Date,
            "flag" => SchemaFieldType.Flag,
            "list" => SchemaFieldType.TextList,
            "reference" => SchemaFieldType.Reference,
            "references" => SchemaFieldType.References,
            _ => SchemaFieldType.Text,
        };
    }
}
