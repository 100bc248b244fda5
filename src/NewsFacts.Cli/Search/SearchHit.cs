namespace NewsFacts.Cli.Search;

/// <summary>One fact found by <see cref="FactSearch"/>, with its best-matching field.</summary>
/// <param name="Fact">The fact.</param>
/// <param name="Quality">How well the best field matches.</param>
/// <param name="IsName">Whether that field is a name (id, name, alias, misspelling) rather than a text.</param>
/// <param name="Field">The field's name: <c>name (fr)</c>, <c>alias</c>, <c>description</c>, <c>rendering (en)</c>…</param>
/// <param name="Value">The field's value as written.</param>
public sealed record SearchHit(Fact Fact, MatchQuality Quality, bool IsName, string Field, string Value);
