using System.Diagnostics;
using System.Globalization;

namespace NewsFacts.Tools.FoldingTable;

/// <summary>
/// The runtime's own simple lower-case mapping of the BMP: what <see cref="char.ToLowerInvariant"/> answers in
/// invariant globalization mode, from Unicode data inside the runtime. With ICU on, the same call asks the
/// machine's ICU, whose Unicode version differs from machine to machine (letters newer than the ICU have no case
/// there), so the table's casing is read from a second run of this tool with invariant mode forced on.
/// </summary>
public static class RuntimeCasing
{
    public const string Argument = "--runtime-casing";

    /// <summary>Prints "XXXX YYYY" for every BMP character whose lower case differs (run in invariant mode).</summary>
    public static int Print(TextWriter output)
    {
        if (!InvariantMode())
        {
            Console.Error.WriteLine("FoldingTable: " + Argument + " must run with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1");
            return 2;
        }

        for (int code = 0; code <= 0xFFFF; code++)
        {
            char c = (char)code;
            char lower = char.ToLowerInvariant(c);
            if (lower != c)
            {
                output.Write(string.Create(CultureInfo.InvariantCulture, $"{code:X4} {(int)lower:X4}\n"));
            }
        }

        return 0;
    }

    /// <summary>Runs this tool again in invariant mode and reads its lower-case mapping.</summary>
    public static Dictionary<char, char> Read()
    {
        string host = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(RuntimeCasing).Assembly.Location);
        }

        start.ArgumentList.Add(Argument);
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + host);
        Task<string> error = process.StandardError.ReadToEndAsync();
        string text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("the invariant-mode run failed: " + error.Result);
        }

        var casing = new Dictionary<char, char>();
        foreach (string line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            casing.Add((char)int.Parse(line.AsSpan(0, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture), (char)int.Parse(line.AsSpan(5, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        }

        return casing;
    }

    public static bool InvariantMode() => "\u00E9".Normalize(System.Text.NormalizationForm.FormD).Length == 1;
}
