using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using NewsFacts.Generator.Model;

namespace NewsFacts.Generator.Parsing
{
    /// <summary>
    /// The dataset packages among a project's references: every assembly with a <c>NewsFactsDataset</c> attribute
    /// (<see cref="DatasetManifest"/>), whatever its namespace — NewsFacts' own dataset is one like any other. Read
    /// from the assembly-level attributes of each reference's metadata, without binding a symbol or walking a
    /// namespace; a dataset compiled from source (a project reference in the IDE) through its assembly's attributes.
    /// Each reference is read once for as long as the compiler keeps it (the same instance from one compilation to the
    /// next), so the generator and the analyzer read a package's manifest once, not per keystroke.
    /// </summary>
    internal static class ReferencedDatasets
    {
        public const string AttributeNamespace = "NewsFacts";
        public const string AttributeName = "NewsFactsDatasetAttribute";

        private static readonly ConditionalWeakTable<MetadataReference, Read> Cache = new ConditionalWeakTable<MetadataReference, Read>();

        /// <summary>The datasets of the references, in the order of the references, each name once.</summary>
        public static EquatableArray<ReferencedDatasetSpec> Of(ImmutableArray<MetadataReference> references, CancellationToken cancellationToken)
        {
            var datasets = new List<ReferencedDatasetSpec>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (MetadataReference reference in references)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Of(reference) is { } dataset && names.Add(dataset.Name))
                {
                    datasets.Add(dataset);
                }
            }

            return datasets.ToEquatableArray();
        }

        /// <summary>The dataset of one reference, or null when it is not a dataset package.</summary>
        public static ReferencedDatasetSpec? Of(MetadataReference reference)
        {
            if (reference is PortableExecutableReference)
            {
                return Cache.GetValue(reference, r => new Read(FromMetadata((PortableExecutableReference)r))).Dataset;
            }

            // A compilation changes with every edit of its project: read it each time (it is the IDE's case only).
            return reference is CompilationReference compilation ? FromSymbols(compilation.Compilation.Assembly) : null;
        }

        private static ReferencedDatasetSpec? FromSymbols(IAssemblySymbol assembly)
        {
            foreach (AttributeData attribute in assembly.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: AttributeName, ContainingNamespace: { Name: AttributeNamespace, ContainingNamespace.IsGlobalNamespace: true } }
                    && attribute.ConstructorArguments.Length == 2
                    && attribute.ConstructorArguments[0].Value is ITypeSymbol type
                    && attribute.ConstructorArguments[1].Value is string manifest)
                {
                    return DatasetManifest.Read(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)), manifest);
                }
            }

            return null;
        }

        private static ReferencedDatasetSpec? FromMetadata(PortableExecutableReference reference)
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

            if (metadata is not AssemblyMetadata assembly)
            {
                return null;
            }

            try
            {
                foreach (ModuleMetadata module in assembly.GetModules())
                {
                    MetadataReader reader = module.GetMetadataReader();
                    if (reader.IsAssembly && FromAttributes(reader) is { } dataset)
                    {
                        return dataset;
                    }
                }
            }
            catch (BadImageFormatException)
            {
                // A malformed attribute blob: not a dataset this generator can read.
            }

            return null;
        }

        private static ReferencedDatasetSpec? FromAttributes(MetadataReader reader)
        {
            foreach (CustomAttributeHandle handle in reader.GetAssemblyDefinition().GetCustomAttributes())
            {
                CustomAttribute attribute = reader.GetCustomAttribute(handle);
                if (!IsDatasetAttribute(reader, attribute.Constructor))
                {
                    continue;
                }

                // The blob: the prolog 0x0001, then the two fixed arguments, a type (as its name) and a string.
                BlobReader blob = reader.GetBlobReader(attribute.Value);
                if (blob.ReadUInt16() != 1 || blob.ReadSerializedString() is not { } type || blob.ReadSerializedString() is not { } manifest)
                {
                    return null;
                }

                return DatasetManifest.Read(type, manifest);
            }

            return null;
        }

        private static bool IsDatasetAttribute(MetadataReader reader, EntityHandle constructor)
        {
            switch (constructor.Kind)
            {
                case HandleKind.MemberReference:
                    MemberReference member = reader.GetMemberReference((MemberReferenceHandle)constructor);
                    if (member.Parent.Kind != HandleKind.TypeReference)
                    {
                        return false;
                    }

                    TypeReference reference = reader.GetTypeReference((TypeReferenceHandle)member.Parent);
                    return reader.StringComparer.Equals(reference.Name, AttributeName) && reader.StringComparer.Equals(reference.Namespace, AttributeNamespace);
                case HandleKind.MethodDefinition:
                    // NewsFacts.dll, where the attribute is defined, carries a dataset too.
                    TypeDefinition definition = reader.GetTypeDefinition(reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType());
                    return reader.StringComparer.Equals(definition.Name, AttributeName) && reader.StringComparer.Equals(definition.Namespace, AttributeNamespace);
                default:
                    return false;
            }
        }

        private sealed class Read
        {
            public Read(ReferencedDatasetSpec? dataset) => Dataset = dataset;

            public ReferencedDatasetSpec? Dataset { get; }
        }
    }
}
