using System.CommandLine;
using DigestGen.Build;
using DigestGen.Diagnostics;
using DigestGen.Linking;

namespace DigestGen.Cli;

/// <summary><c>entities suggest</c>: the unverified entities worth adding to the gazetteer, as YAML to paste.</summary>
internal static class EntitiesCommand
{
    public static Command Create(ConsoleStreams console)
    {
        var content = CommonOptions.Content();
        var suggest = new Command("suggest",
            $"Print unverified entities found in {EntitySuggestions.MinimumArticles} or more articles as gazetteer YAML, most frequent first.")
        {
            content,
        };
        suggest.SetAction(parse => Suggest(console, parse.GetValue(content)!));
        return new Command("entities", "Help editors curate the gazetteer.") { suggest };
    }

    private static int Suggest(ConsoleStreams console, string contentRoot)
    {
        var diagnostics = new DiagnosticBag();
        var articles = Extraction.Run(Path.Combine(contentRoot, "articles"), contentRoot, diagnostics);
        var code = DiagnosticPrinter.Print(diagnostics.Sorted(), console.Error);
        if (code != CommandLine.Ok)
        {
            return code;
        }
        var suggestions = EntitySuggestions.Find(articles.Select(a => (a.Slug, a.Entities)));
        if (suggestions.Count == 0)
        {
            console.Error.WriteLine($"No unverified entity appears in {EntitySuggestions.MinimumArticles} or more articles: nothing to suggest.");
            return CommandLine.Ok;
        }
        console.Out.Write($"# {suggestions.Count} suggested entities: check each one, add a description, then paste into {Path.Combine(contentRoot, "entities")}/*.yml\n\n");
        console.Out.Write(EntitySuggestions.ToYaml(suggestions));
        return CommandLine.Ok;
    }
}
