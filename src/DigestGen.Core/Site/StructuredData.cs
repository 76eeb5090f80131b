using System.Buffers;
using System.Text;
using System.Text.Json;
using DigestGen.Rendering;
using DigestGen.Site.Views;

namespace DigestGen.Site;

/// <summary>
/// The schema.org JSON-LD of a page (<c>json_ld page</c>): a <c>NewsArticle</c> with the entities it
/// is about and mentions, an entity as a <c>Person</c>, <c>Organization</c>, <c>Place</c>… with its
/// other names and reference links, and every other page as a <c>CollectionPage</c>. Written here
/// rather than in the theme, as jekyll-seo-tag does: built in the template from object literals and
/// <c>array.add</c> (which copies the array each time), it was an eighth of all rendering, on every page.
/// </summary>
public sealed class StructuredData(SiteView site, TemplateFunctions functions)
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = TemplateFunctions.ScriptEncoder };

    // An article names each of its entities once or twice (about, mentions), and an entity is named by
    // every article that mentions it: its JSON is escaped once per build, then copied.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> _things = new(StringComparer.Ordinal);

    // The site as publisher or as the website a page is part of: the same JSON on every page.
    private byte[]? _siteOrganization;
    private byte[]? _website;

    /// <summary>JSON safe inside a <c>&lt;script&gt;</c> element, escaped as the <c>json</c> function escapes.</summary>
    /// <summary>The page's JSON-LD, decoded straight into the page being rendered: as a string it was
    /// a few kilobytes more for every one of tens of thousands of pages.</summary>
    public StreamedHtml Of(PageView? page) => new(output => WriteTo(output, page));

    private void WriteTo(StringBuilder output, PageView? page)
    {
        if (page is null)
        {
            return;
        }
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var json = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        json.Reset(buffer);
        switch (page.Data)
        {
            case ArticleView article when page.Kind == "article":
                WriteArticle(json, page, article);
                break;
            case EntityView entity when page.Kind == "entity":
                WriteEntity(json, page, entity);
                break;
            default:
                WriteCollection(json, page);
                break;
        }
        json.Flush();
        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(buffer.WrittenCount));
        try
        {
            output.Append(chars, 0, Encoding.UTF8.GetChars(buffer.WrittenSpan, chars));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>JSON written once by <paramref name="write"/>, kept as bytes to copy into pages.</summary>
    private static byte[] Encoded(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(json);
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The schema.org type of an entity type.</summary>
    public static string TypeOf(string entityType) => entityType switch
    {
        "person" => "Person",
        "organization" => "Organization",
        "place" => "Place",
        "product" => "Product",
        "event" => "Event",
        _ => "Thing",
    };

    private void WriteArticle(Utf8JsonWriter json, PageView page, ArticleView article)
    {
        var url = functions.AbsoluteUrl(page.Path);
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "NewsArticle");
        json.WriteString("headline", article.Card.Title);
        json.WriteString("description", page.Description);
        json.WriteString("url", url);
        json.WriteString("mainEntityOfPage", url);
        json.WriteString("inLanguage", page.Lang);
        json.WriteString("datePublished", TemplateFunctions.IsoDate(article.Card.Date));
        json.WriteString("dateModified", TemplateFunctions.IsoDate(article.Updated ?? article.Card.Date));
        json.WritePropertyName("author");
        if (article.Author is { } author)
        {
            WriteNamed(json, "Person", author, url: null);
        }
        else
        {
            WriteNamed(json, "Organization", site.Author ?? site.Title, url: null);
        }
        WritePublisher(json);
        json.WriteStartArray("keywords");
        foreach (var tag in article.Card.Tags)
        {
            json.WriteStringValue(tag.Name);
        }
        json.WriteEndArray();
        // about: the entities the story keeps returning to (two mentions or more); mentions: every entity in it.
        WriteThings(json, "about", article.EntityGroups, minimumMentions: 2);
        WriteThings(json, "mentions", article.EntityGroups, minimumMentions: 0);
        json.WriteEndObject();
    }

    private void WriteThings(Utf8JsonWriter json, string property, IReadOnlyList<EntityGroup> groups, int minimumMentions)
    {
        json.WriteStartArray(property);
        foreach (var group in groups)
        {
            foreach (var entity in group.Entities)
            {
                if (entity.Mentions >= minimumMentions)
                {
                    json.WriteRawValue(Thing(entity), skipInputValidation: true);
                }
            }
        }
        json.WriteEndArray();
    }

    // Found without allocating: the closure that encodes an entity is made only when it is missing.
    private byte[] Thing(EntityLink entity) => _things.TryGetValue(entity.Path, out var known) ? known : AddThing(entity);

    private byte[] AddThing(EntityLink entity) =>
        _things.GetOrAdd(entity.Path, Encoded(json => WriteNamed(json, TypeOf(entity.Type), entity.Name, functions.AbsoluteUrl(entity.Path))));

    private void WriteEntity(Utf8JsonWriter json, PageView page, EntityView view)
    {
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", TypeOf(view.Entity.Type));
        json.WriteString("name", view.Entity.Name);
        json.WriteString("url", functions.AbsoluteUrl(page.Path));
        json.WriteString("description", view.Entity.Description ?? page.Description);
        json.WriteStartArray("alternateName");
        foreach (var alias in view.Aliases)
        {
            json.WriteStringValue(alias);
        }
        json.WriteEndArray();
        json.WriteStartArray("sameAs");
        foreach (var link in (string?[])[view.Links.Wikipedia, view.Links.Wikidata, view.Links.Website])
        {
            if (link is not null)
            {
                json.WriteStringValue(link);
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteCollection(Utf8JsonWriter json, PageView page)
    {
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "CollectionPage");
        json.WriteString("name", page.Title);
        json.WriteString("description", page.Description);
        json.WriteString("url", functions.AbsoluteUrl(page.Path));
        json.WriteString("inLanguage", page.Lang);
        json.WritePropertyName("isPartOf");
        json.WriteRawValue(_website ??= Encoded(j => WriteNamed(j, "WebSite", site.Title, functions.AbsoluteUrl(""))), skipInputValidation: true);
        WritePublisher(json);
        json.WriteEndObject();
    }

    private void WritePublisher(Utf8JsonWriter json)
    {
        json.WritePropertyName("publisher");
        json.WriteRawValue(_siteOrganization ??= Encoded(j => WriteNamed(j, "Organization", site.Title, functions.AbsoluteUrl(""))), skipInputValidation: true);
    }

    private static void WriteNamed(Utf8JsonWriter json, string type, string name, string? url)
    {
        json.WriteStartObject();
        json.WriteString("@type", type);
        json.WriteString("name", name);
        if (url is not null)
        {
            json.WriteString("url", url);
        }
        json.WriteEndObject();
    }
}
