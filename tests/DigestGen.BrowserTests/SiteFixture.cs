using DigestGen.Build;
using Microsoft.Playwright;

namespace DigestGen.BrowserTests;

/// <summary>
/// Builds the repository's example digest once for all browser tests, serves it under
/// <c>/digest/</c> on loopback, and starts one headless Debian Chromium shared by every test.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string BasePath = "/digest/";

    private string _output = "";

    public StaticServer Server { get; private set; } = null!;
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public static string RepoRoot { get; } = FindRoot();

    /// <summary>The built site on disk (what <see cref="Server"/> serves).</summary>
    public string OutputDirectory => _output;

    public static string Artifacts => Path.Combine(RepoRoot, "tests", "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        _output = Path.Combine(Path.GetTempPath(), "digestgen-browser", Guid.NewGuid().ToString("N")[..10], "site");
        Server = new StaticServer(BasePath);
        var result = new SiteBuilder(new BuildOptions
        {
            ContentDirectory = Path.Combine(RepoRoot, "content"),
            TemplatesDirectory = Path.Combine(RepoRoot, "templates"),
            OutputDirectory = _output,
            BaseUrl = Server.BaseUrl,
        }).Build();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("example digest failed to build:\n" + string.Join("\n", result.Diagnostics));
        }
        Server.Root = _output;
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("DIGESTGEN_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh page that records console errors and every request that leaves the site's origin.</summary>
    public async Task<ObservedPage> OpenAsync(string sitePath, int width = 1280, int height = 900, string colorScheme = "light")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = colorScheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
            Locale = "ar",
        });
        var observed = new ObservedPage(await context.NewPageAsync(), Server.Origin);
        await observed.StartAsync();
        await observed.Page.GotoAsync(Server.BaseUrl + sitePath.TrimStart('/'));
        return observed;
    }

    /// <summary>One page of the given kind (see <see cref="SitePages"/>).</summary>
    public Task<ObservedPage> OpenKindAsync(string kind, int width = 1280, int height = 900, string colorScheme = "light") =>
        OpenAsync(SitePages.PathOf(kind, _output), width, height, colorScheme);

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        Playwright.Dispose();
        Server.Dispose();
        try
        {
            Directory.Delete(Path.GetDirectoryName(_output)!, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DigestGen.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("DigestGen.sln not found");
    }
}

[CollectionDefinition("site")]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>;
