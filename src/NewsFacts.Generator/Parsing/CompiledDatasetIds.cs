using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Threading;
using Microsoft.CodeAnalysis;
using NewsFacts.Generator.Naming;

namespace NewsFacts.Generator.Parsing
{
    /// <summary>
    /// The reader of a dataset's own ids with their C# constants, for the analyzer (the ids a catalog lookup may name,
    /// and the <c>FactIds</c> constant its code fix offers); the ids of referenced dataset packages, for the generator and
    /// the analyzer alike, come from their manifests (<see cref="ReferencedDatasets"/>). A dataset carries them in one of two forms:
    /// the <c>FactIds</c> constants beside its <c>Dataset</c> class (<c>FactIds.People.VladimirPutin = "vladimir-putin"</c>),
    /// or, generated without typed members (<c>NewsFactsTypedMembers=false</c>), the one constant
    /// <c>Dataset.FactIdIndex</c> (a line per member class: <c>People vladimir-putin kim-jong-un …</c>).
    /// An assembly on disk is read through its metadata, without binding a symbol; a dataset compiled from source
    /// (or a project reference in the IDE) through its symbols. Each id comes with its member class (<c>People</c>,
    /// <c>Documents</c>, …); null when the namespace holds no dataset.
    /// </summary>
    internal static class CompiledDatasetIds
    {
        /// <summary>
        /// One id of a compiled dataset: its member class (<c>People</c>, <c>Documents</c>…) and, where the dataset has
        /// <c>FactIds</c>, the name of its constant there (<c>VladimirPutin</c>); null when read from <c>Dataset.FactIdIndex</c>.
        /// </summary>
        public readonly record struct CompiledId(string Id, string MemberClass, string? Constant);

        private const string FactIdsClass = "FactIds";
        private const string DatasetClass = "Dataset";

        /// <summary>The ids of the dataset in namespace <paramref name="ns"/> of a referenced assembly: its metadata for a file, its symbols for a compilation.</summary>
        public static List<CompiledId>? Read(MetadataReference reference, string ns, CancellationToken cancellationToken)
        {
            switch (reference)
            {
                case PortableExecutableReference file:
                    return FromMetadata(file, ns, cancellationToken);
                case CompilationReference compilation:
                    return Find(compilation.Compilation.Assembly.GlobalNamespace, ns) is { } space ? Read(space, cancellationToken) : null;
                default:
                    return null;
            }
        }

        /// <summary>
        /// The ids of the dataset a <c>Dataset</c> class belongs to, as the analyzer meets it in a compilation: from the
        /// referenced assembly's metadata when it has one, else from the symbols (a dataset generated in this compilation).
        /// </summary>
        public static List<CompiledId>? Read(INamedTypeSymbol dataset, Compilation compilation, CancellationToken cancellationToken)
        {
            IAssemblySymbol assembly = dataset.ContainingAssembly;
            if (!SymbolEqualityComparer.Default.Equals(assembly, compilation.Assembly)
                && compilation.GetMetadataReference(assembly) is PortableExecutableReference file)
            {
                return FromMetadata(file, dataset.ContainingNamespace.ToDisplayString(), cancellationToken);
            }

            return Read(dataset.ContainingNamespace, cancellationToken);
        }

        /// <summary>The ids of the dataset in a namespace, read through its symbols.</summary>
        public static List<CompiledId>? Read(INamespaceSymbol ns, CancellationToken cancellationToken)
        {
            if (ns.GetTypeMembers(FactIdsClass).FirstOrDefault() is { } factIds)
            {
                var ids = new List<CompiledId>();
                foreach (INamedTypeSymbol memberClass in factIds.GetTypeMembers())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    foreach (ISymbol member in memberClass.GetMembers())
                    {
                        if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: string id })
                        {
                            ids.Add(new CompiledId(id, memberClass.Name, member.Name));
                        }
                    }
                }

