using System;
using System.CommandLine;
using NewsFacts.Cli.Common;

namespace NewsFacts.Cli.Schema;

/// <summary><c>newsfacts schema</c>: prints the JSON Schema of a facts file, for editors' completion and checks.</summary>
public static class SchemaCommand
{
    /// <summary>Makes the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var command = new Command(
            "schema",
            "Print the JSON Schema (draft-07) of a facts file, for an editor's YAML completion, hover docs and checks: "
            + "`newsfacts schema > facts.schema.json`, then `# yaml-language-server: $schema=facts.schema.json` on a facts file's first line.");
        command.SetAction(_ => CommandRunner.Run(() =>
        {
            Console.Out.Write(FactsJsonSchema.Text());
            Console.Out.Flush();
            return ExitCodes.Success;
        }));
        return command;
    }
}
