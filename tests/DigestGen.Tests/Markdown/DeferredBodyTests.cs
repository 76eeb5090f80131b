using DigestGen.Diagnostics;
using DigestGen.Markdown;

namespace DigestGen.Tests.Markdown;

/// <summary>A deferred body answers its facts without rendering, renders once when its text is first read (whichever thread asks), and gives what a fresh rendering gives.</summary>
public sealed class DeferredBodyTests
{
    private const string Source = "قال \"سام ألتمان\" في سان فرانسيسكو إن GPT-5 سيصدر قريباً.\n\nوأضاف أن الشركة تعمل مع مايكروسوفت.\n\n::: correction\nصُحّح موعد الإصدار.\n:::\n";

    [Fact]
    public void FactsAreReadWithoutRenderingAndTheTextIsRenderedOnce()
    {
        var renderer = MarkdownRenderer.For(new DigestGen.Content.DigestConfig());
        var fresh = renderer.Render(Source, "a.md", 5, new DiagnosticBag());
        var renders = 0;
        var deferred = RenderedBody.Deferred(fresh.Facts, () =>
        {
            Interlocked.Increment(ref renders);
            return renderer.Render(Source, "a.md", 5, new DiagnosticBag());
        });

        Assert.Equal((fresh.Excerpt, fresh.WordCount), (deferred.Excerpt, deferred.WordCount));
        Assert.Equal(["صُحّح موعد الإصدار."], deferred.Corrections);
        Assert.False(deferred.IsRendered);
        Assert.Equal(0, renders);

        var texts = new string[8];
        Parallel.For(0, texts.Length, i => texts[i] = i % 2 == 0 ? deferred.Html : deferred.PlainText);

        Assert.Equal(1, renders);
        Assert.True(deferred.IsRendered);
        Assert.Equal(fresh.Html, deferred.Html);
        Assert.Equal(fresh.PlainText, deferred.PlainText);
        Assert.Contains("سام ألتمان", deferred.PlainText);
        Assert.All(texts.Where((_, i) => i % 2 == 0), html => Assert.Same(deferred.Html, html));
    }
}
