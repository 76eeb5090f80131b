using System.Text;
using System.Xml;
using DigestGen.Rendering;

namespace DigestGen.Publishing;

/// <summary>One page of the sitemap: its site-relative path and when its content last changed.</summary>
public sealed record SitemapEntry(string Path, DateTimeOffset LastModified);

/// <summary>Writes <c>sitemap.xml</c> (sitemaps.org 0.9) and the <c>robots.txt</c> that points at it.</summary>
public sealed class SitemapWriter(TemplateFunctions urls)
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
    };

    /// <param name="expected">About how many entries there are: the buffer is made that size at once. Grown by
    /// doubling from nothing, then copied out, a sitemap of 44,700 pages left 29 MiB on the large-object heap.</param>
    public ReadOnlyMemory<byte> Write(IEnumerable<SitemapEntry> entries, int expected = 0)
    {
        // An entry is its URL and some 110 bytes of markup and date.
        var stream = new MemoryStream((int)Math.Min(Array.MaxLength, 1024 + ((long)expected * (128 + urls.AbsoluteUrl("").Length))));
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var entry in entries)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, urls.AbsoluteUrl(entry.Path));
                xml.WriteElementString("lastmod", Namespace, FeedDates.Format(entry.LastModified));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return new ReadOnlyMemory<byte>(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>
    /// Crawlers read robots.txt only at the root of a host, so on a project sub-path it is a
    /// hint at most; the sitemap line is what matters when the site has its own domain.
    /// </summary>
    public string Robots() => $"User-agent: *\nAllow: /\n\nSitemap: {urls.AbsoluteUrl("sitemap.xml")}\n";
}
