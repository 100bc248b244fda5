using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NewsFacts.Generator.Model;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Emit
{
    /// <summary>Writes each section of a dataset as one table in the layout of <see cref="FactTableFormat"/>.</summary>
    internal static class TableWriter
    {
        public static string Documents(EquatableArray<DocumentSpec> documents) => Table(documents, DocumentColumns.Count, (d, row) =>
        {
            row[DocumentColumns.Id] = Text(d.Id);
            row[DocumentColumns.Language] = Text(d.Language);
            row[DocumentColumns.Title] = Text(d.Title);
            row[DocumentColumns.Published] = Text(d.Published);
            row[DocumentColumns.PublishedNote] = Text(d.PublishedNote);
            row[DocumentColumns.Outlet] = Text(d.Outlet);
            row[DocumentColumns.Sha256] = Text(d.Sha256);
        });

        public static string Entities(EquatableArray<EntitySpec> entities) => Table(entities, EntityColumns.Count, (e, row) =>
        {
            row[EntityColumns.Id] = Text(e.Id);
            row[EntityColumns.Kind] = Number(Vocabulary.IndexOf(Vocabulary.EntityKinds, e.Kind));
            row[EntityColumns.Names] = Names(e.Names);
            row[EntityColumns.Aliases] = List(e.Aliases);
            row[EntityColumns.Misspellings] = List(e.Misspellings);
            row[EntityColumns.Ambiguous] = e.Ambiguous ? "1" : string.Empty;
            row[EntityColumns.Description] = Text(e.Description);
            row[EntityColumns.Iso] = Text(e.Iso);
            row[EntityColumns.Evidence] = Evidence(e.Evidence);
        });

        public static string Events(EquatableArray<EventSpec> events) => Table(events, EventColumns.Count, (e, row) =>
        {
            row[EventColumns.Id] = Text(e.Id);
            row[EventColumns.Kind] = Text(e.Kind);
            row[EventColumns.Status] = Number(Vocabulary.IndexOf(Vocabulary.EventStatuses, e.Status));
            row[EventColumns.Names] = Names(e.Names);
            row[EventColumns.Start] = Text(e.Start);
            row[EventColumns.End] = Text(e.End);
            row[EventColumns.DateWording] = Text(e.DateWording);
            row[EventColumns.DateNote] = Text(e.DateNote);
            row[EventColumns.Place] = Text(e.Place);
            row[EventColumns.Participants] = List(e.Participants);
            row[EventColumns.Description] = Text(e.Description);
            row[EventColumns.Evidence] = Evidence(e.Evidence);
        });

        public static string Relations(EquatableArray<RelationSpec> relations) => Table(relations, RelationColumns.Count, (r, row) =>
        {
            row[RelationColumns.Id] = Text(r.Id);
            row[RelationColumns.Subject] = Text(r.Subject);
            row[RelationColumns.Predicate] = Number(Vocabulary.IndexOf(Vocabulary.RelationPredicates, r.Predicate));
            row[RelationColumns.Role] = Text(r.Role);
            row[RelationColumns.Object] = Text(r.Object);
            row[RelationColumns.Start] = Text(r.Start);
            row[RelationColumns.End] = Text(r.End);
            row[RelationColumns.Description] = Text(r.Description);
            row[RelationColumns.Evidence] = Evidence(r.Evidence);
        });

        public static string Statements(EquatableArray<StatementSpec> statements) => Table(statements, StatementColumns.Count, (s, row) =>
        {
            var renderings = new List<string>();
            foreach (RenderingSpec rendering in s.Renderings)
            {
                renderings.Add(rendering.Language);
                renderings.Add(rendering.Document);
                renderings.Add(rendering.Start.ToString(CultureInfo.InvariantCulture));
                renderings.Add(rendering.Text);
            }

            row[StatementColumns.Id] = Text(s.Id);
            row[StatementColumns.Speaker] = Text(s.Speaker);
            row[StatementColumns.Event] = Text(s.Event);
            row[StatementColumns.Date] = Text(s.Date);
            row[StatementColumns.Renderings] = Items(renderings);
            row[StatementColumns.Description] = Text(s.Description);
            row[StatementColumns.Evidence] = Evidence(s.Evidence);
        });

        public static string Claims(EquatableArray<ClaimSpec> claims) => Table(claims, ClaimColumns.Count, (c, row) =>
        {
            row[ClaimColumns.Id] = Text(c.Id);
            row[ClaimColumns.Text] = Text(c.Text);
            row[ClaimColumns.Modality] = Number(Vocabulary.IndexOf(Vocabulary.ClaimModalities, c.Modality));
            row[ClaimColumns.Holders] = List(c.Holders);
            row[ClaimColumns.About] = List(c.About);
            row[ClaimColumns.Description] = Text(c.Description);
            row[ClaimColumns.Evidence] = Evidence(c.Evidence);
        });

        public static string Discrepancies(EquatableArray<DiscrepancySpec> discrepancies) => Table(discrepancies, DiscrepancyColumns.Count, (d, row) =>
        {
            row[DiscrepancyColumns.Id] = Text(d.Id);
            row[DiscrepancyColumns.Kind] = Number(Vocabulary.IndexOf(Vocabulary.DiscrepancyKinds, d.Kind));
            row[DiscrepancyColumns.Description] = Text(d.Description);
            row[DiscrepancyColumns.Reading] = Text(d.Reading);
            row[DiscrepancyColumns.About] = List(d.About);
            row[DiscrepancyColumns.Evidence] = Evidence(d.Evidence);
        });

        /// <summary>The rows of a declared kind: the common columns, then one per field in declaration order.</summary>
        public static string Custom(KindSpec kind, IEnumerable<CustomRecordSpec> records)
        {
            var list = new List<CustomRecordSpec>(records);
            return Table(list.ToEquatableArray(), CustomColumns.FirstField + kind.Fields.Count, (r, row) =>
            {
                row[CustomColumns.Id] = Text(r.Id);
                row[CustomColumns.Names] = Names(r.Names);
                row[CustomColumns.Aliases] = List(r.Aliases);
                row[CustomColumns.Description] = Text(r.Description);
                row[CustomColumns.Evidence] = Evidence(r.Evidence);
                for (int i = 0; i < kind.Fields.Count; i++)
                {
                    FieldSpec field = kind.Fields[i];
                    EquatableArray<string> values = default;
                    foreach (FieldValue value in r.Fields)
                    {
                        if (value.Name == field.Name)
                        {
                            values = value.Values;
                        }
                    }

                    row[CustomColumns.FirstField + i] = field.Type is "list" or "references" ? List(values) : values.Count == 0 ? string.Empty : Text(values[0]);
                }
            });
        }

        private static string Table<T>(EquatableArray<T> records, int columns, System.Action<T, string[]> fill)
            where T : System.IEquatable<T>
        {
            var table = new StringBuilder();
            var row = new string[columns];
            foreach (T record in records)
            {
                fill(record, row);
                for (int i = 0; i < columns; i++)
                {
                    if (i > 0)
                    {
                        table.Append(FactTableFormat.FieldSeparator);
                    }

                    table.Append(row[i]);
                }

                table.Append(FactTableFormat.RecordEnd);
            }

            return table.ToString();
        }

        private static string Text(string? value) => value is null ? string.Empty : FactTableFormat.EscapeValue(value);

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string List(EquatableArray<string> values) => Items(values);

        private static string Items(IEnumerable<string> values)
        {
            var builder = new StringBuilder();
            bool first = true;
            foreach (string value in values)
            {
                if (!first)
                {
                    builder.Append(FactTableFormat.ItemSeparator);
                }

                first = false;
                builder.Append(value.Length == 0 ? FactTableFormat.EmptyItem : FactTableFormat.EscapeValue(value));
            }

            return builder.ToString();
        }

        private static string Names(EquatableArray<NameSpec> names)
        {
            var items = new List<string>();
            foreach (NameSpec name in names)
            {
                items.Add(name.Language);
                items.Add(name.Text);
            }

            return Items(items);
        }

        private static string Evidence(EquatableArray<EvidenceSpec> evidence)
        {
            var items = new List<string>();
            foreach (EvidenceSpec item in evidence)
            {
                items.Add(item.Document);
                items.Add(item.Start.ToString(CultureInfo.InvariantCulture));
                items.Add(item.Quote);
            }

            return Items(items);
        }
    }
}
