using System.Reflection;
using System.Text.Json;
using DigestGen.Caching;
using DigestGen.Entities;
using DigestGen.Rendering;
using DigestGen.Site.Views;
using Scriban.Runtime;

namespace DigestGen.Tests.Native;

/// <summary>
/// A native (AOT) binary generates no code at run time, so the member reads, page fingerprints and
/// <c>json</c> take their other road there. These tests run that road here, under the JIT, against the
/// one the tests everywhere else run: the same values, the same bytes.
/// </summary>
public sealed class WithoutCodeGenerationTests
{
    private static readonly DateTimeOffset Day = new(2025, 3, 14, 9, 30, 0, TimeSpan.FromHours(3));

    private static ArticleCard Card(string title = "\"علي بابا\" تطلق Qwen3 في هانغتشو") =>
        new(title, "articles/qwen3-launch/", Day, "أعلنت الشركة عن نموذجها الجديد يوم الجمعة", "ملاحظة المحرر",
            new SourceLink("رويترز", "https://example.com/", "sources/reuters/"), [new TagLink("الذكاء الاصطناعي", "tags/ai/")], "ar", "rtl");

    private static IEnumerable<object> Views() =>
    [
        Card(),
        new TermLink("آذار 2025", "archive/2025/03/", 12),
        new TimelineView(320, 80, "أخبار كل شهر", [new TimelineBar(0, 10.5, 8, 69.5, 7, "شباط/ فبراير 2025: 7 أخبار")], "شباط", "آذار"),
        new ArchiveView([new ArchiveYear(2025, "2025", [new TermLink("آذار", "archive/2025/03/", 3)])]),
        new CorrectionNote("صُحّح اسم \"ديبسيك\"", Day),
        new CorrectionNote("بلا تاريخ", null),
        // An entity page's view and what it holds, each written member by member on this road (the types inside
        // one are written by their own writers): members of sealed view types and lists of them, ints, bools,
        // a list of cards, a null timeline, and a page view whose data is only an object.
        EntityPage(),
        EntityPage().Data!,
        ((EntityView)EntityPage().Data!).Articles[0],
        Link("alibaba", 3),
        new Pager(2, 5, "entities/alibaba/", "entities/alibaba/page/3/"),
        new EntityGroup("organization", "منظمات", [Link("alibaba", 2), Link("openai", 0)]),
    ];

    private static PageView EntityPage() => new()
    {
        Kind = "entity",
        Title = "علي بابا",
        Path = "entities/alibaba/page/2/",
        Breadcrumbs = [new Crumb("الرئيسية", ""), new Crumb("علي بابا", "entities/alibaba/")],
        NoIndex = true,
        Data = new EntityView(
            Link("alibaba", 3),
            ["Alibaba", "علي بابا"],
            new EntityLinks(Website: "https://www.alibaba.com/"),
            [new EntityMentionItem(Card(), Text("قالت \"علي بابا\" إنها ستطلق نموذجاً"), "hash-1", 6, 8), new EntityMentionItem(Card("خبر آخر"), Text(""), "hash-2", -1, 0)],
            new Pager(2, 5, "entities/alibaba/", "entities/alibaba/page/3/"),
            [new CoMentionLink(Link("openai", 0), 12)],
            null),
    };

    private static DigestGen.Markdown.RenderedBody Text(string plain) => new("", plain, "", [], 0);

    private static EntityLink Link(string id, int mentions) =>
        new(id, id == "alibaba" ? "علي بابا" : "أوبن إيه آي", "organization", "منظمة", $"entities/{id}/", id == "alibaba", mentions, null, 40, "ورد في 40 خبراً");

    [Fact]
    public void AMemberReadWithoutCodeGenerationIsTheValueItself()
    {
        var reads = 0;
        foreach (var view in Views())
        {
            foreach (var property in view.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                var read = CompiledMemberAccessor.ReaderWithoutCodeGeneration(view.GetType(), property);
                Assert.Equal(property.GetValue(view), read(view));
                reads++;
            }
        }
        Assert.True(reads > 20, $"only {reads} members read");
    }

    [Fact]
    public void AViewWrittenWithoutCodeGenerationHasTheBytesOfTheCompiledWriter()
    {
        foreach (var view in Views())
        {
            var compiled = new ViewWriter(256);
            ViewWriter.MembersWriter(view.GetType(), generateCode: true)(view, compiled);
            var reflected = new ViewWriter(256);
            ViewWriter.MembersWriter(view.GetType(), generateCode: false)(view, reflected);

            Assert.True(compiled.Written.Length > 8, view.GetType().Name);
            Assert.Equal(compiled.Written.ToArray(), reflected.Written.ToArray());
        }
    }

    [Fact]
    public void AChangedMemberStillChangesTheBytesWrittenWithoutCodeGeneration()
    {
        static byte[] Bytes(object view)
        {
            var writer = new ViewWriter(256);
            ViewWriter.MembersWriter(view.GetType(), generateCode: false)(view, writer);
            return writer.Written.ToArray();
        }

        Assert.NotEqual(Bytes(new TermLink("آذار", "archive/2025/03/", 12)), Bytes(new TermLink("آذار", "archive/2025/03/", 13)));
        Assert.NotEqual(Bytes(new CorrectionNote("تصحيح", Day)), Bytes(new CorrectionNote("تصحيح", null)));
    }

    [Fact]
    public void TheJsonFunctionWritesWhatTheSerializerWrites()
    {
        var reflection = new JsonSerializerOptions
        {
            Encoder = TemplateFunctions.ScriptEncoder,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };
        var script = new ScriptObject { ["name"] = "مُحَمَّد بن سلمان", ["count"] = 3, ["tags"] = new ScriptArray { "بكين", "Qwen3" } };
        object?[] values =
        [
            null, "</script> «علي بابا» ٢٠٢٥\u2028", 42, -7L, 2.5, true, Day, 'ج',
            new Dictionary<string, object?> { ["t"] = "نص", ["n"] = null, ["list"] = new[] { 1, 2, 3 } },
            script,
            .. Views(),
        ];
        foreach (var value in values)
        {
            Assert.Equal(JsonSerializer.Serialize(value, reflection), TemplateFunctions.Json(value));
        }
    }

    [Fact]
    public void TheJsonFunctionStopsAtAValueThatHoldsItself()
    {
        var looped = new ScriptObject();
        looped["self"] = looped;

        var error = Assert.Throws<InvalidOperationException>(() => TemplateFunctions.Json(looped));
        Assert.Contains("holds itself", error.Message);
    }
}
