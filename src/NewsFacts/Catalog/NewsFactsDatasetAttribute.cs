using System;
using System.ComponentModel;

namespace NewsFacts
{
    /// <summary>
    /// Marks an assembly as a dataset package: the generator writes it into every project with facts files.
    /// Another project's generator reads it from the assembly's metadata, never by loading the assembly: the
    /// dataset's <c>Dataset</c> class (its catalog, <c>Dataset.Catalog</c>) and a manifest of its name, version,
    /// content hash, declared kinds and the id and kind of every record, so that facts there may refer to them.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class NewsFactsDatasetAttribute : Attribute
    {
        /// <summary>Used by generated code.</summary>
        /// <param name="dataset">The generated <c>Dataset</c> class.</param>
        /// <param name="manifest">What the generator of a referencing project needs to know, in the generator's own text format.</param>
        public NewsFactsDatasetAttribute(Type dataset, string manifest)
        {
            Dataset = dataset;
            Manifest = manifest;
        }

        /// <summary>The generated <c>Dataset</c> class.</summary>
        public Type Dataset { get; }

        /// <summary>The manifest, for the generator.</summary>
        public string Manifest { get; }
    }
}
