namespace DigestGen.Rendering;

/// <summary>HTML that the generator built and trusts; the only value templates write unescaped.</summary>
public sealed record RawHtml(string Html)
{
    public override string ToString() => Html;
}
