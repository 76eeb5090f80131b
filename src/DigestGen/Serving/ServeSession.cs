using System.Diagnostics;
using System.Threading.Channels;
using DigestGen.Authoring;
using DigestGen.Build;
using DigestGen.Cli;
using DigestGen.Content;
using DigestGen.Diagnostics;

namespace DigestGen.Serving;

/// <summary>
/// One run of <c>serve</c>: listen, build, then rebuild whenever the sources change, until
/// cancelled (Ctrl-C). Builds alternate between two folders in a private temp directory,
/// never the project's site/, and the server switches to a folder only once it holds a whole,
/// good build.
/// </summary>
public sealed partial class ServeSession(ServeSettings settings, TextWriter output, TextWriter error)
{
    private readonly CurrentSite _site = new();
    private readonly ReloadEvents _events = new();
    private readonly Channel<IReadOnlyList<string>> _changes = Channel.CreateUnbounded<IReadOnlyList<string>>();
    private readonly TaskCompletionSource<Uri> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _workFolder = settings.WorkFolder
        ?? Path.Combine(Path.GetTempPath(), $"digestgen-serve-{Environment.ProcessId}-{Guid.NewGuid():N}"[..48]);
    private int _builds;

    /// <summary>Completes with the site's address once the first build has finished, good or not.</summary>
    public Task<Uri> Ready => _ready.Task;

    public ReloadEvents Events => _events;

    public async Task<int> RunAsync(CancellationToken cancellation)
    {
        // After an edit the feeds, data files and search index are rewritten in the background on every
        // core (three jobs at once): a browser's request must not wait behind them for the thread pool to
        // add a thread (half a second or more on two cores), so the pool starts with room for requests.
        ThreadPool.GetMinThreads(out var workers, out var completions);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount + 8), completions);
        await using var server = new DevServer(_site, _events);
        try
        {
            await server.StartAsync(settings.Port, cancellation);
        }
        catch (IOException e)
        {
            error.WriteLine($"error: cannot listen on 127.0.0.1:{settings.Port}: {e.Message} (pass --port with another number)");
            _ready.TrySetException(e);
            return CommandLine.UsageErrors;
        }
        try
        {
            return await ServeAsync(server.Address!, cancellation);
        }
        finally
        {
            await _refreshing;
            _live?.Dispose();
            _site.Dispose();
            DeleteWorkFolder();
        }
    }

    private async Task<int> ServeAsync(Uri address, CancellationToken cancellation)
    {
        var options = settings.Build with { BaseUrl = address.ToString(), LiveReload = true };
        await RebuildAsync(options, ["initial build"]);
        using var watcher = new SourceWatcher([options.ContentDirectory, options.TemplatesDirectory], settings.Debounce,
            batch => _changes.Writer.TryWrite(batch));
        Say($"Serving {address} (content from {options.ContentDirectory}/{Included(options)}). Press Ctrl-C to stop.");
        SayWhatIsLeftOut(options);
        _ready.TrySetResult(address);
        try
        {
            while (await _changes.Reader.WaitToReadAsync(cancellation))
            {
                var changed = new List<string>();
                while (_changes.Reader.TryRead(out var batch))
                {
                    changed.AddRange(batch);
                }
                await RebuildAsync(options, changed);
            }
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C: the normal way to stop.
        }
        Say("Stopped.");
        return CommandLine.Ok;
    }

    private void Say(string line)
    {
        if (!settings.Quiet)
        {
            output.WriteLine(line);
        }
    }

    /// <summary>A new article is a draft by default: say why it is missing before the editor wonders.</summary>
    private void SayWhatIsLeftOut(BuildOptions options)
    {
        if (settings.Quiet || (options.IncludeDrafts && options.IncludeFuture))
        {
            return;
        }
        var config = ConfigLoader.Load(options.ContentDirectory, new DiagnosticBag());
        var articles = new ContentLoader(config).LoadArticles(options.ContentDirectory, new DiagnosticBag());
        var left = Unpublished.Find(articles, options.Now ?? DateTimeOffset.Now)
            .Where(u => u.Reason == UnpublishedReason.Draft ? !options.IncludeDrafts : !options.IncludeFuture)
            .ToList();
        var drafts = left.Count(u => u.Reason == UnpublishedReason.Draft);
        var scheduled = left.Count - drafts;
        if (drafts > 0)
        {
            output.WriteLine($"{drafts} draft(s) left out: add --drafts to see them.");
        }
        if (scheduled > 0)
        {
            output.WriteLine($"{scheduled} scheduled article(s) left out: add --future to see them.");
        }
    }

    private static string Included(BuildOptions options) =>
        (options.IncludeDrafts, options.IncludeFuture) switch
        {
            (true, true) => ", drafts and scheduled articles included",
            (true, false) => ", drafts included",
            (false, true) => ", scheduled articles included",
            _ => "",
        };

    /// <summary>
    /// The work folder holds two copies of the site: at 10,000 articles some 200,000 files and folders,
    /// which the file system took 34 s to delete, all of it after Ctrl-C. It is renamed aside at once and
    /// deleted by a process of its own, so the terminal is back when serve says it stopped; where no such
    /// process can be started, it is deleted here as before.
    /// </summary>
    private void DeleteWorkFolder()
    {
        try
        {
            if (!Directory.Exists(_workFolder))
            {
                return;
            }
            var removing = _workFolder + ".removing";
            Directory.Move(_workFolder, removing);
            if (!StartRemoval(removing))
            {
                Directory.Delete(removing, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover folder in the temp directory is harmless; stopping must not fail on it.
        }
    }

    private static bool StartRemoval(string folder)
    {
        var start = OperatingSystem.IsWindows()
            ? new ProcessStartInfo("cmd.exe") { ArgumentList = { "/d", "/c", "rd", "/s", "/q", folder } }
            : new ProcessStartInfo("rm") { ArgumentList = { "-rf", "--", folder } };
        start.UseShellExecute = false;
        start.CreateNoWindow = true;
        // Its own pipes, not serve's: `serve | tee log` ends when serve does, not when the folder is gone.
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        try
        {
            using var process = Process.Start(start);
            return process is not null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return false;
        }
    }
}
