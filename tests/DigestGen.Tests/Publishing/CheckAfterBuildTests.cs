using DigestGen.Tests.Support;

namespace DigestGen.Tests.Publishing;

/// <summary>
/// <c>check</c> right after <c>build</c> (as the Pages workflow runs them): when the cache shows nothing
/// changed since that build, the build's report stands and the content is not validated again; any
/// change to the content, the templates or the built site means a full validation. check writes nothing
/// but what it found in each page, to the cache (see <see cref="CheckScanCacheTests"/>).
/// </summary>
public sealed class CheckAfterBuildTests : IDisposable
{
    private const string Stands = "its report stands";

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private string BuildWithAWarningAndADraft()
    {
        _site.Article("qwen.md", TestSite.ArticleText("علي بابا تطلق \"كوين\"", "2025-04-29", "أعلنت شركة \"علي بابا\" في هانغتشو عن نموذج Qwen3.", "tags: [الصين]\n"))
             .Article("kimi.md", TestSite.ArticleText("مونشوت تحدّث كيمي", "2025-05-02", "قالت مونشوت إن «كيمي» صار أسرع.", "tags: ['الصين!']\n"))
             .Article("draft.md", TestSite.ArticleText("مسودة عن ديب سيك", "2025-05-03", "نص لم يُراجع.", "draft: true\n"));
        var build = _site.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        return build.Stderr.Split('\n').Single(l => l.Contains(": warning: ", StringComparison.Ordinal) && l.Contains("tag", StringComparison.Ordinal)).Trim();
    }

    private CliRun Check() => _site.Run("check", "--content", _site.Content, "--templates", _site.Templates, "--output", _site.Output);

    /// <summary>Every file but check's page scans in the cache.</summary>
    private List<string> EveryFileButScans() =>
        [.. _site.EveryFile().Where(f => !f.Replace('\\', '/').StartsWith(".digestgen/cache/scans-", StringComparison.Ordinal))];

    [Fact]
    public void RepeatsTheBuildsWarningsAndDraftsWhenNothingChanged()
    {
        var warning = BuildWithAWarningAndADraft();
        var before = EveryFileButScans();

        var check = Check();

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains(Stands, check.Stdout);
        Assert.Contains(warning, check.Stderr);
        Assert.Contains("draft.md: draft", check.Stdout);
        Assert.Equal(before, EveryFileButScans());
    }

    [Fact]
    public void ValidatesAgainWhenAnArticleChangedAfterTheBuild()
    {
        BuildWithAWarningAndADraft();
        _site.Article("kimi.md", "---\ntitle: مونشوت تحدّث كيمي بلا تاريخ\n---\nنص.\n");
        var before = EveryFileButScans();

        var check = Check();

        Assert.Equal(1, check.ExitCode);
        Assert.DoesNotContain(Stands, check.Stdout);
        Assert.Contains("kimi.md(1,1): error: missing required key 'date'", check.Stderr.Replace('\\', '/'));
        Assert.Equal(before, EveryFileButScans());
    }

    [Fact]
    public void ValidatesAgainWhenATemplateChangedAfterTheBuild()
    {
        var theme = _site.OwnTemplates();
        var warning = BuildWithAWarningAndADraft();
        var footer = Path.Combine(theme, "partials", "site-footer.sbn");
        File.WriteAllText(footer, File.ReadAllText(footer) + "{{ page.data.no_such.member.deeper }}\n");

        var check = Check();

        Assert.DoesNotContain(Stands, check.Stdout);
        Assert.Contains(warning, check.Stderr);
        Assert.Contains("draft.md: draft", check.Stdout);
    }

    [Fact]
    public void ValidatesAgainWhenTheBuiltSiteWasEdited()
    {
        var warning = BuildWithAWarningAndADraft();
        var home = Path.Combine(_site.Output, "index.html");
        File.WriteAllText(home, File.ReadAllText(home).Replace("</main>", "<a href=\"../nowhere/\">؟</a></main>", StringComparison.Ordinal));

        var check = Check();

        Assert.Equal(1, check.ExitCode);
        Assert.DoesNotContain(Stands, check.Stdout);
        Assert.Contains(warning, check.Stderr);
        Assert.Contains("does not resolve", check.Stderr);
    }

    [Fact]
    public void ValidatesInFullWithoutTheCache()
    {
        var warning = BuildWithAWarningAndADraft();
        Directory.Delete(Path.Combine(_site.Root, ".digestgen"), recursive: true);

        var check = Check();

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.DoesNotContain(Stands, check.Stdout);
        Assert.Contains(warning, check.Stderr);
        Assert.Contains("draft.md: draft", check.Stdout);
        // The build's cache is not written back: only what check found in the pages, for the next check.
        var written = Directory.EnumerateFiles(Path.Combine(_site.Root, ".digestgen"), "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.StartsWith("scans-", Assert.Single(written));
    }
}
