using System.Diagnostics;
using DigestGen.Build;
using DigestGen.Cli;
using DigestGen.Content;

namespace DigestGen.Serving;

public sealed partial class ServeSession
{
    /// <summary>Builds into the folder not being served, then switches to it if the build was good.</summary>
    private async Task RebuildAsync(BuildOptions options, IReadOnlyList<string> changed)
    {
        var target = Path.Combine(_workFolder, _builds++ % 2 == 0 ? "a" : "b");
        var watch = Stopwatch.StartNew();
        BuildResult result;
        try
        {
            result = await Task.Run(() => new SiteBuilder(options with { OutputDirectory = target }).Build());
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
