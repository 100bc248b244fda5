namespace NewsFacts.Tests.Infrastructure;

/// <summary>Runs the real newsfacts tool, as built next to the tests, as a separate process.</summary>
internal static class NewsFactsTool
{
    public static string ToolDll
    {
        get
        {
            // The tests run from tests/NewsFacts.Tests/bin/<Configuration>/net10.0/; the tool was built with the same configuration.
            string configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            string dll = Path.Combine(RepoPaths.Root, "src", "NewsFacts.Cli", "bin", configuration, "net10.0", "NewsFacts.Cli.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the solution first: the newsfacts tool is not at " + dll);
        }
    }

    public static (int ExitCode, string Output) Run(params string[] arguments) =>
        DotNet.Run(RepoPaths.Root, null, new[] { ToolDll }.Concat(arguments).ToArray());

    public static (int ExitCode, string StandardOutput, string StandardError) RunSeparated(params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepoPaths.Root };
        start.ArgumentList.Add(ToolDll);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
