using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading;
using NewsFacts.Internal;

namespace NewsFacts
{
    /// <summary>
    /// Every fact of one compiled dataset and of the datasets it references: lookup by id, lookup by any name or
    /// alias (case, diacritics, hyphens and typographic apostrophes folded), and enumeration per kind. Records are
    /// decoded from the compiled tables on first access and then kept, so a fact is always the same instance; a
    /// record's references resolve through the catalog on their own first read, so facts may refer to each other in
    /// cycles. A fact of a referenced dataset is the very instance that dataset's own catalog gives
    /// (<see cref="DatasetOf(Fact)"/> says which dataset a fact comes from). Thread-safe.
    /// </summary>
    public sealed partial class FactCatalog
    {
        private const int BuiltInTableCount = 7;
        // Lookups by id before the id dictionary is built; until then each one is a binary search per table.
        private const int SearchesBeforeIdIndex = 32;
        internal const int DocumentTable = 0;
        private const int EntityTable = 1, EventTable = 2, RelationTable = 3, StatementTable = 4, ClaimTable = 5, DiscrepancyTable = 6;

        private readonly FactTables _tables;
        private readonly IReadOnlyList<CustomKindTable> _custom;
        private readonly int _tableCount;
        private readonly TableIndex?[] _indexes;
        private readonly object?[]?[] _records;
        private IdIndex? _ids;
        private int _searches;
        private Dictionary<string, IReadOnlyList<Entity>>? _byName;
        private Dictionary<string, IReadOnlyList<CustomFact>>? _customByName;

        // The lists of kinds, each made once (plain reads: each is published with an interlocked exchange).
        private FactList<Document>? _documents;
        private FactList<Entity>? _entities;
        private FactList<Event>? _events;
        private FactList<Relation>? _relations;
        private FactList<Statement>? _statements;
        private FactList<Claim>? _claims;
        private FactList<Discrepancy>? _discrepancies;
        private FactList<Person>? _people;
        private FactList<Country>? _countries;
        private FactList<Organization>? _organizations;
        private FactList<Place>? _places;
        private FactList<Group>? _groups;
        private FactList<CustomFact>?[]? _customLists;
        private RowLayout?[]? _customLayouts;

        /// <summary>Makes a catalog over compiled tables, of a dataset without a name.</summary>
        /// <param name="tables">The tables.</param>
        /// <param name="references">The catalogs of the datasets this one references (see <see cref="FactCatalog(string, FactTables, FactCatalog[])"/>).</param>
        public FactCatalog(FactTables tables, params FactCatalog[] references)
            : this(string.Empty, tables, references)
        {
        }

        /// <summary>Makes a catalog over compiled tables; generated code does this once per dataset.</summary>
        /// <param name="name">The dataset's name (<see cref="Name"/>).</param>
        /// <param name="tables">The tables.</param>
        /// <param name="references">
        /// The catalogs of the datasets this one references: their facts are found through this catalog too (after
        /// this dataset's own), as the very instances they give, and this dataset's facts refer to them by id.
        /// </param>
        public FactCatalog(string name, FactTables tables, params FactCatalog[] references)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            _tables = tables ?? throw new ArgumentNullException(nameof(tables));
            _referenced = references is null || references.Length == 0 ? Array.Empty<FactCatalog>() : Flatten(this, references);
            _custom = tables.CustomKinds;
            _tableCount = BuiltInTableCount + _custom.Count;
            _indexes = new TableIndex?[_tableCount];
            _records = new object?[]?[_tableCount];
        }

