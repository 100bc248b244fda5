namespace NewsFacts.Generator.Model
{
    /// <summary>
    /// Where the values of a file's records stand. One array of plain numbers for the whole file, each record
    /// owning a range of it (<see cref="RecordSource"/>), and a short table of the distinct field paths: at
    /// 100,000 facts that is a million values with no object, and no reference, for the GC to carry.
    /// </summary>
    internal sealed record SourceMap(EquatableArray<FieldPath> Paths, EquatableArray<FieldLocation> Fields)
    {
        public static SourceMap Empty { get; } = new SourceMap(default, default);
    }
}
