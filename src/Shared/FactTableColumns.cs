namespace NewsFacts.Internal
{
    // The column order of a built-in kind's table is the order of its fields in the description (BuiltInSchema):
    // the generator's table writer walks the fields, and the runtime finds a column by its key or by the constants
    // written from the description into src/NewsFacts/Catalog/BuiltInColumns.g.cs (EntityColumns.Kind…).
    // List columns hold items separated by FactTableFormat.ItemSeparator; groups of items are flattened:
    // names are (language, text) pairs, evidence is (document, start, quote) triples, renderings are
    // (language, document, start, text) quadruples. References are ids.

    // A declared kind's table: the columns every custom fact has, then one per declared field, in declaration order.
    internal static class CustomColumns
    {
        public const int Id = 0, Names = 1, Aliases = 2, Description = 3, Evidence = 4, FirstField = 5;
    }
}
