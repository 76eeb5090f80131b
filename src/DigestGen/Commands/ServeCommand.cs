using System.CommandLine;
using System.Runtime.InteropServices;
using DigestGen.Build;
using DigestGen.Serving;

namespace DigestGen.Cli;

internal static class ServeCommand
{
    public static Command Create(ConsoleStreams console)
    {
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var port = new Option<int>("--port", "-p") { Description = "the port on 127.0.0.1", DefaultValueFactory = _ => 8080 };
        var drafts = CommonOptions.Drafts();
        var future = CommonOptions.Future();
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var command = new Command("serve", "Build the site, serve it on http://127.0.0.1:PORT/, rebuild on change and reload open pages.")
        {
            content, templates, port, drafts, future, quiet, verbose,
        };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                r.AddError("--port must be a number from 0 to 65535");
            }
        });
        command.SetAction(parse => Run(console, new ServeSettings
        {
            Build = new BuildOptions
            {
                ContentDirectory = parse.GetValue(content)!,
                TemplatesDirectory = BundledTheme.Resolve(parse.GetValue(templates)!),
                IncludeDrafts = parse.GetValue(drafts),
                IncludeFuture = parse.GetValue(future),
            },
            Port = parse.GetValue(port),
            Quiet = parse.GetValue(quiet),
            Verbose = parse.GetValue(verbose),
        }));
        return command;
    }

    private static int Run(ConsoleStreams console, ServeSettings settings)
    {
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            e.Cancel = true; // stop cleanly instead of being killed mid-write
            stop.Cancel();
        };
        Console.CancelKeyPress += onCtrlC;
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true;
            stop.Cancel();
        });
        try
        {
            return new ServeSession(settings, console.Out, console.Error).RunAsync(stop.Token).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= onCtrlC;
        }
    }
}
