using DigestGen.Content;
using DigestGen.Diagnostics;
using DigestGen.Rendering;

namespace DigestGen.Tests.Rendering;

/// <summary><c>include</c>: printed in place, or used as a value, the partial's markup is the same and never escaped.</summary>
public sealed class TrustedIncludeTests : IDisposable
{
    private readonly TestTheme _theme = new();

    public void Dispose() => _theme.Dispose();

    private string? Render(string page) =>
        _theme.Write("partials/p.sbn", "<pre>a\n b</pre>{{ page.title }}").Render(page, null, new DiagnosticBag(), title: "<عنوان>");

    [Fact]
    public void APartialPrintedInPlaceWritesItsMarkupWhereItStands() =>
        Assert.Equal("<div><pre>a\n b</pre>&lt;عنوان&gt;</div>", Render("<div>{{ include 'partials/p' }}</div>"));

    [Fact]
    public void APartialUsedAsAValueIsTheSameMarkup() =>
        Assert.Equal("[<pre>a\n b</pre>&lt;عنوان&gt;]", Render("{{ x = include 'partials/p' }}[{{ x }}]"));

    [Fact]
    public void AnIndentedIncludeLeavesThePartialsLinesAsWritten() =>
        // Scriban's auto-indent would put the include's indentation before " b" inside the <pre>.
        Assert.Equal("<div>\n    <pre>a\n b</pre>&lt;عنوان&gt;\n</div>", Render("<div>\n    {{ include 'partials/p' }}\n</div>"));
}
