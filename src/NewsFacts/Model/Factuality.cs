namespace NewsFacts
{
    /// <summary>How certain a source holds a statement: FactBank's degrees of certainty.</summary>
    public enum FactualityValue
    {
        /// <summary>The source holds it certain (FactBank CT).</summary>
        Certain,

        /// <summary>The source holds it probable (FactBank PR).</summary>
        Probable,

        /// <summary>The source holds it possible (FactBank PS).</summary>
        Possible,

        /// <summary>The source commits to no degree of certainty (FactBank U).</summary>
        Unknown,
    }

    /// <summary>Whether a source holds a statement true or false: FactBank's polarity.</summary>
    public enum FactualityPolarity
    {
        /// <summary>The source holds that it is so (FactBank +): CT+ is a fact to the source.</summary>
        Positive,

        /// <summary>The source holds that it is not so (FactBank -): CT- is a denial.</summary>
        Negative,

        /// <summary>The source leaves open whether it is so (FactBank u).</summary>
        Unknown,
    }

    /// <summary>
    /// How certain one source holds a claim, an event or a relation, as FactBank annotates it: a value (certain,
    /// probable, possible, unknown) and a polarity (positive, negative, unknown) per holder — the United States hold it
    /// certain that North Korea delivers munitions (CT+), Russia and North Korea deny it (CT-). Where
    /// <see cref="Claim.Modality"/> says how the text presents a statement, this says how each source holds it.
    /// </summary>
    /// <param name="Holder">Whose judgement it is; null for the article's own voice (its author).</param>
    /// <param name="Value">How certain the holder holds it.</param>
    /// <param name="Polarity">Whether the holder holds that it is so, that it is not, or leaves it open.</param>
    /// <param name="Note">The curator's judgement call, if any.</param>
    /// <param name="Evidence">The quotes the judgement rests on.</param>
    public sealed record Factuality(
        Entity? Holder,
        FactualityValue Value,
        FactualityPolarity Polarity,
        string? Note,
        ValueList<Evidence> Evidence)
    {
        private readonly FactReference<Entity>? _holder = FactReference<Entity>.To(Holder);

        /// <summary>Whose judgement it is, null for the article's own voice; resolved on first read.</summary>
        public Entity? Holder
        {
            get => _holder?.Value;
            init => _holder = FactReference<Entity>.To(value);
        }

        /// <summary>Set by the catalog: the holder as a reference it resolves on first read.</summary>
        internal FactReference<Entity>? HolderReference
        {
            init => _holder = value;
        }

        /// <summary>FactBank's short form, the value's code and the polarity's sign: <c>CT+</c>, <c>PR-</c>, <c>Uu</c>…</summary>
        public string Code => (Value switch
        {
            FactualityValue.Certain => "CT",
            FactualityValue.Probable => "PR",
            FactualityValue.Possible => "PS",
            _ => "U",
        }) + (Polarity switch
        {
            FactualityPolarity.Positive => "+",
            FactualityPolarity.Negative => "-",
            _ => "u",
        });
    }
}
