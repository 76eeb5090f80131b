using System.Net;
using DigestGen.Rendering.Annotation;

namespace DigestGen.Tests.Rendering;

/// <summary>The body's text runs keep, for every decoded character, where it was in the HTML: the annotator
/// inserts its wrappers at those offsets.</summary>
public sealed class HtmlTextScannerTests
{
    [Theory]
    [InlineData("<p>قالت &quot;أوبن إيه آي&quot; إن R&amp;D &lt;سيزيد&gt; بنسبة 5%</p>")]
    [InlineData("<p>&#x627;&#1604;صين &amp;&amp; &bogus; & وحدها &#128512; تكفي</p>")]
    [InlineData("<p>&quot;</p><h2>عنوان &#39;فرعي&#39;</h2><p>بلا إشارات</p>")]
    public void EveryDecodedCharacterPointsAtItsPlaceInTheHtml(string html)
    {
        var runs = HtmlTextScanner.Scan(html);
        Assert.NotEmpty(runs);
        foreach (var run in runs)
        {
            var end = html.IndexOf('<', run.Start);
            Assert.Equal(WebUtility.HtmlDecode(html[run.Start..end]), run.Text);
            Assert.Equal(end, run.Raw(run.Text.Length));
            for (var i = 0; i < run.Text.Length; i++)
            {
                var raw = run.Raw(i);
                Assert.InRange(raw, run.Start, end - 1);
                if (html[raw] == '&' && run.Text[i] != '&')
                {
                    var semi = html.IndexOf(';', raw);
                    Assert.Contains(run.Text[i], WebUtility.HtmlDecode(html[raw..(semi + 1)]));
                }
                else
                {
                    Assert.Equal(html[raw], run.Text[i]);
                }
            }
        }
    }
}
