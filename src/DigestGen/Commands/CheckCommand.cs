using System.CommandLine;
using DigestGen.Build;
using DigestGen.Checking;

namespace DigestGen.Cli;

internal static class CheckCommand
{
    public static Command Create(ConsoleStreams console)
    {
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var output = CommonOptions.Output();
        output.Description = "the built site to check, as it is (check never rebuilds it)";
        var baseUrl = CommonOptions.BaseUrl();
        baseUrl.Description = "the base URL the site was built with, when it was not the one in digest.yml";
        var command = new Command("check", "Validate the content and the site already in the output folder: every internal link, image and #anchor resolves.")
        {
            content, templates, output, baseUrl,
        };
        command.SetAction(parse => Run(console, new BuildOptions
        {
            ContentDirectory = parse.GetValue(content)!,
            TemplatesDirectory = parse.GetValue(templates)!,
            OutputDirectory = parse.GetValue(output)!,
            BaseUrl = parse.GetValue(baseUrl),
        }));
        return command;
    }

    /// <summary>Prints every problem as one numbered list (Zola's habit), then a count; exit 1 on any error.</summary>
    private static int Run(ConsoleStreams console, BuildOptions options)
    {
        var result = SiteCheck.Run(options);
        var number = 0;
        foreach (var d in result.All)
        {
            console.Error.WriteLine($"{++number}. {d}");
        }
        foreach (var left in result.Unpublished)
        {
            console.Out.WriteLine($"left out of the site: {left}");
        }
        if (result.ContentFromLastBuild)
        {
            console.Out.WriteLine($"content, templates and settings unchanged since the last build of {options.OutputDirectory}/: its report stands (the site itself is checked in full).");
        }
        var parsed = result.PagesParsed < result.Pages
            ? $" ({result.Pages - result.PagesParsed} unchanged since the last check, not parsed again)"
            : "";
        var errors = result.All.Count(d => d.IsError);
        var warnings = number - errors;
        if (errors > 0)
        {
            console.Error.WriteLine($"check failed: {errors} error(s), {warnings} warning(s) ({result.Site.Count} in the site in {options.OutputDirectory}/).");
            return CommandLine.ContentErrors;
        }
        console.Out.WriteLine($"check passed: {result.Pages} pages in {options.OutputDirectory}/{parsed}, every internal link and anchor resolves ({warnings} warning(s)).");
        return CommandLine.Ok;
    }
}
