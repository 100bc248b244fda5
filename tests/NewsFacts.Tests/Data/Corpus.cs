using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Data;

/// <summary>The corpus as the dataset tests read it: each document's text, its boilerplate, and its sentences.</summary>
internal sealed class Corpus
{
    private Corpus(IReadOnlyDictionary<string, string> texts, IReadOnlyList<Regex> boilerplate)
    {
        Texts = texts;
        Boilerplate = boilerplate;
    }

    public static Corpus Instance { get; } = Load();

    public IReadOnlyDictionary<string, string> Texts { get; }

    public IReadOnlyList<Regex> Boilerplate { get; }

    public static IReadOnlySet<string> NotNames { get; } = ReadList("not-names.txt").ToHashSet(StringComparer.Ordinal);

    public List<(int Start, int End)> BoilerplateRanges(string document) =>
        Boilerplate.SelectMany(b => b.Matches(Texts[document]).Select(m => (m.Index, m.Index + m.Length))).ToList();

    public bool IsBoilerplate(string document, int offset) => BoilerplateRanges(document).Any(r => r.Start <= offset && offset < r.End);

    /// <summary>Sentences outside boilerplate: split after . ! ? or a line break.</summary>
    public IEnumerable<(int Start, int End)> Sentences(string document)
    {
        string text = Texts[document];
        foreach (Match m in Regex.Matches(text, @"[^\n.!?]+[.!?]*"))
        {
            int start = m.Index + (m.Length - m.Value.TrimStart().Length);
            int end = m.Index + m.Value.TrimEnd().Length;
            if (end - start >= 12 && text[start..end].Any(char.IsLetter) && !IsBoilerplate(document, start))
            {
                yield return (start, end);
            }
        }
    }

    /// <summary>Folds one character at a time (length-preserving): lower case, no diacritics, hyphens as spaces, typographic apostrophes as '.</summary>
    public static string FoldKeepingLength(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            char basic = c.ToString().Normalize(NormalizationForm.FormD)[0];
            builder.Append(basic switch
            {
                '-' or '\u2010' or '\u2011' or '\u2013' or '\u00A0' => ' ',
                '\u2019' or '\u2018' => '\'',
                _ => char.ToLowerInvariant(basic),
            });
        }

        return builder.ToString();
    }

    private static Corpus Load()
    {
        var texts = Directory.GetFiles(RepoPaths.Corpus, "*.txt")
            .ToDictionary(p => Path.GetFileNameWithoutExtension(p), p => File.ReadAllText(p, new UTF8Encoding(false)), StringComparer.Ordinal);
        var boilerplate = ReadList("boilerplate.txt").Select(p => new Regex(p, RegexOptions.CultureInvariant)).ToList();
        return new Corpus(texts, boilerplate);
    }

    private static IEnumerable<string> ReadList(string name) =>
        File.ReadAllLines(Path.Combine(RepoPaths.TestsFolder, "Data", name))
            .Where(l => l.Length > 0 && !l.StartsWith('#'));
}
