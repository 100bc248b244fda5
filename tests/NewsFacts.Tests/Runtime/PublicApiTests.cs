using System.Reflection;
using NewsFacts.Tests.Infrastructure;
using PublicApiGenerator;

namespace NewsFacts.Tests.Runtime;

/// <summary>The public surface of NewsFacts.dll, as PublicApiGenerator writes it, against an approved file.</summary>
public class PublicApiTests
{
    [Fact]
    public void Public_API_matches_the_approved_listing()
    {
        Assembly assembly = typeof(FactCatalog).Assembly;
        string api = assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // The generated dataset (People, Events, FactIds…) is data, checked by the dataset tests; this lists the library.
            ExcludeTypes = assembly.GetTypes().Where(IsGenerated).ToArray(),
            // So is the dataset package's manifest on the assembly ([assembly: NewsFactsDataset(…)]), which changes with the data.
            ExcludeAttributes = new[] { typeof(NewsFactsDatasetAttribute).FullName! },
            // A record is listed as a record: the compiler-made members (Equals, <Clone>$, PrintMembers…) follow from it.
            TreatRecordsAsClasses = false,
        });

        Snapshot.Verify("NewsFacts.PublicApi", api, "txt");
    }

    private static bool IsGenerated(Type type) =>
        type.GetCustomAttributes(typeof(System.CodeDom.Compiler.GeneratedCodeAttribute), inherit: false).Length > 0
        || (type.DeclaringType is not null && IsGenerated(type.DeclaringType));
}
