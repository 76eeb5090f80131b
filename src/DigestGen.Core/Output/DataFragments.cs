using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using DigestGen.Linking;
using DigestGen.Site;

namespace DigestGen.Output;

/// <summary>
/// What <c>serve</c> keeps between edits so that <c>api/articles.json</c> and <c>api/entities.json</c>
/// are not serialised whole again after each one: every article's and every entity's JSON, with what
/// the entity's was made from. An edit re-serialises the articles it made anew (an article entry is
/// never changed, only replaced) and the entities whose details, co-mentions or list of articles as
/// written (each one's slug, URL and title, in order) changed; the files are written from the rest as they were.
/// </summary>
public sealed class DataFragments
{
    private readonly ConditionalWeakTable<ArticleEntry, byte[]> _articles = new();
    private Dictionary<string, EntityFragment> _entities = new(StringComparer.Ordinal);
    private Dictionary<string, EntityFragment> _next = new(StringComparer.Ordinal);

    // One buffer for each file's fragments (the two files are written side by side), reused: grown
    // afresh for each entity, a big entity's list went through several large-object-heap arrays, and
    // those are what set off serve's full collections after an edit.
    private readonly ArrayBufferWriter<byte> _articleBuffer = new(4096);
    private readonly ArrayBufferWriter<byte> _entityBuffer = new(4096);

    /// <summary>How many fragments the last write serialised (the others were reused), for tests and <c>--verbose</c>.</summary>
    public int ArticlesSerialised { get; private set; }

    public int EntitiesSerialised { get; private set; }

    internal void BeginArticles() => ArticlesSerialised = 0;

    internal ReadOnlySpan<byte> Article(ArticleEntry article, Action<Utf8JsonWriter> write)
    {
        if (!_articles.TryGetValue(article, out var json))
        {
            json = Serialise(_articleBuffer, write);
            _articles.AddOrUpdate(article, json);
            ArticlesSerialised++;
        }
        return json;
    }

    internal void BeginEntities()
    {
        EntitiesSerialised = 0;
        _next = new Dictionary<string, EntityFragment>(_entities.Count, StringComparer.Ordinal);
    }

    internal ReadOnlySpan<byte> Entity(EntitySummary entity, IReadOnlyList<ArticleEntry> articles, IReadOnlyList<CoMention> coMentions,
        Action<Utf8JsonWriter> write)
    {
        if (!_entities.TryGetValue(entity.Id, out var fragment) || !fragment.MadeFrom(entity, articles, coMentions, out var sameEntries))
        {
            fragment = new EntityFragment(entity, [.. articles], [.. coMentions.Select(CoMentionKey.Of)], Serialise(_entityBuffer, write));
            EntitiesSerialised++;
        }
        else if (!sameEntries)
        {
            // The same JSON from new entries (an edited article whose slug and title stayed): kept with the entries it now stands for.
            fragment = fragment with { Articles = [.. articles] };
        }
        _next[entity.Id] = fragment;
        return fragment.Json;
    }

    /// <summary>Entities no longer in the site are forgotten with the write that left them out.</summary>
    internal void EndEntities() => _entities = _next;

    private static byte[] Serialise(ArrayBufferWriter<byte> buffer, Action<Utf8JsonWriter> write)
    {
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, DataWriter.WriterOptions))
        {
            write(json);
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>An entity's JSON and what it shows: its details, its articles (the entries it was written from) and its co-mentions as written.</summary>
    private sealed record EntityFragment(EntitySummary Entity, ArticleEntry[] Articles, CoMentionKey[] CoMentions, byte[] Json)
    {
        /// <param name="sameEntries">Whether every article is the very entry the JSON was written from, not only one that writes alike.</param>
        public bool MadeFrom(EntitySummary entity, IReadOnlyList<ArticleEntry> articles, IReadOnlyList<CoMention> coMentions, out bool sameEntries)
        {
            sameEntries = true;
            if (!Entity.Equals(entity) || Articles.Length != articles.Count || CoMentions.Length != coMentions.Count)
            {
                return false;
            }
            for (var i = 0; i < Articles.Length; i++)
            {
                if (ReferenceEquals(Articles[i], articles[i]))
                {
                    continue;
                }
                sameEntries = false;
                if (!WrittenAlike(Articles[i], articles[i]))
                {
                    return false;
                }
            }
            for (var i = 0; i < CoMentions.Length; i++)
            {
                if (CoMentions[i] != CoMentionKey.Of(coMentions[i]))
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>An entity lists each article by its slug, URL (from its path) and title alone: an edit to its text leaves the entity's JSON as it was.</summary>
    private static bool WrittenAlike(ArticleEntry before, ArticleEntry now) =>
        before.Slug == now.Slug && before.Path == now.Path && before.Meta.Title == now.Meta.Title;

    /// <summary>A co-mention as api/entities.json writes it (the weight rounded as written).</summary>
    private readonly record struct CoMentionKey(string Id, string Name, int Shared, double Weight)
    {
        public static CoMentionKey Of(CoMention c) => new(c.Entity.Id, c.Entity.Name, c.SharedArticles, DataWriter.RoundedWeight(c.Weight));
    }
}
