using System.CommandLine;

namespace DigestGen.Cli;

internal static class CommonOptions
{
    public static Option<string> Content() => new("--content") { Description = "the content folder (digest.yml, articles/, entities/)", DefaultValueFactory = _ => "content" };

    public static Option<string> Templates() => new("--templates") { Description = "the theme folder (Scriban templates and assets)", DefaultValueFactory = _ => "templates" };

    public static Option<string> Output() => new("--output") { Description = "the output folder, replaced whole on success", DefaultValueFactory = _ => "site" };

    public static Option<string?> BaseUrl() => new("--base-url") { Description = "overrides base_url from digest.yml, e.g. https://user.github.io/repo/" };

    public static Option<bool> Drafts() => new("--drafts") { Description = "include articles marked draft: true" };

    public static Option<bool> Future() => new("--future") { Description = "include articles dated in the future" };

    public static Option<bool> Verbose() => new("--verbose", "-v") { Description = "print the time of each stage" };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "print only errors" };
}
