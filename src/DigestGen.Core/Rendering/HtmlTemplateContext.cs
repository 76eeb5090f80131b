using System.Buffers;
using DigestGen.Content;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DigestGen.Rendering;

/// <summary>
/// Scriban writes values as they are; this context HTML-escapes every value a template
/// outputs unless it is <see cref="RawHtml"/> or <see cref="StreamedHtml"/> (made by the generator or the template's
/// <c>raw</c> function), so front matter can never inject markup. Bidi override controls are
/// dropped too: a gazetteer description or setting must not flip the rest of the page.
/// Escaping writes the clean runs of a value straight to the output and the entities between
/// them, so printing a value allocates nothing (a page prints hundreds).
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    // What HTML text and double- or single-quoted attribute values need escaped, and the bidi controls to drop.
    private static readonly SearchValues<char> Special = SearchValues.Create(HtmlText.Special + BidiControls.Characters);

    public HtmlTemplateContext()
    {
        StrictVariables = false;
        EnableRelaxedMemberAccess = true;
        // Big enough for a site of 100,000 articles, small enough that a theme's endless loop fails in seconds.
        LoopLimit = 10_000_000;
        RecursiveLimit = 64;
        // Scriban cuts any value longer than LimitToString (1 Mi chars) with "...", and by default caps what a
        // context writes between two Template.Render calls at the same figure, silently: a long article's
        // body is one value, and pages are evaluated into our own buffers on contexts that live for the
        // whole build, so either cap would truncate real pages. Neither applies.
        LimitToString = 0;
        OutputLimit = 0;
        // Scriban re-indents every line an indented include or block prints: it changed the text inside a
        // partial's <pre>, and searching each piece of text for line breaks was 1 % of a build.
        // Pages keep their lines exactly as the theme and the content wrote them.
        AutoIndent = false;
    }

    /// <summary>
    /// Scriban converts every function argument to its parameter's type, and first asks reflection
    /// whether the type is primitive, even when it is <c>object</c> (our functions' parameters):
    /// that question was a third of rendering. An argument for an <c>object</c> parameter, or one that
    /// already has the parameter's type (a string for a string), is passed as it is.
    /// </summary>
    public override object? ToObject(SourceSpan span, object? value, Type destinationType) =>
        destinationType == typeof(object) || (value is not null && value.GetType() == destinationType) ? value : base.ToObject(span, value, destinationType);

    /// <summary>The generator's view records are read through compiled delegates; anything else as Scriban reads it.</summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        CompiledMemberAccessor.For(target.GetType()) ?? base.GetMemberAccessorImpl(target);

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml raw:
                return base.Write(span, raw.Html);
            case StreamedHtml streamed when Output is StringBuilderOutput output:
                streamed.WriteTo(output.Builder);
                return this;
            case StreamedHtml streamed:
                return base.Write(span, streamed.Html);
            case BufferedHtml html when Output is StringBuilderOutput output:
                output.Builder.Append(html.Buffer);
                return this;
            case BufferedHtml html:
                return base.Write(span, html.ToString());
            default:
                WriteEscaped(ObjectToString(textAsObject) ?? "");
                return this;
        }
    }

    private void WriteEscaped(string text)
    {
        var at = 0;
        while (at < text.Length)
        {
            var next = text.AsSpan(at).IndexOfAny(Special);
            if (next < 0)
            {
                Write(text, at, text.Length - at);
                return;
            }
            if (next > 0)
            {
                Write(text, at, next);
            }
            // A bidi control has no entity: it is dropped.
            if (HtmlText.Entity(text[at + next]) is { } entity)
            {
                Write(entity, 0, entity.Length);
            }
            at += next + 1;
        }
    }
}
