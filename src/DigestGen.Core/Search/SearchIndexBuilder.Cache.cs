using DigestGen.Caching;
using DigestGen.Site;

namespace DigestGen.Search;

public sealed partial class SearchIndexBuilder
{
    /// <summary>
    /// One build's terms with a <see cref="SearchTermCache"/>: an article the cache knows is merged from its
    /// words (each word's keys, with the fields it occurs in) and entities without being read; any other is
    /// analysed and its words put in the cache. The keys a word gives are those an analysis gives it, so the
    /// index is the same as one built without the cache.
    /// </summary>
    private sealed class Replayer(SearchIndexBuilder builder, SearchTermCache cache, int entityCount)
    {
        // Each cached word's key numbers in this builder, made when an article first has it (two threads may
        // make the same one at once: the same numbers, so either may stay), and whether any article has it now.
        private readonly int[]?[] _keys = new int[]?[cache.LoadedWords];
        private readonly bool[] _used = new bool[cache.LoadedWords];

        public void Terms(ArticleEntry article, DocumentTerms terms, EntityNames names, Dictionary<string, int> entityIndex)
        {
            var hash = article.Article.ContentHash;
            if (cache.TryGet(hash, out var cached) && Replay(cached, terms))
            {
                cache.Keep(hash, cached);
                return;
            }
            var seen = _seenBuffer ??= new WordFields();
            seen.Clear();
            builder.Analyze(article, terms, names, entityIndex, seen);
            var kept = 0;
            foreach (var word in seen.Words)
            {
                // A stop word gives no key and no surface: nothing to keep.
                kept += word.Readings.Length > 0 ? 1 : 0;
            }
            var words = new int[kept];
            var next = 0;
            foreach (var word in seen.Words)
            {
                if (word.Readings.Length > 0)
                {
                    // Numbered once per word, not once per article that has it (two threads may both ask: the same number).
                    if (word.CacheNumber < 0)
                    {
                        word.CacheNumber = cache.Number(word.Text, word.Readings);
                    }
                    words[next++] = SearchTerms.Pack(word.CacheNumber, seen.FieldsOf(word));
                }
            }
            var entities = new int[terms.Entities.Count];
            var at = 0;
            foreach (var (entity, fields) in terms.Entities)
            {
                entities[at++] = SearchTerms.Pack(entity, fields);
            }
            cache.Put(hash, new SearchTerms(words, entities));
        }

        /// <summary>The article's terms from its cached words and entities; false (nothing used) when an entity is not the gazetteer's.</summary>
        private bool Replay(SearchTerms cached, DocumentTerms terms)
        {
            var entities = cached.Entities;
            foreach (var entity in entities)
            {
                if (SearchTerms.NumberOf(entity) >= entityCount)
                {
                    return false;
                }
            }
            terms.Clear();
            var words = cached.Words;
            terms.Reserve(words.Length);
            foreach (var packed in words)
            {
                var word = SearchTerms.NumberOf(packed);
                var fields = SearchTerms.FieldsOf(packed);
                _used[word] = true;
                foreach (var key in _keys[word] ??= KeysOf(cache.Word(word)))
                {
                    terms.AddKey(key, fields);
                }
            }
            foreach (var entity in entities)
            {
                terms.AddEntity(SearchTerms.NumberOf(entity), SearchTerms.FieldsOf(entity));
            }
            return true;
        }

        private int[] KeysOf(CachedWord word)
        {
            var keys = new int[word.Readings.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = builder._keys.Number(word.Readings[i].Key);
            }
            return keys;
        }

        /// <summary>The surfaces of the cached words some article has now.</summary>
        public void AddWords(Dictionary<string, string> vocabulary)
        {
            for (var word = 0; word < _used.Length; word++)
            {
                if (_used[word])
                {
                    foreach (var (surface, key) in cache.Word(word).Readings)
                    {
                        vocabulary[surface] = key;
                    }
                }
            }
        }
    }
}
