using System.Diagnostics;
using System.Net;
using DigestGen.Build;
using DigestGen.Serving;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Authoring;

/// <summary>serve in-process on a free port: fetch, edit, see the change; errors keep the last good site.</summary>
public sealed class ServeTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TestSite _site = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private ServeSession _session = null!;
    private Task<int> _running = null!;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _site.Config("title: موجز\nbase_url: https://example.github.io/digest/\n")
            .Article("2025/04/qwen3.md", TestSite.ArticleText("علي بابا تطلق Qwen3", "2025-04-29", "نص أول."))
            .Article("draft.md", TestSite.ArticleText("مسودة", "2025-04-30", "نص.", "draft: true\n"));
        _session = new ServeSession(new ServeSettings
        {
            Build = new BuildOptions { ContentDirectory = _site.Content, TemplatesDirectory = _site.Templates },
            Port = 0,
            Debounce = TimeSpan.FromMilliseconds(100),
        }, TextWriter.Synchronized(_out), TextWriter.Synchronized(_err));
        _running = _session.RunAsync(_stop.Token);
        _address = await _session.Ready.WaitAsync(Patience);
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running.WaitAsync(Patience);
        _http.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task ServesTheSiteAtTheRootAsUtf8HtmlWithTheReloadScript()
    {
        using var response = await _http.GetAsync(new Uri(_address, "articles/qwen3/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var doc = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("علي بابا تطلق Qwen3", doc.Title);
        Assert.Equal("/__digestgen/events", doc.QuerySelector("script[data-events]")!.GetAttribute("data-events"));
        Assert.Equal(new Uri(_address, "articles/qwen3/").ToString(), doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ShowsAnEditedArticleAfterTheRebuild()
    {
        File.WriteAllText(Path.Combine(_site.Content, "articles", "2025", "04", "qwen3.md"),
            TestSite.ArticleText("علي بابا تطلق Qwen3 مفتوحة المصدر", "2025-04-29", "نص معدّل."));

        var html = await PollAsync("articles/qwen3/", h => h.Contains("نص معدّل."));

        Assert.Contains("مفتوحة المصدر", html);
        // The page is on disk before serve reports the rebuild: wait for the report, do not race it.
        Assert.Contains("Rebuilt", await OutputOnceAsync("Rebuilt"));
    }

    [Fact]
    public async Task AnEditedParagraphIsShownWithoutBuildingTheSiteAgainAndTheFeedFollows()
    {
        File.AppendAllText(Path.Combine(_site.Content, "articles", "2025", "04", "qwen3.md"), "\nفقرة أضافها المحرر لاحقاً.\n");

        await PollAsync("articles/qwen3/", h => h.Contains("فقرة أضافها المحرر لاحقاً."));
        var said = await OutputOnceAsync("Updated feeds");

        Assert.Contains("Rebuilt 1 of 1 pages after", said);
        Assert.Contains("فقرة أضافها المحرر لاحقاً.", await _http.GetStringAsync(new Uri(_address, "feed.xml")));
    }

    [Fact]
    public async Task ServesAnArticleWrittenByNewUnderItsArabicSlug()
    {
        var run = _site.Run("new", "جاك ما يعود إلى الواجهة", "--date", "2025-05-01", "--draft", "false", "--content", _site.Content);
        Assert.True(run.ExitCode == 0, run.ToString());
        File.AppendAllText(run.Stdout.Trim(), "ظهر جاك ما في مقر \"علي بابا\".\n");

        var html = await PollAsync("articles/" + Uri.EscapeDataString("جاك-ما-يعود-إلى-الواجهة") + "/", h => h.Contains("ظهر جاك ما"), notFoundIsPending: true);

        Assert.Contains("جاك ما يعود إلى الواجهة", Html.Parse(html).Title);
    }

    [Fact]
    public async Task KeepsServingTheLastGoodSiteAndReportsAContentError()
    {
        using var events = await OpenEventsAsync();
        Assert.Equal("event: hello", await NextEventAsync(events));

        _site.Article("broken.md", "---\ntitle: بلا تاريخ\n---\nنص.\n");

        Assert.Equal("event: failed", await NextEventAsync(events));
        var data = await events.ReadLineAsync();
        Assert.Contains("broken.md(1,1): error: missing required key", data);
        Assert.Contains("نص أول.", await _http.GetStringAsync(new Uri(_address, "articles/qwen3/")));
        Assert.Contains("missing required key 'date'", _err.ToString());
    }

    [Fact]
    public async Task TellsOpenPagesToReloadAfterAGoodRebuild()
    {
        using var events = await OpenEventsAsync();
        Assert.Equal("event: hello", await NextEventAsync(events));

        File.AppendAllText(Path.Combine(_site.Content, "articles", "2025", "04", "qwen3.md"), "فقرة جديدة.\n");

        Assert.Equal("event: reload", await NextEventAsync(events));
    }

    [Fact]
    public async Task AnswersUnknownPathsWithTheSite404Page()
    {
        using var response = await _http.GetAsync(new Uri(_address, "no/such/page/"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task LeavesDraftsOutUnlessAsked()
    {
        using var response = await _http.GetAsync(new Uri(_address, "articles/draft/"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("1 draft(s) left out: add --drafts to see them.", _out.ToString());
    }

    private async Task<string> PollAsync(string path, Func<string, bool> done, bool notFoundIsPending = false)
    {
        var clock = Stopwatch.StartNew();
        var html = "";
        while (clock.Elapsed < Patience)
        {
            using var response = await _http.GetAsync(new Uri(_address, path));
            html = await response.Content.ReadAsStringAsync();
            if (!(notFoundIsPending && response.StatusCode == HttpStatusCode.NotFound))
            {
                response.EnsureSuccessStatusCode();
            }
            if (response.IsSuccessStatusCode && done(html))
            {
                return html;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{path} did not change within {Patience}; last served:\n{html}\nserve said:\n{_out}\n{_err}");
    }

    /// <summary>What serve has printed, once it contains <paramref name="words"/> or the test's patience runs out.</summary>
    private async Task<string> OutputOnceAsync(string words)
    {
        var clock = Stopwatch.StartNew();
        while (!_out.ToString().Contains(words, StringComparison.Ordinal) && clock.Elapsed < Patience)
        {
            await Task.Delay(50);
        }
        return _out.ToString();
    }

    private async Task<StreamReader> OpenEventsAsync()
    {
        var response = await _http.GetAsync(new Uri(_address, DevServer.EventsPath), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        return new StreamReader(await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The next "event: …" line, within the test's patience.</summary>
    private static async Task<string> NextEventAsync(StreamReader events)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (await events.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                return line;
            }
        }
        throw new EndOfStreamException("the event stream ended");
    }
}

/// <summary>
/// serve with a work folder of the test's choosing, one session per test: a build that cannot write (a
/// full disk, a file where its folder must go) says so and keeps running; stopping removes the folder.
/// </summary>
public sealed class ServeWorkFolderTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TestSite _site = new();

    private (ServeSession Session, Task<int> Running) Start(string workFolder, TextWriter error, CancellationToken stop,
        TextWriter? output = null, bool verbose = false)
    {
        _site.Config("title: موجز\n").Article("2025/04/qwen3.md", TestSite.ArticleText("علي بابا تطلق Qwen3", "2025-04-29", "أعلنت \"علي بابا\" عن Qwen3."));
        var session = new ServeSession(new ServeSettings
        {
            Build = new BuildOptions { ContentDirectory = _site.Content, TemplatesDirectory = _site.Templates },
            Port = 0,
            WorkFolder = workFolder,
            Verbose = verbose,
        }, output ?? TextWriter.Null, error);
        return (session, session.RunAsync(stop));
    }

    [Fact]
    public async Task AFirstBuildThatCannotBeWrittenIsAnErrorNotACrash()
    {
        var blocker = Path.Combine(_site.Root, "not-a-folder");
        File.WriteAllText(blocker, "");
        var err = new StringWriter();
        using var stop = new CancellationTokenSource();
        var (session, running) = Start(Path.Combine(blocker, "serve"), TextWriter.Synchronized(err), stop.Token);

        var address = await session.Ready.WaitAsync(Patience);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var response = await http.GetAsync(new Uri(address, "articles/qwen3/"));
        await stop.CancelAsync();
        var exit = await running.WaitAsync(Patience);

        Assert.Contains("error: the build stopped:", err.ToString());
        Assert.Contains("nothing to serve yet", err.ToString());
        Assert.DoesNotContain("Unhandled", err.ToString());
        Assert.DoesNotContain("   at ", err.ToString());
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, exit);
        Assert.Equal("", File.ReadAllText(blocker));
    }

    [Fact]
    public async Task VerboseListsTheTimeOfEachFileWrittenAfterAnEdit()
    {
        var output = new StringWriter();
        using var stop = new CancellationTokenSource();
        var (session, running) = Start(Path.Combine(_site.Root, "serve-work"), TextWriter.Null, stop.Token, TextWriter.Synchronized(output), verbose: true);
        await session.Ready.WaitAsync(Patience);

        File.AppendAllText(Path.Combine(_site.Content, "articles", "2025", "04", "qwen3.md"), "\nفقرة جديدة عن \"علي بابا\".\n");
        var deadline = DateTime.UtcNow + Patience;
        while (!output.ToString().Contains("entity and tag feeds written again", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        await stop.CancelAsync();
        await running.WaitAsync(Patience);

        var said = output.ToString();
        var timings = said[said.IndexOf("Updated feeds", StringComparison.Ordinal)..];
        // The data files, the search index and the feeds are written side by side: each one's time is listed under them.
        Assert.Matches(@"\n  write data files, search index and feeds\s+\d+ ms", timings);
        Assert.Matches(@"\n    api/articles\.json\s+\d+ ms", timings);
        Assert.Matches(@"\n    api/entities\.json\s+\d+ ms", timings);
        Assert.Matches(@"\n    search index\s+\d+ ms", timings);
        Assert.Matches(@"\n    feeds\s+\d+ ms", timings);
        // The first build says nothing of the kind: only rebuilds in place do.
        Assert.DoesNotContain("search index and feeds", said[..said.IndexOf("Updated feeds", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task StoppingRemovesTheWorkFolderAndEverythingRenamedFromIt()
    {
        var work = Path.Combine(_site.Root, "serve-work");
        using var stop = new CancellationTokenSource();
        var (session, running) = Start(work, TextWriter.Null, stop.Token);
        await session.Ready.WaitAsync(Patience);
        Assert.True(File.Exists(Path.Combine(work, "a", "articles", "qwen3", "index.html")));

        await stop.CancelAsync();
        Assert.Equal(0, await running.WaitAsync(Patience));

        Assert.False(Directory.Exists(work));
        // The copies are deleted by a process of serve's own after it returns: wait for it, not for a set time.
        var deadline = DateTime.UtcNow + Patience;
        while (Directory.EnumerateDirectories(_site.Root, "serve-work*").Any() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        Assert.Empty(Directory.EnumerateDirectories(_site.Root, "serve-work*"));
        Assert.True(File.Exists(Path.Combine(_site.Content, "articles", "2025", "04", "qwen3.md")));
    }

    public void Dispose() => _site.Dispose();
}