        /// <summary>The articles the facts come from.</summary>
        public FactList<Document> Documents
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _documents ?? TableList(ref _documents, DocumentTable);
        }

        /// <summary>Every entity: the dataset's own, ordered by id, then each referenced dataset's.</summary>
        public FactList<Entity> Entities
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _entities ?? TableList(ref _entities, EntityTable);
        }

        /// <summary>The people.</summary>
        public FactList<Person> People
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _people ?? EntitiesOf(ref _people, FactKind.Person);
        }

        /// <summary>The countries.</summary>
        public FactList<Country> Countries
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _countries ?? EntitiesOf(ref _countries, FactKind.Country);
        }

        /// <summary>The organizations.</summary>
        public FactList<Organization> Organizations
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _organizations ?? EntitiesOf(ref _organizations, FactKind.Organization);
        }

        /// <summary>The places.</summary>
        public FactList<Place> Places
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _places ?? EntitiesOf(ref _places, FactKind.Place);
        }

        /// <summary>The groups.</summary>
        public FactList<Group> Groups
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _groups ?? EntitiesOf(ref _groups, FactKind.Group);
        }

        /// <summary>The events: the dataset's own, ordered by id, then each referenced dataset's.</summary>
        public FactList<Event> Events
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _events ?? TableList(ref _events, EventTable);
        }

        /// <summary>The relations: the dataset's own, ordered by id, then each referenced dataset's.</summary>
        public FactList<Relation> Relations
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _relations ?? TableList(ref _relations, RelationTable);
        }

        /// <summary>The statements: the dataset's own, ordered by id, then each referenced dataset's.</summary>
        public FactList<Statement> Statements
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _statements ?? TableList(ref _statements, StatementTable);
        }

        /// <summary>The claims: the dataset's own, ordered by id, then each referenced dataset's.</summary>
        public FactList<Claim> Claims
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _claims ?? TableList(ref _claims, ClaimTable);
        }

        /// <summary>The discrepancies: the dataset's own, ordered by id, then each referenced dataset's.</summary>
        public FactList<Discrepancy> Discrepancies
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _discrepancies ?? TableList(ref _discrepancies, DiscrepancyTable);
        }

        /// <summary>The facts of a declared kind: the dataset's own, ordered by id, then each referenced dataset's; empty for a kind it does not declare.</summary>
        /// <param name="kindName">The kind as the facts file names it, e.g. <c>weapon-system</c>.</param>
        /// <returns>The facts.</returns>
        public FactList<CustomFact> Custom(string kindName) => _referenced.Length == 0 ? OwnCustom(kindName) : ComposedCustom(kindName);

        private FactList<CustomFact> OwnCustom(string kindName)
        {
            for (int i = 0; i < _custom.Count; i++)
            {
                if (_custom[i].KindName == kindName)
                {
                    // Made on first use, not in the constructor: a fresh process's first lookup loads no list type.
                    FactList<CustomFact>?[] lists = _customLists ?? Interlocked.CompareExchange(ref _customLists, new FactList<CustomFact>?[_custom.Count], null) ?? _customLists!;
                    return lists[i] ?? Publish(ref lists[i], OwnTableList<CustomFact>(BuiltInTableCount + i));
                }
            }

            return FactList<CustomFact>.Empty;
        }

        /// <summary>
        /// Every fact of a declared kind one of whose names, aliases or id matches <paramref name="name"/>,
        /// folded as in <see cref="FindByName"/>.
        /// </summary>
        /// <param name="name">A name.</param>
        /// <returns>The facts; empty when none matches.</returns>
        public IReadOnlyList<CustomFact> FindCustomByName(string name)
        {
            if (name is null)
            {
                throw new ArgumentNullException(nameof(name));
            }

            return (_referenced.Length == 0 ? OwnCustomNameIndex() : ComposedCustomNameIndex()).TryGetValue(NameFolding.Fold(name), out IReadOnlyList<CustomFact>? found) ? found : Array.Empty<CustomFact>();
        }

        private Dictionary<string, IReadOnlyList<CustomFact>> OwnCustomNameIndex()
        {
            Dictionary<string, IReadOnlyList<CustomFact>>? byName = Volatile.Read(ref _customByName);
            if (byName is null)
            {
                var keys = new Dictionary<string, List<(int Table, int Row)>>(StringComparer.Ordinal);
                for (int c = 0; c < _custom.Count; c++)
                {
                    AddNames(keys, BuiltInTableCount + c, CustomColumns.Id, CustomColumns.Names, CustomColumns.Aliases);
                }

                byName = new Dictionary<string, IReadOnlyList<CustomFact>>(keys.Count, StringComparer.Ordinal);
                foreach (KeyValuePair<string, List<(int Table, int Row)>> pair in keys)
                {
                    var facts = new CustomFact[pair.Value.Count];
                    for (int i = 0; i < facts.Length; i++)
                    {
                        facts[i] = (CustomFact)Get(pair.Value[i].Table, pair.Value[i].Row);
                    }

                    byName[pair.Key] = facts;
                }

                Interlocked.CompareExchange(ref _customByName, byName, null);
                byName = _customByName!;
            }

            return byName;
        }

        /// <summary>
        /// Every fact: entities, events, relations, statements, claims, discrepancies, then those of declared kinds;
        /// this dataset's own first, then each referenced dataset's.
        /// </summary>
        public IEnumerable<Fact> Facts
        {
            get
            {
                foreach (FactCatalog dataset in Datasets)
                {
                    foreach (Fact fact in dataset.OwnFacts)
                    {
                        yield return fact;
                    }
                }
            }
        }

        private IEnumerable<Fact> OwnFacts
        {
            get
            {
                for (int table = EntityTable; table < _tableCount; table++)
                {
                    int count = Index(table).Count;
                    for (int i = 0; i < count; i++)
                    {
                        yield return (Fact)Get(table, i);
                    }
                }
            }
        }

        /// <summary>The fact with this id, or null.</summary>
        /// <param name="id">An id such as <c>vladimir-putin</c>.</param>
        /// <returns>The fact, or null when no fact has that id.</returns>
        public Fact? Find(string id)
        {
            if (id is null)
            {
                throw new ArgumentNullException(nameof(id));
            }

            // Plain reads: the index is published with an interlocked exchange, and its fields are set before that.
            IdIndex? ids = _ids;
            Fact? own;
            if (ids is not null)
            {
                own = ids.FindFact(id, this);
            }
            else
            {
                // FindBySearch written out: one method fewer to compile on a fresh process's first lookup.
                int handle = Search(id);
                own = handle >= 0 && handle >> 24 != DocumentTable ? (Fact)Get(handle >> 24, handle & 0xFFFFFF) : null;
            }

            return own is not null || _referenced.Length == 0 ? own : FindReferenced(id);
        }

        // A fact of this dataset alone.
        private Fact? FindOwn(string id)
        {
            IdIndex? ids = _ids;
            return ids is not null ? ids.FindFact(id, this) : FindBySearch(id);
        }

        private Fact? FindBySearch(string id)
        {
            int handle = Search(id);
            return handle >= 0 && handle >> 24 != DocumentTable ? (Fact)Get(handle >> 24, handle & 0xFFFFFF) : null;
        }

        /// <summary>The fact of type <typeparamref name="T"/> with this id, or null.</summary>
        /// <typeparam name="T">The record type, e.g. <see cref="Person"/>.</typeparam>
        /// <param name="id">The id.</param>
        /// <returns>The fact, or null when there is none of that type.</returns>
        public T? Find<T>(string id)
            where T : Fact => Find(id) as T;

        /// <summary>Looks a fact up by id.</summary>
        /// <typeparam name="T">The record type.</typeparam>
        /// <param name="id">The id.</param>
        /// <param name="fact">The fact, when found.</param>
        /// <returns>Whether a fact of that type has that id.</returns>
        public bool TryFind<T>(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? fact)
            where T : Fact
        {
            fact = Find(id) as T;
            return fact is not null;
        }

        /// <summary>The document with this id, or null.</summary>
        /// <param name="id">The corpus file name without <c>.txt</c>.</param>
        /// <returns>The document or null.</returns>
        public Document? FindDocument(string id)
        {
            if (id is null)
            {
                throw new ArgumentNullException(nameof(id));
            }

            Document? own = FindOwnDocument(id);
            return own is not null || _referenced.Length == 0 ? own : FindReferencedDocument(id);
        }

        private Document? FindOwnDocument(string id)
        {
            int handle = Handle(id);
            return handle >= 0 && handle >> 24 == DocumentTable ? (Document)Get(DocumentTable, handle & 0xFFFFFF) : null;
        }

        /// <summary>
        /// Every entity one of whose names, aliases, misspellings or id matches <paramref name="name"/>
        /// once case, diacritics, hyphens, dots and typographic apostrophes are folded.
        /// </summary>
        /// <param name="name">A name as a reader meets it: "Poutine", "KIM JONG-UN", "vladimir-putin".</param>
        /// <returns>The entities, ordered by id; empty when none matches.</returns>
        public IReadOnlyList<Entity> FindByName(string name)
        {
            if (name is null)
            {
                throw new ArgumentNullException(nameof(name));
            }

            // The lists are made once per name, so a lookup with an already folded query allocates nothing.
            return (_referenced.Length == 0 ? NameIndex() : ComposedNameIndex()).TryGetValue(NameFolding.Fold(name), out IReadOnlyList<Entity>? entities)
                ? entities
                : Array.Empty<Entity>();
        }

        /// <summary>The one entity this name or id stands for, or null when it names none or several.</summary>
        /// <param name="nameOrId">A name, alias or id.</param>
        /// <returns>The entity or null.</returns>
        public Entity? FindEntity(string nameOrId)
        {
            if (Find(nameOrId) is Entity byId)
            {
                return byId;
            }

            IReadOnlyList<Entity> byName = FindByName(nameOrId);
            return byName.Count == 1 ? byName[0] : null;
        }

        /// <summary>Used by generated code: the entity at a position of the entities table.</summary>
        /// <param name="index">The position.</param>
        /// <returns>The entity.</returns>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public Entity GetEntity(int index) => (Entity)Get(EntityTable, index);

        /// <summary>Used by generated code: the event at a position of the events table.</summary>
        /// <param name="index">The position.</param>
        /// <returns>The event.</returns>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public Event GetEvent(int index) => (Event)Get(EventTable, index);

        /// <summary>Used by generated code: the relation at a position of the relations table.</summary>
        /// <param name="index">The position.</param>
        /// <returns>The relation.</returns>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public Relation GetRelation(int index) => (Relation)Get(RelationTable, index);

        /// <summary>Used by generated code: the statement at a position of the statements table.</summary>
        /// <param name="index">The position.</param>
        /// <returns>The statement.</returns>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public Statement GetStatement(int index) => (Statement)Get(StatementTable, index);

        /// <summary>Used by generated code: the claim at a position of the claims table.</summary>
        /// <param name="index">The position.</param>
        /// <returns>The claim.</returns>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public Claim GetClaim(int index) => (Claim)Get(ClaimTable, index);

        /// <summary>Used by generated code: the discrepancy at a position of the discrepancies table.</summary>
        /// <param name="index">The position.</param>
        /// <returns>The discrepancy.</returns>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public Discrepancy GetDiscrepancy(int index) => (Discrepancy)Get(DiscrepancyTable, index);

        /// <summary>Used by generated code: the document at a position of the documents table.</summary>
        /// <param name="index">The position.</param>
        /// <returns>The document.</returns>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public Document GetDocument(int index) => (Document)Get(DocumentTable, index);

        // A list of kinds is published once; threads that race to make it all get the first one stored. With
        // referenced datasets, the list is this dataset's own followed by each referenced dataset's own.
        private FactList<T> TableList<T>(ref FactList<T>? slot, int table)
            where T : class => Publish(ref slot, _referenced.Length == 0 ? OwnTableList<T>(table) : Compose(catalog => catalog.OwnTableList<T>(table)));

        private FactList<T> OwnTableList<T>(int table)
            where T : class => new FactList<T>(this, table, null, Index(table).Count);

        private FactList<T> EntitiesOf<T>(ref FactList<T>? slot, FactKind kind)
            where T : Entity => Publish(ref slot, _referenced.Length == 0 ? OwnEntities<T>(kind) : Compose(catalog => catalog.OwnEntities<T>(kind)));

        private FactList<T> OwnEntities<T>(FactKind kind)
            where T : Entity
        {
            var found = new List<int>();
            TableIndex index = Index(EntityTable);
            ReadOnlySpan<byte> table = _tables.Entities;
            for (int i = 0; i < index.Count; i++)
            {
                if (RecordDecoder.Number(index.ReadField(table, i, EntityColumns.Kind)) == (int)kind)
                {
                    found.Add(i);
                }
            }

            return new FactList<T>(this, EntityTable, found.ToArray(), found.Count);
        }

        private static FactList<T> Publish<T>(ref FactList<T>? slot, FactList<T> list)
            where T : class => Interlocked.CompareExchange(ref slot, list, null) ?? list;

        // The record at a row of a table, decoded on first access. Also the slow path of FactList's first reads.
        internal object Get(int table, int index)
        {
            // The fast path allocates nothing: no lambda, no closure; the slow paths are apart. Plain reads: arrays and
            // records are published with interlocked exchanges, after their contents are written.
            object?[]? records = _records[table];
            return (records is null ? null : records[index]) ?? DecodeAndStore(table, index);
        }

        private object DecodeAndStore(int table, int index)
        {
            object?[]? records = Volatile.Read(ref _records[table]);
            if (records is null)
            {
                Interlocked.CompareExchange(ref _records[table], new object?[Index(table).Count], null);
                records = _records[table]!;
            }

            if ((uint)index >= (uint)records.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            // Two threads may decode the same record; the first one stored wins, so identity holds. The built-in kinds'
            // decoders are called from here, by the generated column counts, rather than through a method of their own:
            // each method on a fresh process's first lookup is compiled before it runs (docs/performance.md).
            TableIndex rows = Index(table);
            object decoded = table switch
            {
                DocumentTable => BuiltInRecords.Document(rows.ReadRecord(_tables.Documents, index, DocumentColumns.Count), this),
                EntityTable => BuiltInRecords.Entity(rows.ReadRecord(_tables.Entities, index, EntityColumns.Count), this),
                EventTable => BuiltInRecords.Event(rows.ReadRecord(_tables.Events, index, EventColumns.Count), this),
                RelationTable => BuiltInRecords.Relation(rows.ReadRecord(_tables.Relations, index, RelationColumns.Count), this),
                StatementTable => BuiltInRecords.Statement(rows.ReadRecord(_tables.Statements, index, StatementColumns.Count), this),
                ClaimTable => BuiltInRecords.Claim(rows.ReadRecord(_tables.Claims, index, ClaimColumns.Count), this),
                DiscrepancyTable => BuiltInRecords.Discrepancy(rows.ReadRecord(_tables.Discrepancies, index, DiscrepancyColumns.Count), this),
                _ => DecodeCustom(table, index),
            };
            return Interlocked.CompareExchange(ref records[index], decoded, null) ?? decoded;
        }

        // Apart, so that a first lookup of a built-in record loads no type of the declared kinds.
        private object DecodeCustom(int table, int index)
        {
            CustomKindTable custom = _custom[table - BuiltInTableCount];
            return custom.Decode(new CustomRow(new FactRow(Index(table).ReadRecord(custom.Table, index, custom.ColumnCount), this)));
        }

        private TableIndex Index(int table)
        {
            TableIndex? index = Volatile.Read(ref _indexes[table]);
            if (index is null)
            {
                index = new TableIndex(Table(table));
                Interlocked.CompareExchange(ref _indexes[table], index, null);
                index = _indexes[table]!;
            }

            return index;
        }

        /// <summary>Used by generated code: the record of a declared kind at a position of its table.</summary>
        /// <param name="kind">The position of the kind among the dataset's declared kinds.</param>
        /// <param name="index">The position in its table.</param>
        /// <returns>The record.</returns>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public CustomFact GetCustom(int kind, int index) => (CustomFact)Get(BuiltInTableCount + kind, index);

        private ReadOnlySpan<byte> Table(int table) => table >= BuiltInTableCount ? _custom[table - BuiltInTableCount].Table : table switch
        {
            DocumentTable => _tables.Documents,
            EntityTable => _tables.Entities,
            EventTable => _tables.Events,
            RelationTable => _tables.Relations,
            StatementTable => _tables.Statements,
            ClaimTable => _tables.Claims,
            _ => _tables.Discrepancies,
        };

        private RowLayout Layout(int table)
        {
            if (table < BuiltInTableCount)
            {
                return RowLayout.BuiltIn(table);
            }

            RowLayout?[] layouts = _customLayouts ?? Interlocked.CompareExchange(ref _customLayouts, new RowLayout?[_custom.Count], null) ?? _customLayouts!;
            RowLayout? layout = Volatile.Read(ref layouts[table - BuiltInTableCount]);
            return layout ?? Interlocked.CompareExchange(ref layouts[table - BuiltInTableCount], layout = RowLayout.Declared(_custom[table - BuiltInTableCount]), null) ?? layout;
        }

        /// <summary>
        /// The fields of a fact, in the order of its kind's description (docs/schema.md), each with its key in the facts
        /// file, what it holds and its value: every field of a built-in kind, and of a kind the dataset declares. A walk
        /// over any record without knowing its type and without reflection, as the exports of the <c>newsfacts</c> tool
        /// do. An entity's kind is its type (<see cref="Fact.Kind"/>), not a field; a field only some entity kinds have
        /// (a country's <c>iso</c>) is listed for those only. The <c>evidence</c> field is <see cref="Fact.Evidence"/>:
        /// for a statement, its renderings' sources first.
        /// </summary>
        /// <param name="fact">A fact of this catalog, or of a catalog it refers to (not a copy made with <c>with</c>).</param>
        /// <returns>The fields; references are the records they name.</returns>
        /// <exception cref="ArgumentException">The fact is not a record of this catalog or of those it refers to.</exception>
        public IReadOnlyList<FactField> Fields(Fact fact)
        {
            if (fact is null)
            {
                throw new ArgumentNullException(nameof(fact));
            }

            return RecordFields(fact.Id, fact) ?? throw new ArgumentException($"'{fact.Id}' is not a record of this dataset or of those it refers to.", nameof(fact));
        }

        /// <summary>The fields of a document, in the order of its description, each with its key, type and value.</summary>
        /// <param name="document">A document of this catalog, or of a catalog it refers to.</param>
        /// <returns>The fields.</returns>
        /// <exception cref="ArgumentException">The document is not one of this catalog or of those it refers to.</exception>
        public IReadOnlyList<FactField> Fields(Document document)
        {
            if (document is null)
            {
                throw new ArgumentNullException(nameof(document));
            }

            return RecordFields(document.Id, document) ?? throw new ArgumentException($"'{document.Id}' is not a document of this dataset or of those it refers to.", nameof(document));
        }

        /// <summary>
        /// The fields a record of a kind has, in order, each with its key and type (<see cref="FactField.Value"/> null):
        /// the description <see cref="Fields(Fact)"/> follows. For <c>entity</c>, the fields of every entity kind.
        /// </summary>
        /// <param name="kind">
        /// A kind as the facts file names it: <c>document</c>, <c>entity</c>, <c>person</c>, <c>country</c>, <c>organization</c>,
        /// <c>place</c>, <c>group</c>, <c>event</c>, <c>relation</c>, <c>statement</c>, <c>claim</c>, <c>discrepancy</c>, or a kind the dataset declares.
        /// </param>
        /// <returns>The fields; empty for a kind the dataset does not have.</returns>
        public IReadOnlyList<FactField> FieldsOf(string kind)
        {
            if (kind is null)
            {
                throw new ArgumentNullException(nameof(kind));
            }

            for (int table = 0; table < _tableCount; table++)
            {
                RowLayout layout = Layout(table);
                if (layout.Kind == kind)
                {
                    return Describe(layout, entityKind: null);
                }
            }

            IReadOnlyList<SchemaWord> entityKinds = BuiltInSchema.EntityKinds.Words;
            for (int i = 0; i < entityKinds.Count; i++)
            {
                if (entityKinds[i].Value == kind)
                {
                    return Describe(Layout(EntityTable), kind);
                }
            }

            return Array.Empty<FactField>();
        }

        /// <summary>The kinds the dataset declares itself (<c>kinds:</c>), by name, in the order of their declaration.</summary>
        public IReadOnlyList<string> CustomKindNames
        {
            get
            {
                var names = new string[_custom.Count];
                for (int i = 0; i < names.Length; i++)
                {
                    names[i] = _custom[i].KindName;
                }

                return names;
            }
        }

        private static FactField[] Describe(RowLayout layout, string? entityKind)
        {
            var fields = new List<FactField>(layout.Fields.Length);
            foreach (RowField field in layout.Fields)
            {
                if (Listed(field, entityKind))
                {
                    fields.Add(new FactField(field.Key, field.Type));
                }
            }

            return fields.ToArray();
        }

        // Whether a field is listed for a record: not the word that chooses an entity's type, and a field only some
        // entity kinds have for those.
        private static bool Listed(RowField field, string? entityKind)
        {
            if (field.ChoosesRecordType)
            {
                return false;
            }

            if (entityKind is null || field.OnlyFor.Count == 0)
            {
                return true;
            }

            foreach (string only in field.OnlyFor)
            {
                if (only == entityKind)
                {
                    return true;
                }
            }

            return false;
        }

        private FactField[]? RecordFields(string id, object record)
        {
            int handle = Handle(id);
            if (handle >= 0 && ReferenceEquals(Get(handle >> 24, handle & 0xFFFFFF), record))
            {
                return ReadFields(handle >> 24, handle & 0xFFFFFF, record);
            }

            foreach (FactCatalog other in _referenced)
            {
                FactField[]? fields = other.RecordFields(id, record);
                if (fields is not null)
                {
                    return fields;
                }
            }

            return null;
        }

        private FactField[] ReadFields(int table, int index, object record)
        {
            RowLayout layout = Layout(table);
            var row = new FactRow(Index(table).ReadRecord(Table(table), index, layout.Fields.Length), this);
            string? entityKind = null;
            foreach (RowField field in layout.Fields)
            {
                if (field.ChoosesRecordType)
                {
                    entityKind = row.Value(field) as string;
                }
            }

            var fields = new List<FactField>(layout.Fields.Length);
            foreach (RowField field in layout.Fields)
            {
                if (!Listed(field, entityKind))
                {
                    continue;
                }

                object? value = field.Type == FactFieldType.Evidence && field.Key == "evidence" && record is Fact fact ? fact.Evidence : row.Value(field);
                fields.Add(new FactField(field.Key, field.Type, value));
            }

            return fields.ToArray();
        }

        // A reference field holds the id; the record resolves it on first read, so decoding one record never
        // decodes another and references may form cycles.
        internal FactReference<T>? Reference<T>(string field)
            where T : Fact => field.Length == 0 ? null : new FactReference<T>(this, RecordDecoder.Text(field));

        internal ValueList<T> References<T>(string field)
            where T : Fact => ValueList<T>.References(RecordDecoder.Items(field), this);

        // Resolves a reference of a record of this dataset. The generator has checked every reference, so a miss
        // here means the tables are corrupt.
        internal Fact Resolve(string id)
        {
            return Find(id) ?? throw new InvalidOperationException($"The compiled dataset refers to '{id}', which neither it nor the datasets it refers to contain.");
        }

        internal T Resolve<T>(string id)
            where T : Fact => Resolve(id) as T ?? throw new InvalidOperationException($"The compiled dataset refers to '{id}' as {typeof(T).Name}, which it is not.");

        // Where the record of an id is, as (table << 24) | row, or -1.
        private int Handle(string id)
        {
            IdIndex? ids = _ids;
            return ids is null ? Search(id) : ids.Find(id);
        }

        // Until lookups repeat, a binary search of each table's ids rather than a dictionary of every id: a process
        // that looks up a few ids pays neither building the dictionary nor, in a fresh process, the JIT of the code
        // that builds it. Ids are unique across a dataset's tables (the generator reports a repeated id, NF0006),
        // so the first table that has the id is the one: entities first, where most lookups and references land,
        // documents last.
        private int Search(string id)
        {
            // Not interlocked: an increment lost to a race only delays building the index by one search.
            if (++_searches > SearchesBeforeIdIndex)
            {
                return Ids().Find(id);
            }

            for (int table = EntityTable; table < _tableCount; table++)
            {
                int row = Index(table).Find(Table(table), id);
                if (row >= 0)
                {
                    return (table << 24) | row;
                }
            }

            int document = Index(DocumentTable).Find(Table(DocumentTable), id);
            return document < 0 ? -1 : (DocumentTable << 24) | document;
        }

        private IdIndex Ids()
        {
            IdIndex? ids = Volatile.Read(ref _ids);
            if (ids is not null)
            {
                return ids;
            }

            int count = 0;
            for (int table = 0; table < _tableCount; table++)
            {
                count += Index(table).Count;
            }

            // In the order Search looks, documents last, so that both would find the same record of a repeated id.
            ids = new IdIndex(count);
            for (int t = 1; t <= _tableCount; t++)
            {
                int table = t % _tableCount;
                TableIndex index = Index(table);
                ReadOnlySpan<byte> data = Table(table);
                for (int i = 0; i < index.Count; i++)
                {
                    ids.Add(RecordDecoder.Text(index.ReadField(data, i, 0)), (table << 24) | i);
                }
            }

            Interlocked.CompareExchange(ref _ids, ids, null);
            return _ids!;
        }

        private Dictionary<string, IReadOnlyList<Entity>> NameIndex()
        {
            Dictionary<string, IReadOnlyList<Entity>>? byName = Volatile.Read(ref _byName);
            if (byName is not null)
            {
                return byName;
            }

            var keys = new Dictionary<string, List<(int Table, int Row)>>(StringComparer.Ordinal);
            AddNames(keys, EntityTable, EntityColumns.Id, EntityColumns.Names, EntityColumns.Aliases, EntityColumns.Misspellings);
            byName = new Dictionary<string, IReadOnlyList<Entity>>(keys.Count, StringComparer.Ordinal);
            foreach (KeyValuePair<string, List<(int Table, int Row)>> pair in keys)
            {
                var rows = new int[pair.Value.Count];
                for (int i = 0; i < rows.Length; i++)
                {
                    rows[i] = pair.Value[i].Row;
                }

                byName[pair.Key] = new FactList<Entity>(this, EntityTable, rows, rows.Length);
            }

            Interlocked.CompareExchange(ref _byName, byName, null);
            return _byName!;
        }

        // Every folded name of every row of a table — its id, its names in every language, and the names in
        // the given list columns (aliases, misspellings) — mapped to the rows that bear it, in table order.
        private void AddNames(Dictionary<string, List<(int Table, int Row)>> keys, int table, int idColumn, int namesColumn, params int[] listColumns)
        {
            TableIndex index = Index(table);
            ReadOnlySpan<byte> data = Table(table);
            for (int row = 0; row < index.Count; row++)
            {
                AddKey(keys, RecordDecoder.Text(index.ReadField(data, row, idColumn)), table, row);
                string[] names = RecordDecoder.Items(index.ReadField(data, row, namesColumn));
                for (int n = 1; n < names.Length; n += 2)
                {
                    AddKey(keys, names[n], table, row);
                }

                foreach (int column in listColumns)
                {
                    foreach (string name in RecordDecoder.Items(index.ReadField(data, row, column)))
                    {
                        AddKey(keys, name, table, row);
                    }
                }
            }
        }

        private static void AddKey(Dictionary<string, List<(int Table, int Row)>> keys, string name, int table, int row)
        {
            string key = NameFolding.Fold(name);
            if (!keys.TryGetValue(key, out List<(int Table, int Row)>? rows))
            {
                keys[key] = rows = new List<(int Table, int Row)>(1);
            }

            // A row's names are added together, so a repeat of the same row is always the last item.
            if (rows.Count == 0 || rows[rows.Count - 1] != (table, row))
            {
                rows.Add((table, row));
            }
        }
    }
}
