using System.Collections.Concurrent;
using DigestGen.Build;
using DigestGen.Caching;
using DigestGen.Content;
using DigestGen.Diagnostics;
using DigestGen.Tests.Support;

namespace DigestGen.Tests.Caching;

/// <summary>
/// A clean build keys its input with the digests its content loader took while reading, instead of
/// reading the archive twice: the key must be the one a build that reads the files up front computes.
/// </summary>
public sealed class CacheKeysTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .Config("title: موجز الاختبار\n")
        .Entities("orgs.yml", "- id: alibaba\n  name: علي بابا\n  type: organization\n")
        .Article("qwen3.md", TestSite.ArticleText("علي بابا تطلق Qwen3", "2025-04-29", "أعلنت \"علي بابا\" عن سلسلة Qwen3 الجديدة."))
        .Article("2025/nisan/quark.md", TestSite.ArticleText("تحديث كوارك", "2025-04-10", "طرحت الشركة في نيسان نسخة من كوارك."));

    public void Dispose() => _site.Dispose();

    private BuildOptions Options => _site.Options;

    private ConcurrentDictionary<string, byte[]> ReadArticles()
    {
        var digests = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        var diagnostics = new DiagnosticBag();
        var articles = new ContentLoader(new DigestConfig()) { Digests = digests }.LoadArticles(Options.ContentDirectory, diagnostics);
        Assert.Equal(2, articles.Count);
        Assert.False(diagnostics.HasErrors);
        return digests;
    }

    [Fact]
    public void TheLoadersDigestsGiveTheKeyOfTheFilesOnDisk()
    {
        var fromDisk = CacheKeys.Compute(Options).Input;
        var read = ReadArticles();

        Assert.Equal(2, read.Count);
        Assert.Equal(fromDisk, CacheKeys.Compute(Options, read).Input);
    }

    [Fact]
    public void AnArticlesDigestIsTakenFromWhatTheBuildReadNotReadAgain()
    {
        var read = ReadArticles();
        var keys = CacheKeys.Compute(Options, read);
        // What the loader saw stands for the file: a file that changed after it was read keys the old
        // bytes (so the next build, seeing new bytes, builds again) rather than bytes no page was made from.
        var quark = read.Keys.Single(k => k.EndsWith("quark.md", StringComparison.Ordinal));
        read[quark] = new byte[32];

        Assert.NotEqual(CacheKeys.Compute(Options).Input, keys.Input);
    }

    [Fact]
    public void TheKeyMovesWithAnArticleNotReadByTheLoader()
    {
        var before = CacheKeys.Compute(Options, ReadArticles()).Input;
        File.WriteAllText(Path.Combine(_site.Root, "content", "articles", "notes.txt"), "ملاحظات المحرر");

        Assert.NotEqual(before, CacheKeys.Compute(Options, ReadArticles()).Input);
    }

    [Fact]
    public void AFileDeletedBeforeTheKeyIsWorkedOutChangesItInsteadOfFailingTheBuild()
    {
        var notes = Path.Combine(_site.Root, "content", "articles", "notes.txt");
        File.WriteAllText(notes, "ملاحظات المحرر");
        var withNotes = CacheKeys.Compute(Options).Input;
        var keys = CacheKeys.Compute(Options, ReadArticles()); // lists the tree now, keys it when asked
        File.Delete(notes);

        var input = keys.Input;

        Assert.NotEqual(withNotes, input);
        Assert.NotEqual(CacheKeys.Compute(Options).Input, input);
    }
}
