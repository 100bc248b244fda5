using System;

namespace NewsFacts.Generator.Parsing
{
    /// <summary>
    /// Takes the items of chosen top-level lists as each one is complete, instead of leaving them in the tree:
    /// a facts file of 100,000 records is then never held as one tree of millions of nodes. The list itself
    /// stays in the tree, empty, so the top-level mapping reads as before.
    /// </summary>
    internal interface IYamlItemSink
    {
        /// <summary>What reads each complete item (its index from 0, its node) of the list under this top-level key; null leaves them in the tree.</summary>
        Action<int, YamlNode>? ReaderFor(string key);
    }
}
