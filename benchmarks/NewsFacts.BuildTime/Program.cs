using System.Globalization;
using NewsFacts.BuildTime;

// Modes (benchmarks/build-time.sh runs them all):
//   synth <facts> <out.facts.yaml>        a deterministic synthetic facts file of <facts> facts
//   generator <warm runs> <file>...       the generator's time and allocations per facts file, through CSharpGeneratorDriver
//   idle <iterations>                     the generator's cost per compilation in a project without a facts file
//   yaml-floor <warm runs> <file>...      YamlDotNet's bare event parser over each file: the floor under the parse step
//   editor <files> <facts per file> <rounds>  one driver kept across edits, as the IDE keeps it: one value edited in one file, one C# edit
//   hostile <runs>                        the hostile files of the tests (bombs, depth, size): time, allocations, memory
switch (args.Length > 0 ? args[0] : "")
{
    case "synth":
        Console.WriteLine(Synthetic.Write(args[2], int.Parse(args[1], CultureInfo.InvariantCulture)));
        return 0;
    case "generator":
        foreach (string file in args[2..])
        {
            GeneratorTiming.Sizes(file, int.Parse(args[1], CultureInfo.InvariantCulture));
        }

        return 0;
    case "yaml-floor":
        foreach (string file in args[2..])
        {
            YamlFloor.Measure(file, int.Parse(args[1], CultureInfo.InvariantCulture));
        }

        return 0;
    case "editor":
        EditorTiming.Measure(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
        return 0;
    case "hostile":
        GeneratorTiming.Hostile(int.Parse(args[1], CultureInfo.InvariantCulture));
        return 0;
    case "idle":
        GeneratorTiming.Idle(int.Parse(args[1], CultureInfo.InvariantCulture));
        return 0;
    default:
        Console.Error.WriteLine("usage: synth <facts> <out> | generator <warm runs> <file>... | yaml-floor <warm runs> <file>... | idle <iterations> | hostile <runs> | editor <files> <facts per file> <rounds>");
        return 1;
}
