using NewsFacts.Internal;

namespace NewsFacts.Generator.Model
{
    /// <summary>
    /// Where a value stands within its record: <c>id</c>, <c>participants[1]</c>, <c>names.en</c>,
    /// <c>evidence[0].quote</c>. Kept as parts, not text, because a record has a dozen of them and almost
    /// none is ever shown: the text is made only for a message.
    /// </summary>
    /// <remarks>
    /// Within a sub-record nested in a sub-record (the evidence of a claim's factuality item), <see cref="Sub"/> holds
    /// the rest of the path: <c>factuality[0]</c> with Sub <c>evidence[1].quote</c>. One shape for any depth, made by
    /// <see cref="Within"/> from the path of the enclosing item.
    /// </remarks>
    internal readonly record struct FieldPath(string Field, int Item = -1, string? Sub = null)
    {
        /// <summary>This path (relative to a sub-record) as a path of the record, the sub-record standing at <paramref name="item"/>; itself when there is none.</summary>
        public FieldPath Within(FieldPath? item) =>
            item is FieldPath at ? new FieldPath(at.Field, at.Item, at.Sub is null ? ToString() : at.Sub + "." + ToString()) : this;

        public override string ToString() =>
            Field + (Item >= 0 ? "[" + Invariant.Number(Item) + "]" : string.Empty) + (Sub is null ? string.Empty : "." + Sub);
    }
}
