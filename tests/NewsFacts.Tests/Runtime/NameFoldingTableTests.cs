using System.Globalization;
using System.Text;
using NewsFacts.Internal;
using NewsFacts.Tests.Infrastructure;
using NewsFacts.Tools.FoldingTable;

namespace NewsFacts.Tests.Runtime;

/// <summary>
/// The folding table (src/Shared/NameFoldingTable.g.cs) against ICU's normalization, which these tests run with,
/// and against what tools/FoldingTable makes now. The package tests run folding without ICU.
/// </summary>
public class NameFoldingTableTests
{
    [Fact]
    public void The_tests_run_with_ICU()
    {
        Assert.Equal(2, "\u00E9".Normalize(NormalizationForm.FormD).Length);
    }

    [Fact]
    public void Every_BMP_letter_folds_as_ICU_decomposes_and_lower_cases_it()
    {
        var differences = new List<string>();
        var newerThanIcu = new List<string>();
        for (int code = 0x80; code <= 0xFFFF; code++)
        {
            char c = (char)code;
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            // Unassigned in the runtime's Unicode data (a newer ICU may know it): the table cannot fold what the runtime does not know.
            if (char.IsSurrogate(c) || category is UnicodeCategory.OtherNotAssigned or UnicodeCategory.NonSpacingMark or UnicodeCategory.Format
                || char.IsWhiteSpace(c) || IsSeparatorOrApostrophe(c))
            {
                continue;
            }

            string expected = IcuFold(c);
            string actual = NameFolding.Fold(c.ToString());
            if (actual == expected)
            {
                continue;
            }

            // The table's casing is the runtime's Unicode data; a letter newer than this machine's ICU has no case in ICU.
            if (char.ToLowerInvariant(c) == c && char.ToUpperInvariant(c) == c && char.IsLetter(c) && actual.Length == 1)
            {
                newerThanIcu.Add($"U+{code:X4}");
                continue;
            }

            differences.Add($"U+{code:X4} {c}: table \"{actual}\", ICU \"{expected}\"");
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(50)));
        Assert.True(newerThanIcu.Count < 50, "letters cased by the table but not by ICU: " + string.Join(" ", newerThanIcu));
    }

    [Theory]
    [InlineData("Corée-du-Nord", "coree du nord")]
    [InlineData("Coree du Nord", "coree du nord")]
    [InlineData("Core\u0301e du Nord", "coree du nord")] // decomposed, as some systems type it
    [InlineData("ŒUVRE Cœur", "oeuvre coeur")]
    [InlineData("Æsir", "aesir")]
    [InlineData("Straße STRASSE Straẞe", "strasse strasse strasse")]
    [InlineData("Łukasz Đoković Søren", "lukasz dokovic soren")]
    [InlineData("İstanbul Işık", "istanbul isik")]
    [InlineData("ΑΘΗΝΑΣ Αθήνας", "αθηνασ αθηνασ")]
    [InlineData("ВЛАДИМИР ПУТИН Ёлка ёлка", "владимир путин елка елка")]
    [InlineData("Nguyễn Phú Trọng", "nguyen phu trong")]
    [InlineData("김정은", "김정은")] // Hangul syllables stay whole
    [InlineData("がっこう", "がっこう")] // a kana's voicing mark is not an accent
    [InlineData("ＡＢＣ Ⅻ", "ａｂｃ ⅻ")] // casing reaches beyond the three scripts
    public void Letters_fold_by_the_table(string name, string key) => Assert.Equal(key, NameFolding.Fold(name));

    [Fact]
    public void Every_name_alias_misspelling_and_id_finds_its_entity_as_written_stripped_upper_cased_and_folded()
    {
        var missing = new List<string>();
        foreach (Entity entity in Dataset.Catalog.Entities)
        {
            missing.AddRange(NameQueries.Of(entity).Where(query => !Dataset.Catalog.FindByName(query).Contains(entity)).Select(query => $"{query} -> {entity.Id}"));
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void The_checked_in_table_is_what_the_tool_makes_now()
    {
        string configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        string tool = Path.Combine(RepoPaths.Root, "tools", "FoldingTable", "bin", configuration, "net10.0", "FoldingTable.dll");
        Assert.True(File.Exists(tool), "Build the solution first: the folding table tool is not at " + tool);

        (int exitCode, string output) = DotNet.Run(RepoPaths.Root, null, tool, "--print");

        Assert.True(exitCode == 0, output);
        string checkedIn = File.ReadAllText(Path.Combine(RepoPaths.Root, TableWriter.RelativePath)).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.True(checkedIn == output, "src/Shared/NameFoldingTable.g.cs is not what `dotnet run --project tools/FoldingTable` makes now: run it and commit the table");
    }

    /// <summary>The rule, written out with ICU: NFD without marks for letters of the stripped scripts, lower case, plainer spellings.</summary>
    private static string IcuFold(char c)
    {
        string decomposed = char.IsLetter(c) ? c.ToString().Normalize(NormalizationForm.FormD) : string.Empty;
        if (decomposed.Length == 0 || !FoldingRules.IsStrippedScript(decomposed[0]))
        {
            return char.ToLowerInvariant(c).ToString();
        }

        return string.Concat(decomposed
            .Where(part => CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            .Select(part => FoldingRules.Spelling(char.ToLowerInvariant(part))));
    }

    private static bool IsSeparatorOrApostrophe(char c) => NameFolding.Fold("a" + c + "b") is "a b" or "a'b" or "ab";
}
