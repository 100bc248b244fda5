using System.Collections.Generic;
using System.Text;
using NewsFacts.Internal;

namespace NewsFacts.Generator.Emit
{
    /// <summary>
    /// Writes the declared kinds' tables as UTF-8 literals, within a bound on the size of each generated file (editors
    /// struggle with huge files; docs/performance.md); the built-in kinds' tables are each facts file's, written in
    /// segments the runtime reads in place (<see cref="FileEmitter"/>). When all tables fit in <c>Dataset.g.cs</c>, each is one literal
    /// there, as it always was. Otherwise the larger tables are cut into literals of about <see cref="ChunkBytes"/>
    /// (cut anywhere but inside a surrogate pair: UTF-8 pieces that join back into the table's bytes), written as
    /// private properties of the <c>Tables</c> class in files of their own (<c>Dataset.{table}.{n}.g.cs</c>), and
    /// the table's property joins them into one array on its first read, which it keeps: the runtime reads one span
    /// per table either way.
    /// </summary>
    internal sealed class TableLiterals
    {
        /// <summary>The most bytes (UTF-8) of one generated file, give or take one member whose own text is longer.</summary>
        public const long MaxFileBytes = 1_000_000;

        /// <summary>The size of one literal of a cut table: the compiler handles many small literals more cheaply than one large one.</summary>
        public const long ChunkBytes = 64 * 1024;

        /// <summary>All tables stay in <c>Dataset.g.cs</c> when their literals take no more than this.</summary>
        public const long InlineBytes = 768 * 1024;

        /// <summary>When some are cut, the smallest tables stay in <c>Dataset.g.cs</c> as long as they take no more than this together.</summary>
        public const long InlineWhenCutBytes = 256 * 1024;

        private const string Span = "global::System.ReadOnlySpan<byte>";

        private readonly string _ns;
        private readonly bool[] _cut;
        private readonly List<(string HintName, string Source)> _files = new List<(string HintName, string Source)>();

        private TableLiterals(string ns, bool[] cut)
        {
            _ns = ns;
            _cut = cut;
        }

        /// <summary>Whether any table is cut: the <c>Tables</c> class is then partial, with the join helper.</summary>
        public bool AnyCut => System.Array.IndexOf(_cut, true) >= 0;

        /// <summary>The files of the cut tables' literals, in the order they were written.</summary>
        public IReadOnlyList<(string HintName, string Source)> Files => _files;

        /// <summary>Decides which of <paramref name="tables"/> (every table of the dataset, in a fixed order) are cut.</summary>
        public static TableLiterals Plan(string ns, IReadOnlyList<string> tables)
        {
            var cut = new bool[tables.Count];

            // A table's literal takes at least a byte per character: past the budget in characters, some table is cut
            // without measuring; below it, the escaped sizes decide.
            long characters = 0;
            foreach (string table in tables)
            {
                characters += table.Length;
            }

            if (characters <= InlineBytes)
            {
                long total = 0;
                foreach (string table in tables)
                {
                    total += CSharpLiterals.EscapedUtf8Length(table);
                }

                if (total <= InlineBytes)
                {
                    return new TableLiterals(ns, cut);
                }
            }

            // The smallest tables stay inline, up to a smaller budget; the others are cut. Sizes of the tables that
            // cannot fit are not measured.
            var sizes = new List<(long Size, int Index)>();
            for (int i = 0; i < tables.Count; i++)
            {
                cut[i] = true;
                if (tables[i].Length <= InlineWhenCutBytes)
                {
                    sizes.Add((CSharpLiterals.EscapedUtf8Length(tables[i]), i));
                }
            }

            sizes.Sort();
            long inline = 0;
            foreach ((long size, int index) in sizes)
            {
                if (inline + size > InlineWhenCutBytes)
                {
                    break;
                }

                inline += size;
                cut[index] = false;
            }

            return new TableLiterals(ns, cut);
        }

        /// <summary>
        /// Writes table number <paramref name="index"/> (in the order given to <see cref="Plan"/>) as the property that
        /// <paramref name="property"/> begins (<c>public override …ReadOnlySpan&lt;byte&gt; Entities =&gt; </c>); a cut
        /// table's literals go to files named after <paramref name="name"/>, a name no other table has.
        /// </summary>
        public void Write(SourceWriter w, int index, string property, string name, string table)
        {
            if (!_cut[index])
            {
                w.Utf8LiteralLine(property, table, ";");
                return;
            }

            int chunks = WriteChunks(name, table);
            string field = "s_" + name;
            w.Line($"private static byte[]? {field};");
            w.Line($"{property}{field} ?? ({field} = Join{name}());");
            w.Line();
            w.Open($"private static byte[] Join{name}()");
            w.Line($"var table = new byte[{Invariant.Number(Encoding.UTF8.GetByteCount(table))}];");
            w.Line("int at = 0;");
            for (int chunk = 0; chunk < chunks; chunk++)
            {
                w.Line($"at = Put(table, at, {ChunkName(name, chunk)});");
            }

            w.Line("return table;");
            w.Close();
        }

        /// <summary>The helper that copies a literal into a joined table, written once in the <c>Tables</c> class when a table is cut.</summary>
        public void WriteHelper(SourceWriter w)
        {
            if (!AnyCut)
            {
                return;
            }

            w.Line();
            w.Open($"private static int Put(byte[] table, int at, {Span} chunk)");
            w.Line("chunk.CopyTo(new global::System.Span<byte>(table, at, chunk.Length));");
            w.Line("return at + chunk.Length;");
            w.Close();
        }

        private static string ChunkName(string name, int chunk) => name + "Chunk" + Invariant.Number(chunk);

        // The literals of one table, as many per file as fit in MaxFileBytes; returns how many literals.
        private int WriteChunks(string name, string table)
        {
            int chunk = 0, file = 0, at = 0;
            while (at < table.Length)
            {
                SourceWriter w = DatasetEmitter.Header();
                w.Open($"namespace {_ns}");
                w.Open("public static partial class Dataset");
                w.Open("private sealed partial class Tables");
                bool first = true;
                while (at < table.Length && (first || w.Utf8Length + ChunkBytes + 256 <= MaxFileBytes))
                {
                    at = w.Utf8LiteralPieceLine($"private static {Span} {ChunkName(name, chunk)} => ", table, at, ChunkBytes, ";");
                    chunk++;
                    first = false;
                }

                w.Close();
                w.Close();
                w.Close();
                file++;
                _files.Add(($"Dataset.{name}.{Invariant.Number(file)}.g.cs", w.ToString()));
            }

            return chunk;
        }
    }
}
