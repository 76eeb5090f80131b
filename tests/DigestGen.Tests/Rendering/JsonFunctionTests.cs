using System.Text.Json;
using DigestGen.Rendering;

namespace DigestGen.Tests.Rendering;

/// <summary>The <c>json</c> template function, which fills the JSON-LD block of every page.</summary>
public sealed class JsonFunctionTests
{
    [Fact]
    public void WritesArabicLettersAndDiacriticsAsThemselves()
    {
        var json = TemplateFunctions.Json(new Dictionary<string, object> { ["name"] = "مُحَمَّد «علي بابا» Qwen3 ٢٠٢٥" });

        Assert.Equal("{\"name\":\"مُحَمَّد «علي بابا» Qwen3 ٢٠٢٥\"}", json);
    }

    [Theory]
    [InlineData("</script><script>alert(1)</script>")]
    [InlineData("<!-- <script>")]
    [InlineData("a & b 'c' \"d\" +e")]
    public void EscapesEverythingThatCouldEndTheScriptElement(string text)
    {
        var json = TemplateFunctions.Json(new Dictionary<string, object> { ["t"] = text });

        Assert.DoesNotContain('<', json);
        Assert.DoesNotContain('>', json);
        Assert.DoesNotContain('&', json);
        Assert.DoesNotContain('\'', json);
        Assert.Equal(text, JsonDocument.Parse(json).RootElement.GetProperty("t").GetString());
    }

    [Theory]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    [InlineData('\u202E')]
    [InlineData('\u2067')]
    [InlineData('\u0000')]
    [InlineData('\u001B')]
    public void EscapesLineSeparatorsBidiControlsAndControlCharacters(char c)
    {
        var json = TemplateFunctions.Json(new Dictionary<string, object> { ["t"] = "أ" + c + "ب" });

        Assert.DoesNotContain(c, json);
        Assert.Equal("أ" + c + "ب", JsonDocument.Parse(json).RootElement.GetProperty("t").GetString());
    }
}
