using System.Collections.Generic;
using NewsFacts.Internal;

namespace NewsFacts.Cli.Export;

/// <summary>
/// One kind of record as the exports and <c>show</c> walk it: its name, the section that holds its records, whether
/// its records are of several types (entities: person, country…), its fields (<see cref="FactCatalog.FieldsOf"/>)
/// and its records.
/// </summary>
/// <param name="Name">The kind as the facts file names it: <c>event</c>, or a declared kind's name.</param>
/// <param name="Section">The section of its records: <c>events</c>; a declared kind's name.</param>
/// <param name="SeveralTypes">Whether its records are of several types, each its own kind word (entities).</param>
/// <param name="Fields">The fields a record of the kind has, in the order of the description.</param>
/// <param name="Records">The records.</param>
internal sealed record RecordKind(string Name, string Section, bool SeveralTypes, IReadOnlyList<FactField> Fields, IEnumerable<object> Records);

/// <summary>
/// The kinds of a dataset in the order of the description of a facts file (BuiltInSchema: documents, entities,
/// events…), then the kinds it declares: what every export writes, so a field added to the description reaches
/// every export without a change to the exporters.
/// </summary>
internal static class RecordKinds
{
    /// <summary>Every kind of the dataset, built-in ones first.</summary>
    /// <param name="catalog">The dataset.</param>
    /// <returns>The kinds, each with its records.</returns>
    public static IReadOnlyList<RecordKind> Of(FactCatalog catalog)
    {
        var kinds = new List<RecordKind>();
        foreach (SchemaKind kind in BuiltInSchema.Kinds)
        {
            kinds.Add(new RecordKind(kind.Name, kind.Section, kind.RecordTypes.Count > 1, catalog.FieldsOf(kind.Name), RecordsOf(catalog, kind.Name)));
        }

        foreach (string name in catalog.CustomKindNames)
        {
            kinds.Add(new RecordKind(name, name, false, catalog.FieldsOf(name), catalog.Custom(name)));
        }

        return kinds;
    }

    /// <summary>The fields of a fact or a document, with their values.</summary>
    /// <param name="catalog">The dataset.</param>
    /// <param name="record">A <see cref="Fact"/> or a <see cref="Document"/> of it.</param>
    /// <returns>The fields.</returns>
    public static IReadOnlyList<FactField> FieldsOf(FactCatalog catalog, object record) =>
        record is Document document ? catalog.Fields(document) : catalog.Fields((Fact)record);

    /// <summary>The id of a fact or a document.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The id.</returns>
    public static string IdOf(object record) => record is Document document ? document.Id : ((Fact)record).Id;

    /// <summary>The kind word of a fact or a document: <c>document</c>, <c>person</c>, <c>event</c>, a declared kind's name.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The word.</returns>
    public static string KindOf(object record) => record is Document ? "document" : JsonExporter.KindOf((Fact)record);

    /// <summary>Whether a field is one of those that close every record in the exports: its description and evidence.</summary>
    /// <param name="field">The field.</param>
    /// <returns>True for <c>description</c> and <c>evidence</c>.</returns>
    public static bool IsTail(FactField field) => field.Key is "description" or "evidence";

    // The catalog's list of each built-in kind: the one place that names them.
    private static IEnumerable<object> RecordsOf(FactCatalog catalog, string kind) => kind switch
    {
        "document" => catalog.Documents,
        "entity" => catalog.Entities,
        "event" => catalog.Events,
        "relation" => catalog.Relations,
        "statement" => catalog.Statements,
        "claim" => catalog.Claims,
        "discrepancy" => catalog.Discrepancies,
        _ => throw new System.ArgumentOutOfRangeException(nameof(kind), kind, "not a built-in kind"),
    };
}
