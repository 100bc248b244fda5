using NewsFacts.Internal;

namespace NewsFacts.Generator.Model
{
    /// <summary>
    /// Where a value stands within its record: <c>id</c>, <c>participants[1]</c>, <c>names.en</c>,
    /// <c>evidence[0].quote</c>. Kept as parts, not text, because a record has a dozen of them and almost
    /// none is ever shown: the text is made only for a message.
    /// </summary>
    internal readonly record struct FieldPath(string Field, int Item = -1, string? Sub = null)
    {
        public override string ToString() =>
            Field + (Item >= 0 ? "[" + Invariant.Number(Item) + "]" : string.Empty) + (Sub is null ? string.Empty : "." + Sub);
    }
}
