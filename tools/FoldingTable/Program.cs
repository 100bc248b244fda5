using NewsFacts.Tools.FoldingTable;

// dotnet run --project tools/FoldingTable             writes src/Shared/NameFoldingTable.g.cs
// dotnet run --project tools/FoldingTable -- --print  prints it (the test that the checked-in table is current)
if (args is [RuntimeCasing.Argument])
{
    return RuntimeCasing.Print(Console.Out);
}

if (args.Length > 1 || (args.Length == 1 && args[0] != "--print"))
{
    Console.Error.WriteLine("usage: FoldingTable [--print]");
    return 2;
}

Dictionary<char, char> casing = RuntimeCasing.Read();
string table = TableWriter.Write(TableBuilder.Build(c => casing.GetValueOrDefault(c, c)));
if (args.Length == 1)
{
    Console.Out.Write(table);
    return 0;
}

string? root = Directory.GetCurrentDirectory();
while (root is not null && !File.Exists(Path.Combine(root, "NewsFacts.sln")))
{
    root = Path.GetDirectoryName(root);
}

if (root is null)
{
    Console.Error.WriteLine("FoldingTable: run it inside the repository (no NewsFacts.sln above " + Directory.GetCurrentDirectory() + ")");
    return 2;
}

string path = Path.Combine(root, TableWriter.RelativePath);
File.WriteAllText(path, table);
Console.Out.WriteLine("wrote " + path);
return 0;
