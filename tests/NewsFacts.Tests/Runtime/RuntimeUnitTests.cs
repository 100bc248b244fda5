using NewsFacts.Internal;

namespace NewsFacts.Tests.Runtime;

public class RuntimeUnitTests
{
    [Theory]
    [InlineData("2024", DatePrecision.Year, "2024")]
    [InlineData("2024-06", DatePrecision.Month, "2024-06")]
    [InlineData("2024-06-18", DatePrecision.Day, "2024-06-18")]
    [InlineData("2024-02-29", DatePrecision.Day, "2024-02-29")]
    public void Dates_parse_with_their_precision_and_print_truncated(string text, DatePrecision precision, string printed)
    {
        FactDate date = FactDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(printed, date.ToString());
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("24")]
    [InlineData("2024-6-1")]
    [InlineData("2024-06-31")]
    [InlineData("")]
    public void Impossible_dates_are_rejected(string text) => Assert.False(FactDate.TryParse(text, out _));

    [Theory]
    [InlineData("Vladimir Poutine", "vladimir poutine")]
    [InlineData("Kim Jong-un", "kim jong un")]
    [InlineData("Corée du Nord", "coree du nord")]
    [InlineData("l’Otan", "l'otan")]
    [InlineData("  M.   Poutine ", "m poutine")]
    [InlineData("Choe Son Hui", "choe son hui")]
    public void Names_fold_case_diacritics_hyphens_dots_and_apostrophes(string name, string key) => Assert.Equal(key, NameFolding.Fold(name));

    [Fact]
    public void An_already_folded_name_is_returned_as_is_without_allocating()
    {
        const string Key = "vladimir putin";

        Assert.Same(Key, NameFolding.Fold(Key));
    }

    [Fact]
    public void Table_escaping_round_trips_controls_and_lone_surrogates()
    {
        const string Value = "a\u001Cb\u001Dc\u001Ed\u001Fe\uD800f\uDC00";

        string escaped = FactTableFormat.EscapeValue(Value);

        Assert.DoesNotContain(escaped, c => c is '\u001D' or '\u001E' or '\u001F' || char.IsSurrogate(c));
        Assert.Equal(Value, FactTableFormat.UnescapeValue(escaped));
    }

    [Fact]
    public void ValueList_compares_by_content()
    {
        ValueList<string> a = ValueList<string>.Create(new[] { "x", "y" });
        ValueList<string> b = ValueList<string>.Create(new[] { "x", "y" });

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ValueList<string>.Create(new[] { "y", "x" }));
    }

    [Fact]
    public void The_generator_word_lists_match_the_runtime_enums()
    {
        static string[] Names<T>() where T : struct, Enum => Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToArray();

        Assert.Equal(Names<FactKind>().Take(5), NewsFacts.Generator.Model.Vocabulary.EntityKinds);
        Assert.Equal(Names<EventStatus>(), NewsFacts.Generator.Model.Vocabulary.EventStatuses);
        Assert.Equal(Names<RelationPredicate>(), NewsFacts.Generator.Model.Vocabulary.RelationPredicates);
        Assert.Equal(Names<ClaimModality>(), NewsFacts.Generator.Model.Vocabulary.ClaimModalities);
        Assert.Equal(Names<DiscrepancyKind>(), NewsFacts.Generator.Model.Vocabulary.DiscrepancyKinds);
    }
}
