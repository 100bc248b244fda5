namespace NewsFacts
{
    /// <summary>A direct quote as one article renders it; the rendering is its own evidence.</summary>
    /// <param name="Language">The language of the rendering.</param>
    /// <param name="Text">The quoted words.</param>
    /// <param name="Source">Where the words stand verbatim.</param>
    public sealed record Rendering(string Language, string Text, Evidence Source);

    /// <summary>Something someone said, quoted directly, in one or more renderings.</summary>
    /// <param name="Id">The id.</param>
    /// <param name="Speaker">Who said it.</param>
    /// <param name="Occasion">The event at which it was said, if known.</param>
    /// <param name="Date">When it was said, if known.</param>
    /// <param name="Renderings">The quote as each article renders it.</param>
    /// <param name="Description">A one-line description.</param>
    /// <param name="Evidence">The renderings' sources followed by any sentence that attributes the quote.</param>
    public sealed record Statement(
        string Id,
        Entity Speaker,
        Event? Occasion,
        FactDate? Date,
        ValueList<Rendering> Renderings,
        string? Description,
        ValueList<Evidence> Evidence)
        : Fact(Id, Description, Evidence)
    {
        private readonly FactReference<Entity>? _speaker = FactReference<Entity>.To(Speaker);
        private readonly FactReference<Event>? _occasion = FactReference<Event>.To(Occasion);

        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Statement;

        /// <summary>Who said it; resolved on first read.</summary>
        public Entity Speaker
        {
            get => (_speaker?.Value)!;
            init => _speaker = FactReference<Entity>.To(value);
        }

        /// <summary>The event at which it was said, if known; resolved on first read.</summary>
        public Event? Occasion
        {
            get => _occasion?.Value;
            init => _occasion = FactReference<Event>.To(value);
        }

        /// <summary>Set by the catalog: the speaker as a reference it resolves on first read.</summary>
        internal FactReference<Entity> SpeakerReference
        {
            init => _speaker = value;
        }

        /// <summary>Set by the catalog: the occasion as a reference it resolves on first read.</summary>
        internal FactReference<Event>? OccasionReference
        {
            init => _occasion = value;
        }

        /// <summary>The rendering in <paramref name="language"/>, or null.</summary>
        /// <param name="language">An ISO 639-1 code.</param>
        /// <returns>The rendering or null.</returns>
        public Rendering? In(string language)
        {
            foreach (Rendering rendering in Renderings)
            {
                if (rendering.Language == language)
                {
                    return rendering;
                }
            }

            return null;
        }
    }
}
