namespace NewsFacts.Internal
{
    // Column order of each table. The generator writes rows in this order and the runtime reads them
    // back by the same constants, so the two can never disagree about where a field is.
    // List columns hold items separated by FactTableFormat.ItemSeparator; groups of items are flattened:
    // names are (language, text) pairs, evidence is (document, start, quote) triples, renderings are
    // (language, document, start, text) quadruples. References are ids.

    internal static class DocumentColumns
    {
        public const int Id = 0, Language = 1, Title = 2, Published = 3, PublishedNote = 4, Outlet = 5, Sha256 = 6, Count = 7;
    }

    internal static class EntityColumns
    {
        public const int Id = 0, Kind = 1, Names = 2, Aliases = 3, Misspellings = 4, Ambiguous = 5, Description = 6, Iso = 7, Evidence = 8, Count = 9;
    }

    internal static class EventColumns
    {
        public const int Id = 0, Kind = 1, Status = 2, Names = 3, Start = 4, End = 5, DateWording = 6, DateNote = 7, Place = 8, Participants = 9, Holders = 10, Modality = 11, Description = 12, Evidence = 13, Count = 14;
    }

    internal static class RelationColumns
    {
        public const int Id = 0, Subject = 1, Predicate = 2, Role = 3, Object = 4, Start = 5, End = 6, Holders = 7, Modality = 8, Description = 9, Evidence = 10, Count = 11;
    }

    internal static class StatementColumns
    {
        public const int Id = 0, Speaker = 1, Event = 2, Date = 3, Renderings = 4, Description = 5, Evidence = 6, Count = 7;
    }

    internal static class ClaimColumns
    {
        public const int Id = 0, Text = 1, Modality = 2, Holders = 3, About = 4, Description = 5, Evidence = 6, Count = 7;
    }

    internal static class DiscrepancyColumns
    {
        public const int Id = 0, Kind = 1, Description = 2, Reading = 3, About = 4, Evidence = 5, Count = 6;
    }

    // A declared kind's table: the columns every custom fact has, then one per declared field, in declaration order.
    internal static class CustomColumns
    {
        public const int Id = 0, Names = 1, Aliases = 2, Description = 3, Evidence = 4, FirstField = 5;
    }
}
