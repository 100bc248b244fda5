using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Runtime;

/// <summary>The public surface of NewsFacts.dll, listed with Roslyn's symbol API, against an approved file (our stand-in for PublicApiGenerator).</summary>
public class PublicApiTests
{
    [Fact]
    public void Public_API_matches_the_approved_listing()
    {
        Snapshot.Verify("NewsFacts.PublicApi", PublicApiLister.List(typeof(FactCatalog).Assembly.Location), "txt");
    }
}

/// <summary>Lists every public and protected type and member of an assembly, one per line, sorted.</summary>
internal static class PublicApiLister
{
    private static readonly SymbolDisplayFormat Format = SymbolDisplayFormat.CSharpErrorMessageFormat
        .WithMemberOptions(SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeModifiers | SymbolDisplayMemberOptions.IncludeAccessibility | SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeConstantValue)
        .WithParameterOptions(SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeParamsRefOut | SymbolDisplayParameterOptions.IncludeDefaultValue)
        .WithKindOptions(SymbolDisplayKindOptions.IncludeTypeKeyword);

    public static string List(string assemblyPath)
    {
        string[] platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        CSharpCompilation compilation = CSharpCompilation.Create("api", references: platform.Select(p => MetadataReference.CreateFromFile(p)).Append(MetadataReference.CreateFromFile(assemblyPath)));
        var assembly = (IAssemblySymbol)compilation.GetAssemblyOrModuleSymbol(compilation.References.Last())!;

        var lines = new List<string>();
        // The generated dataset (People, Events, FactIds…) is data, checked by the dataset tests; this lists the library.
        foreach (INamedTypeSymbol type in Types(assembly.GlobalNamespace).Where(IsVisible).Where(t => !IsGenerated(t)))
        {
            lines.Add(type.ToDisplayString(Format) + Bases(type));
            foreach (ISymbol member in type.GetMembers().Where(IsVisible).Where(m => !m.IsImplicitlyDeclared && m is not INamedTypeSymbol))
            {
                if (member is IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove })
                {
                    continue;
                }

                lines.Add("    " + member.ToDisplayString(Format) + Accessors(member));
            }
        }

        return string.Join("\n", lines) + "\n";
    }

    private static string Accessors(ISymbol member) => member is IPropertySymbol property
        ? " { " + (property.GetMethod is { } get && IsVisible(get) ? "get; " : string.Empty) + (property.SetMethod is { } set && IsVisible(set) ? (set.IsInitOnly ? "init; " : "set; ") : string.Empty) + "}"
        : string.Empty;

    private static string Bases(INamedTypeSymbol type)
    {
        var bases = new List<string>();
        if (type.BaseType is { SpecialType: not SpecialType.System_Object and not SpecialType.System_ValueType and not SpecialType.System_Enum } baseType)
        {
            bases.Add(baseType.ToDisplayString());
        }

        bases.AddRange(type.Interfaces.Select(i => i.ToDisplayString()).OrderBy(i => i, StringComparer.Ordinal));
        return bases.Count == 0 ? string.Empty : " : " + string.Join(", ", bases);
    }

    private static bool IsGenerated(INamedTypeSymbol type) =>
        type.GetAttributes().Any(a => a.AttributeClass?.Name == "GeneratedCodeAttribute") || (type.ContainingType is not null && IsGenerated(type.ContainingType));

    private static bool IsVisible(ISymbol symbol) =>
        symbol.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal
        && (symbol.ContainingType is null || IsVisible(symbol.ContainingType));

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol ns)
    {
        foreach (INamespaceOrTypeSymbol member in ns.GetMembers().OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            if (member is INamespaceSymbol child)
            {
                foreach (INamedTypeSymbol type in Types(child))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type)
            {
                yield return type;
                foreach (INamedTypeSymbol nested in type.GetTypeMembers().OrderBy(t => t.Name, StringComparer.Ordinal))
                {
                    yield return nested;
                }
            }
        }
    }
}
