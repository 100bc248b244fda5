using System.Globalization;
using System.Text;
using NewsFacts.Internal;

namespace NewsFacts.Tests.Infrastructure;

/// <summary>
/// Every way the tests look an entity up by name: each name, alias, misspelling and id of the built-in dataset,
/// as written, without its diacritics (as ICU strips them), in capitals, both, and folded.
/// </summary>
internal static class NameQueries
{
    public static string[] All() =>
        Dataset.Catalog.Entities.SelectMany(Of).Distinct(StringComparer.Ordinal).ToArray();

    public static IEnumerable<string> Of(Entity entity) =>
        entity.Names.All.Select(n => n.Text).Concat(entity.Aliases).Concat(entity.Misspellings).Append(entity.Id).SelectMany(Variants);

    private static IEnumerable<string> Variants(string form)
    {
        // NFC again after the marks are gone, so Hangul syllables (which NFD splits into letters) stay whole.
        string stripped = string.Concat(form.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
            .Normalize(NormalizationForm.FormC);
        return new[] { form, stripped, form.ToUpperInvariant(), stripped.ToUpperInvariant(), NameFolding.Fold(form) };
    }
}
