using DigestGen.Search;

namespace DigestGen.Tests.Search;

/// <summary>The index reads bodies through <see cref="VisibleText.Write"/>, which must give exactly what <see cref="VisibleText.Of"/> gives, or say it cannot.</summary>
public sealed class VisibleTextTests
{
    [Theory]
    [InlineData("<p>قالت <a href=\"/e/x/\">يانغ هوا</a> إن &quot;أوبن إيه آي&quot; تعمل</p>", " قالت  يانغ هوا  إن \"أوبن إيه آي\" تعمل ")]
    [InlineData("<p>AT&amp;T &lt;b&gt; l&#39;été</p>", " AT&T <b> l'été ")]
    [InlineData("<p>R&D و Q&A بلا فاصلة</p>", " R&D و Q&A بلا فاصلة ")]
    [InlineData("<p>&amp;quot; مرة واحدة</p>", " &quot; مرة واحدة ")]
    [InlineData("<p>a & b &c; d</p>", null)]
    [InlineData("<p>نص&nbsp;ملتصق و&#1575;</p>", null)]
    [InlineData("<p>&am<b>p; مقطوع</p>", null)]
    [InlineData("", "")]
    public void WritesWhatOfReturnsOrDeclines(string html, string? expected)
    {
        var buffer = new char[html.Length];
        var length = VisibleText.Write(html, buffer);
        if (expected is null)
        {
            Assert.Equal(-1, length);
        }
        else
        {
            Assert.Equal(expected, new string(buffer, 0, length));
            Assert.Equal(VisibleText.Of(html), expected);
        }
    }
}
