using DigestGen.Content;
using DigestGen.Diagnostics;
using DigestGen.Rendering;

namespace DigestGen.Tests.Rendering;

/// <summary><c>include_cached</c>: a partial rendered once per distinct value and reused, in a scope of its own.</summary>
public sealed class CachedIncludeTests : IDisposable
{
    private readonly TestTheme _theme = new();

    public void Dispose() => _theme.Dispose();

    private string? Render(string page, object data, DiagnosticBag? diagnostics = null) =>
        _theme
            .Write("partials/title.sbn", "{{ page.title }}")
            .Write("partials/card.sbn", "<b>{{ card.title }}</b><i>{{ heading }}</i><u>{{ secret }}</u><a href=\"{{ url card.path }}\"></a>")
            .Render(page, data, diagnostics ?? new DiagnosticBag());

    public sealed record Card(string Title, string Path);

    [Fact]
    public void RendersEachDistinctValueWithItsOwnOutput()
    {
        var cards = new[] { new Card("أ <1>", "articles/a/"), new Card("ب", "articles/b/"), new Card("أ <1>", "articles/a/") };

        var html = Render("{{ for card in page.data }}{{ include_cached 'partials/card' card }}|{{ end }}", cards);

        Assert.Equal(
            "<b>أ &lt;1&gt;</b><i></i><u></u><a href=\"/digest/articles/a/\"></a>|" +
            "<b>ب</b><i></i><u></u><a href=\"/digest/articles/b/\"></a>|" +
            "<b>أ &lt;1&gt;</b><i></i><u></u><a href=\"/digest/articles/a/\"></a>|", html);
    }

    [Fact]
    public void PassesEveryVariableNamedAndKeysOnAllOfThem()
    {
        var card = new Card("أ", "articles/a/");

        var html = Render("{{ card = page.data }}{{ heading = 'h2' }}{{ include_cached 'partials/card' card heading }}{{ heading = 'h3' }}{{ include_cached 'partials/card' card heading }}", card);

        Assert.Contains("<i>h2</i>", html);
        Assert.Contains("<i>h3</i>", html);
    }

    [Fact]
    public void ThePartialSeesNothingOfThePageButWhatIsPassed()
    {
        var html = Render("{{ secret = 'سر' }}{{ card = page.data }}{{ include_cached 'partials/card' card }}", new Card("أ", "articles/a/"));

        Assert.Contains("<u></u>", html);
    }

    [Fact]
    public void APartialReadingThePageFailsTheBuildRatherThanBeingReusedWrongly()
    {
        var diagnostics = new DiagnosticBag();

        var html = Render("{{ card = page.data }}{{ include_cached 'partials/title' card }}", new Card("أ", "articles/a/"), diagnostics);

        Assert.Null(html);
        Assert.Contains("page.title", Assert.Single(diagnostics.Sorted()).Message);
    }

    [Fact]
    public void AnExpressionInsteadOfAVariableIsTheTemplatesError()
    {
        var diagnostics = new DiagnosticBag();

        var html = Render("{{ include_cached 'partials/card' page.data }}", new Card("أ", "articles/a/"), diagnostics);

        Assert.Null(html);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Contains("include_cached passes variables by name", error.Message);
    }

    [Fact]
    public void TheSameObjectAndAnEqualOneFindTheSameOutputAndADifferentOneItsOwn()
    {
        var card = new Card("خبر عن \"علي بابا\"", "articles/a/");
        var cards = new[] { card, card, new Card(card.Title, card.Path), new Card("ب", "articles/b/"), card };

        var html = Render("{{ for card in page.data }}{{ include_cached 'partials/card' card }}|{{ end }}", cards);

        var a = "<b>خبر عن &quot;علي بابا&quot;</b><i></i><u></u><a href=\"/digest/articles/a/\"></a>|";
        Assert.Equal(a + a + a + "<b>ب</b><i></i><u></u><a href=\"/digest/articles/b/\"></a>|" + a, html);
    }

    [Fact]
    public void NumbersBoxedAfreshForEachCallStillGetTheirOwnOutput()
    {
        _theme.Write("partials/count.sbn", "[{{ n }}]");

        var html = Render("{{ for n in page.data }}{{ include_cached 'partials/count' n }}{{ end }}", new[] { 1, 2, 1, 2, 3 });

        Assert.Equal("[1][2][1][2][3]", html);
    }
}
