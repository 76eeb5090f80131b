using System.Diagnostics;
using DigestGen.Build;
using DigestGen.Cli;
using DigestGen.Content;
using DigestGen.Live;

namespace DigestGen.Serving;

public sealed partial class ServeSession
{
    private LiveSite? _live;
    private Task _refreshing = Task.CompletedTask;

    /// <summary>Completes when the files that follow an edit (feeds, data, search index) are written too.</summary>
    public Task Refreshed => _refreshing;

    private async Task RebuildAsync(BuildOptions options, IReadOnlyList<string> changed)
    {
        await _refreshing;
        if (_live is not null && await RebuildLiveAsync(_live, changed))
        {
            return;
        }
        await RebuildFullAsync(options, changed);
    }

    /// <summary>
    /// Edits to articles update the served folder in place (only the pages they change); false
    /// when the change needs a full build (templates, settings, gazetteer, new files).
    /// </summary>
    private async Task<bool> RebuildLiveAsync(LiveSite live, IReadOnlyList<string> changed)
    {
        var watch = Stopwatch.StartNew();
        LiveRebuild result;
        var clock = new StageClock();
        try
        {
            result = await Task.Run(() => live.Apply(changed, clock));
        }
        catch (Exception e)
        {
            error.WriteLine($"error: the live rebuild crashed, which is a bug in DigestGen; building again from scratch: {e}");
            _live = null;
            return false;
        }
        if (result.NeedsFullBuild)
        {
            return false;
        }
        DiagnosticPrinter.Print(result.Diagnostics, error, settings.Quiet, summary: false);
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
            error.WriteLine($"Build failed with {errors.Count} error(s){Because(changed)}; still serving the last good site.");
            _events.Failed(errors);
            return true;
        }
        if (result.ChangedNothing)
        {
            return true; // a save that changed nothing the site shows, or a file that is not content
        }
        _events.Succeeded();
        Say($"Rebuilt {result.Written} of {result.Planned} pages{Because(changed)} in {watch.Elapsed.TotalSeconds:F2} s.");
        if (settings.Verbose && !settings.Quiet)
        {
            BuildCommand.PrintStages(output, clock.Timings);
        }
        _refreshing = Task.Run(() => Refresh(live));
        return true;
    }

    private void Refresh(LiveSite live)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var clock = new StageClock();
            live.RefreshFiles(clock);
            Say($"Updated feeds, data files and the search index in {watch.Elapsed.TotalSeconds:F2} s.");
            if (settings.Verbose && !settings.Quiet)
            {
                BuildCommand.PrintStages(output, clock.Timings);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: could not update feeds and data files: {e.Message}; they follow at the next rebuild.");
            _live = null;
        }
    }

    /// <summary>Builds into the folder not being served, then switches to it if the build was good.</summary>
    private async Task RebuildFullAsync(BuildOptions options, IReadOnlyList<string> changed)
    {
        var target = Path.Combine(_workFolder, _builds++ % 2 == 0 ? "a" : "b");
        var watch = Stopwatch.StartNew();
        var builder = new SiteBuilder(options with { OutputDirectory = target, KeepSnapshot = true });
        BuildResult result;
        try
        {
            result = await Task.Run(builder.Build);
        }
        catch (Exception e) when (BuildCommand.FileSystemFailure(e) is { } failure)
        {
            // A full disk or a folder that cannot be written, as `build` reports it: the first build too
            // (a server with nothing to serve yet), not an unhandled exception. The next save builds again.
            var serving = _site.HasSite ? "still serving the last good site" : "nothing to serve yet";
            error.WriteLine($"error: the build stopped: {failure.Message} ({serving}; free some disk space, then save a file to build again)");
            _events.Failed([$"the build stopped: {failure.Message}"]);
            return;
        }
        catch (Exception e) when (_builds > 1)
        {
            // A bug in one rebuild must not take down a server the editor is looking at.
            error.WriteLine($"error: the rebuild crashed, which is a bug in DigestGen: {e}");
            _events.Failed([$"internal error: {e.Message}"]);
            return;
        }
        DiagnosticPrinter.Print(result.Diagnostics, error, settings.Quiet, summary: false);
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
            var serving = _site.HasSite ? "still serving the last good site" : "nothing to serve until they are fixed";
            error.WriteLine($"Build failed with {errors.Count} error(s){Because(changed)}; {serving}.");
            _events.Failed(errors);
            return;
        }
        _site.SwitchTo(target);
        _live?.Dispose();
        _live = builder.Snapshot is { } snapshot ? new LiveSite(snapshot, target) : null;
        _events.Succeeded();
        var verb = _builds == 1 ? "Built" : "Rebuilt";
        Say($"{verb} {result.Pages} pages{Because(changed)} in {watch.Elapsed.TotalSeconds:F2} s.");
    }

    private static string Because(IReadOnlyList<string> changed)
    {
        if (changed.Count == 0 || changed[0] == "initial build")
        {
            return "";
        }
        var first = ContentLoader.DisplayPath(changed[0]);
        return changed.Count == 1 ? $" after {first} changed" : $" after {first} and {changed.Count - 1} more changed";
    }
}
