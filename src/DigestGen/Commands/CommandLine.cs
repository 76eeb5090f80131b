using System.CommandLine;

namespace DigestGen.Cli;

/// <summary>Declares the commands and maps parse errors to exit code 2 (content and site errors are 1).</summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int UsageErrors = 2;

    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var console = new ConsoleStreams(stdout ?? Console.Out, stderr ?? Console.Error);
        var root = new RootCommand("DigestGen: a static site generator for annotated Arabic news digests.");
        root.Subcommands.Add(BuildCommand.Create(console));
        root.Subcommands.Add(ExtractCommand.Create(console));
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(NewCommand.Create(console));
        root.Subcommands.Add(ServeCommand.Create(console));
        root.Subcommands.Add(EntitiesCommand.Create(console));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                console.Error.WriteLine($"error: {error.Message}");
            }
            console.Error.WriteLine("Run 'digestgen --help' to see the commands and their options.");
            return UsageErrors;
        }
        var config = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        return parsed.Invoke(config);
    }
}

public sealed record ConsoleStreams(TextWriter Out, TextWriter Error);
