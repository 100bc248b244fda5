namespace NewsFacts.Tests.Package;

/// <summary>
/// Tests that run <c>dotnet pack -c Release</c>: the library package and the tool package both build src/NewsFacts in
/// Release into the same obj/ folder, so they must not run at the same time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackCollection
{
    public const string Name = "dotnet pack";
}
