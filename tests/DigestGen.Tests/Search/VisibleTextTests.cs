using System.Net;
using System.Text.RegularExpressions;
using DigestGen.Search;

namespace DigestGen.Tests.Search;

/// <summary>
/// The index reads bodies through <see cref="VisibleText.Write"/>, which decodes references in place: it must
/// give what <see cref="WebUtility.HtmlDecode(string)"/> gives for the text with its tags made spaces.
/// </summary>
public sealed class VisibleTextTests
{
    [Theory]
    [InlineData("<p>قالت <a href=\"/e/x/\">يانغ هوا</a> إن &quot;أوبن إيه آي&quot; تعمل</p>", " قالت  يانغ هوا  إن \"أوبن إيه آي\" تعمل ")]
    [InlineData("<p>AT&amp;T &lt;b&gt; l&#39;été</p>", " AT&T <b> l'été ")]
    [InlineData("<p>R&D و Q&A بلا فاصلة</p>", " R&D و Q&A بلا فاصلة ")]
    [InlineData("<p>&amp;quot; مرة واحدة</p>", " &quot; مرة واحدة ")]
    [InlineData("<p>a & b &c; d</p>", " a & b &c; d ")]
    [InlineData("<p>نص&nbsp;ملتصق و&#1575;</p>", " نص\u00A0ملتصق وا ")]
    [InlineData("<p>&am<b>p; مقطوع</p>", " &am p; مقطوع ")]
    [InlineData("<p>&amp&quot; و&#128512;</p>", " &amp\" و\U0001F600 ")]
    [InlineData("", "")]
    public void DecodesAsWebUtilityDoesAfterTheTags(string html, string expected)
    {
        var buffer = new char[html.Length];
        var length = VisibleText.Write(html, buffer);
        Assert.Equal(expected, new string(buffer, 0, length));
        Assert.Equal(expected, VisibleText.Of(html));
        Assert.Equal(expected, WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]*>", " ")));
    }
}
