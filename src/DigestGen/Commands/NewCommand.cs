using System.CommandLine;
using DigestGen.Authoring;
using DigestGen.Content;
using DigestGen.Diagnostics;

namespace DigestGen.Cli;

internal static class NewCommand
{
    public static Command Create(ConsoleStreams console)
    {
        var title = new Argument<string>("TITLE") { Description = "the headline, in quotes" };
        var content = CommonOptions.Content();
        var slug = new Option<string?>("--slug") { Description = "the URL name; default: made from the title" };
        var date = new Option<string?>("--date") { Description = "YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+03:00]; default: now in the digest's time zone" };
        var tags = new Option<string?>("--tags") { Description = "comma-separated tags, e.g. \"ذكاء اصطناعي,الصين\"" };
        var draft = new Option<bool?>("--draft") { Description = "true or false; default: drafts_by_default in digest.yml (true)" };
        var command = new Command("new", "Write a new article file with its front matter filled in, and print its path.")
        {
            title, content, slug, date, tags, draft,
        };
        command.SetAction(parse => Run(console, parse.GetValue(content)!, parse.GetValue(title)!, parse.GetValue(slug),
            parse.GetValue(date), parse.GetValue(tags), parse.GetValue(draft)));
        return command;
    }

    private static int Run(ConsoleStreams console, string contentDirectory, string title, string? slug, string? date, string? tags, bool? draft)
    {
        var diagnostics = new DiagnosticBag();
        var config = ConfigLoader.Load(contentDirectory, diagnostics);
        if (DiagnosticPrinter.Print(diagnostics.Sorted(), console.Error) != CommandLine.Ok)
        {
            return CommandLine.ContentErrors;
        }
        DateTimeOffset? when = null;
        if (date is not null && (when = DateArgument.Parse(date, config.Zone)) is null)
        {
            console.Error.WriteLine($"error: --date '{date}' is not a date (write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+03:00)");
            return CommandLine.UsageErrors;
        }
        var request = new NewArticle { Title = title, Slug = slug, Date = when, Tags = SplitTags(tags), Draft = draft };
        var path = new ArticleWriter(contentDirectory, config).Write(request, diagnostics);
        if (path is null)
        {
            DiagnosticPrinter.Print(diagnostics.Sorted(), console.Error, summary: false);
            return CommandLine.ContentErrors;
        }
        // stdout is the path alone, for scripts and editors; the reminder goes to stderr.
        console.Out.WriteLine(ContentLoader.DisplayPath(path));
        if (draft ?? config.DraftsByDefault)
        {
            console.Error.WriteLine("It is a draft: 'serve --drafts' shows it; set 'draft: false' to publish it.");
        }
        return CommandLine.Ok;
    }

    /// <summary>Arabic keyboards type '،' for a comma; both separate tags.</summary>
    private static IReadOnlyList<string> SplitTags(string? tags) =>
        tags is null ? [] : tags.Split([',', '،'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