                return ids;
            }

            return ns.GetTypeMembers(DatasetClass).FirstOrDefault()?.GetMembers(CSharpNames.FactIdIndex).FirstOrDefault() is IFieldSymbol { HasConstantValue: true, ConstantValue: string index }
                ? FromIndex(index)
                : null;
        }

        /// <summary>The ids of <c>Dataset.FactIdIndex</c>: a line per member class, its name then its ids, separated by spaces.</summary>
        public static List<CompiledId> FromIndex(string index)
        {
            var ids = new List<CompiledId>();
            foreach (string line in index.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries))
            {
                string[] words = line.Split(' ');
                for (int i = 1; i < words.Length; i++)
                {
                    ids.Add(new CompiledId(words[i], words[0], null));
                }
            }

            return ids;
        }

        private static List<CompiledId>? FromMetadata(PortableExecutableReference reference, string ns, CancellationToken cancellationToken)
        {
            Metadata metadata;
            try
            {
                metadata = reference.GetMetadata();
            }
            catch (Exception e) when (e is BadImageFormatException or IOException)
            {
                // The compiler reports an unreadable reference itself.
                return null;
            }

            IEnumerable<ModuleMetadata> modules = metadata switch
            {
                AssemblyMetadata assembly => assembly.GetModules(),
                ModuleMetadata module => new[] { module },
                _ => Enumerable.Empty<ModuleMetadata>(),
            };

            foreach (ModuleMetadata module in modules)
            {
                if (FromMetadata(module.GetMetadataReader(), ns, cancellationToken) is { } ids)
                {
                    return ids;
                }
            }

            return null;
        }

        private static List<CompiledId>? FromMetadata(MetadataReader reader, string ns, CancellationToken cancellationToken)
        {
            if (Find(reader, ns) is not { } space)
            {
                return null;
            }

            TypeDefinition? dataset = null;
            foreach (TypeDefinitionHandle handle in space.TypeDefinitions)
            {
                TypeDefinition type = reader.GetTypeDefinition(handle);
                if (reader.StringComparer.Equals(type.Name, FactIdsClass))
                {
                    var ids = new List<CompiledId>();
                    foreach (TypeDefinitionHandle nested in type.GetNestedTypes())
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        TypeDefinition memberClass = reader.GetTypeDefinition(nested);
                        string name = reader.GetString(memberClass.Name);
                        foreach (FieldDefinitionHandle field in memberClass.GetFields())
                        {
                            FieldDefinition definition = reader.GetFieldDefinition(field);
                            if (StringConstant(reader, definition) is { } id)
                            {
                                ids.Add(new CompiledId(id, name, reader.GetString(definition.Name)));
                            }
                        }
                    }

                    return ids;
                }

                if (reader.StringComparer.Equals(type.Name, DatasetClass))
                {
                    dataset = type;
                }
            }

            if (dataset is { } datasetType)
            {
                foreach (FieldDefinitionHandle handle in datasetType.GetFields())
                {
                    FieldDefinition field = reader.GetFieldDefinition(handle);
                    if (reader.StringComparer.Equals(field.Name, CSharpNames.FactIdIndex) && StringConstant(reader, field) is { } index)
                    {
                        return FromIndex(index);
                    }
                }
            }

            return null;
        }

        private static string? StringConstant(MetadataReader reader, FieldDefinition field)
        {
            ConstantHandle handle = field.GetDefaultValue();
            if (handle.IsNil)
            {
                return null;
            }

            Constant constant = reader.GetConstant(handle);
            return constant.TypeCode == ConstantTypeCode.String ? reader.GetBlobReader(constant.Value).ReadConstant(ConstantTypeCode.String) as string : null;
        }

        private static NamespaceDefinition? Find(MetadataReader reader, string ns)
        {
            NamespaceDefinition space = reader.GetNamespaceDefinitionRoot();
            foreach (string part in ns.Split('.'))
            {
                NamespaceDefinition? next = null;
                foreach (NamespaceDefinitionHandle child in space.NamespaceDefinitions)
                {
                    NamespaceDefinition definition = reader.GetNamespaceDefinition(child);
                    if (reader.StringComparer.Equals(definition.Name, part))
                    {
                        next = definition;
                        break;
                    }
                }

                if (next is not { } found)
                {
                    return null;
                }

                space = found;
            }

            return space;
        }

        private static INamespaceSymbol? Find(INamespaceSymbol global, string ns)
        {
            INamespaceSymbol? space = global;
            foreach (string part in ns.Split('.'))
            {
                space = space.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
                if (space is null)
                {
                    return null;
                }
            }

            return space;
        }
    }
}
