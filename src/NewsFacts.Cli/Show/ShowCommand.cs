using System;
using System.CommandLine;
using NewsFacts.Cli.Common;
using NewsFacts.Internal;

namespace NewsFacts.Cli.Show;

/// <summary><c>newsfacts show &lt;id or name&gt;</c>: one fact or document with everything that refers to it.</summary>
public static class ShowCommand
{
    /// <summary>Makes the command.</summary>
    /// <param name="catalog">The dataset.</param>
    /// <returns>The command.</returns>
    public static Command Create(FactCatalog catalog)
    {
        var idOrName = new Argument<string>("id-or-name")
        {
            Description = "An id (vladimir-putin, 000_acc9cddf53eaf244) or any name, alias or misspelling (Poutine, \"Kim Jong-un\"); case, accents and hyphens do not matter.",
        };

        // An empty argument (show "", show "-") names nothing; nearest-name suggestions for it would be noise.
        idOrName.Validators.Add(result =>
        {
            string value = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
            if (NameFolding.Fold(value).Length == 0)
            {
                result.AddError(value.Trim().Length == 0
                    ? "show needs an id or a name (newsfacts show vladimir-putin), not an empty argument"
                    : $"show needs an id or a name (newsfacts show vladimir-putin); '{value}' holds only characters that names leave aside (hyphens, dots, apostrophes)");
            }
        });
        var command = new Command("show", "Show one fact or document: its names, fields, the facts that refer to it and its evidence quotes.")
        {
            idOrName,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            object record = FactResolver.Resolve(catalog, parse.GetValue(idOrName)!);
            new FactPrinter(catalog, Console.Out, Terminal.Out).Write(record);
            return ExitCodes.Success;
        }));
        return command;
    }
}
