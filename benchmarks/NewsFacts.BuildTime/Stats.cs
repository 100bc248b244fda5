namespace NewsFacts.BuildTime;

/// <summary>The summary statistics the timing modes print.</summary>
internal static class Stats
{
    /// <summary>The middle value (the upper one of the two middles for an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(x => x).ToList();
        return sorted[sorted.Count / 2];
    }
}
