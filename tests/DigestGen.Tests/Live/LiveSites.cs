using DigestGen.Tests.Support;

namespace DigestGen.Tests.Live;

/// <summary>The small newsroom the live-rebuild tests edit, and the folder comparison they end with.</summary>
internal static class LiveSites
{
    public static void WriteNewsroom(TestSite site)
    {
        site.Config("title: موجز التقنية\nbase_url: https://example.github.io/digest/\n")
            .Entities("main.yml", """
                - id: alibaba
                  name: علي بابا
                  type: organization
                  aliases: [علي بابا, Alibaba]
                - id: china
                  name: الصين
                  type: place
                  aliases: [الصين]
                """)
            .Article("2025/04/qwen3.md", TestSite.ArticleText("علي بابا تطلق Qwen3", "2025-04-29",
                "أعلنت شركة \"علي بابا\" اليوم عن نموذج Qwen3 في بكين.\n\nنص أول عن النموذج.\n\nوزار وفد من \"ديبسيك\" مقر الشركة.\n\n"
                + "ويتوقع محللون أن تشتد المنافسة خلال الأشهر المقبلة مع دخول لاعبين جدد إلى السوق وتراجع أسعار الخدمات السحابية بشكل ملحوظ.",
                "tags: [الصين, نماذج]\nsource: { name: منصة رقمنة, url: https://raqmana.example/qwen3 }\n"))
            .Article("2025/04/deepseek.md", TestSite.ArticleText("ديبسيك تنافس في الصين", "2025-04-20",
                "قالت \"ديبسيك\" إن نموذجها الجديد يتفوق على Qwen3 من \"علي بابا\".",
                "tags: [الصين]\n"))
            .Article("2025/03/baidu.md", TestSite.ArticleText("بايدو تطلق مساعداً جديداً", "2025-03-15",
                "كشفت \"بايدو\" في شنغهاي عن مساعد للمحادثة ينافس منتجات الصين الأخرى.",
                "tags: [نماذج]\nsource: { name: منصة رقمنة, url: https://raqmana.example/baidu }\n"))
            .Article("2025/02/jack-ma.md", TestSite.ArticleText("جاك ما يظهر في هانغتشو", "2025-02-10",
                "ظهر جاك ما مؤسس \"علي بابا\" في مدينة هانغتشو بعد غياب طويل.",
                "tags: [أشخاص]\n"))
            .Article("2025/01/anthropic.md", TestSite.ArticleText("أنثروبيك توسع أعمالها", "2025-01-05",
                "أعلنت \"أنثروبيك\" عن مكتب جديد، فيما تراقب \"علي بابا\" السوق من بكين.",
                "tags: [نماذج, الصين]\n"));
    }

    /// <summary>Same files, same bytes; names the first file that differs.</summary>
    public static void AssertSameFiles(string expected, string actual)
    {
        var want = Files(expected);
        var have = Files(actual);
        Assert.Equal(want, have);
        foreach (var file in want)
        {
            var same = File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file)));
            Assert.True(same, $"{file} differs from a full build's");
        }
    }

    private static List<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
