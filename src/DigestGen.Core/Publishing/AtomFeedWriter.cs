using System.Text;
using System.Xml;
using DigestGen.Content;
using DigestGen.Rendering;
using DigestGen.Site;

namespace DigestGen.Publishing;

/// <summary>
/// Writes an Atom 1.0 feed with <see cref="XmlWriter"/>, which escapes every text exactly once:
/// a summary holding "&amp;" or quotes comes out as <c>&amp;amp;</c> once, never <c>&amp;amp;amp;</c>.
/// </summary>
public sealed class AtomFeedWriter(DigestConfig config, TemplateFunctions urls)
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
    };

    public byte[] Write(FeedSpec feed)
    {
        using var stream = new MemoryStream();
        WriteTo(stream, feed);
        return stream.ToArray();
    }

    /// <summary>Writes the feed into the output folder through the thread's buffer: a site has a feed per
    /// tag, source and entity (thousands), and each grew a stream of its own and copied it out.</summary>
    public void Write(FeedSpec feed, Output.OutputFolder output)
    {
        var stream = t_stream ??= new MemoryStream(64 * 1024);
        stream.SetLength(0);
        WriteTo(stream, feed);
        output.WriteBytes(feed.FeedPath, stream.GetBuffer().AsSpan(0, (int)stream.Length));
        if (stream.Capacity > MaxKept)
        {
            t_stream = null; // one huge feed's buffer is not held by the thread for good
        }
    }

    [ThreadStatic]
    private static MemoryStream? t_stream;

    private const int MaxKept = 4 << 20;

    private void WriteTo(Stream stream, FeedSpec feed)
    {
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, config.Language);
            xml.WriteElementString("title", Atom, feed.Title);
            if (config.Description.Length > 0)
            {
                xml.WriteElementString("subtitle", Atom, config.Description);
            }
            xml.WriteElementString("id", Atom, urls.AbsoluteUrl(feed.PagePath));
            Link(xml, "self", "application/atom+xml", urls.AbsoluteUrl(feed.FeedPath));
            Link(xml, "alternate", "text/html", urls.AbsoluteUrl(feed.PagePath));
            xml.WriteElementString("updated", Atom, FeedDates.Format(FeedDates.Newest(feed.Articles)));
            Author(xml, config.Author ?? config.Title);
            xml.WriteStartElement("generator", Atom);
            xml.WriteAttributeString("version", GeneratorInfo.Version);
            xml.WriteString("DigestGen");
            xml.WriteEndElement();
            foreach (var article in feed.Articles)
            {
                Entry(xml, article, feed.FullContent);
            }
            xml.WriteEndElement();
        }
    }

    private void Entry(XmlWriter xml, ArticleEntry a, bool fullContent)
    {
        var url = urls.AbsoluteUrl(a.Path);
        xml.WriteStartElement("entry", Atom);
        if (a.Article.Lang(config) is var lang && lang != config.Language)
        {
            xml.WriteAttributeString("xml", "lang", null, lang);
        }
        xml.WriteElementString("title", Atom, a.Meta.Title);
        xml.WriteElementString("id", Atom, url);
        Link(xml, "alternate", "text/html", url);
        xml.WriteElementString("published", Atom, FeedDates.Format(a.Meta.Date));
        xml.WriteElementString("updated", Atom, FeedDates.Format(FeedDates.Modified(a)));
        if (a.Meta.Author is { } author)
        {
            Author(xml, author);
        }
        // Capped: every tag has its own feed, so an article with 10,000 tags wrote 10,000 × 10,000 categories (issue #10).
        foreach (var tag in a.Meta.Tags.Take(50))
        {
            xml.WriteStartElement("category", Atom);
            xml.WriteAttributeString("term", tag);
            xml.WriteEndElement();
        }
        xml.WriteElementString("summary", Atom, a.Summary);
        if (fullContent && config.FeedFullContent)
        {
            // xml:base lets readers resolve the body's relative links against the article's own URL.
            xml.WriteStartElement("content", Atom);
            xml.WriteAttributeString("type", "html");
            xml.WriteAttributeString("xml", "base", null, url);
            xml.WriteString(a.Body.Html);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static void Author(XmlWriter xml, string name)
    {
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, name);
        xml.WriteEndElement();
    }
}
