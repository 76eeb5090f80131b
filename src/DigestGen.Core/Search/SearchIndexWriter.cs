using System.Text.Json;
using DigestGen.Arabic.Stemming;
using DigestGen.Build;
using DigestGen.Output;
using DigestGen.Site;

namespace DigestGen.Search;

/// <summary>
/// Writes the index under <c>search/</c>: <c>meta.json</c>; term shards <c>s/</c> holding the first page of
/// each key's ranked postings, later pages in <c>k/</c>; entity postings <c>e/</c>; titles <c>t/</c> (for
/// <c>window.digestgen.search</c>, which lists every match) and documents <c>d/</c> (what a results page
/// shows), so a query loads only the pieces its first results need.
/// </summary>
/// <param name="memo">serve's pages of each ranked list from the last write, or null to encode and serialise every list.</param>
public sealed class SearchIndexWriter(OutputFolder output, int headPage = SearchFormat.HeadPage, RankedPages? memo = null)
{
    private readonly SiteModel? _model;
    private readonly SearchIndexBuilder? _builder;

    // About 11,000 small files at 10,000 articles: queued, then written in parallel, as pages are.
    private readonly List<(string Path, Func<byte[]> Bytes)> _writes = [];

    /// <param name="builder">A builder kept from the last index (see <see cref="SearchIndexBuilder"/>'s <c>remember</c>), or null for a fresh one.</param>
    public SearchIndexWriter(SiteModel model, OutputFolder output, SearchIndexBuilder? builder = null) : this(output, SearchFormat.HeadPage, builder?.Pages)
    {
        _model = model;
        _builder = builder;
    }

    public void WriteAll()
    {
        var analyzer = SearchAnalyzer.Default;
        var builder = _builder ?? new SearchIndexBuilder(analyzer);
        Write(builder.Build(_model ?? throw new InvalidOperationException("WriteAll needs the site model")), analyzer.Rules);
    }

    /// <summary>Writes <paramref name="index"/>; a writer made with a tiny head page lets tests page through short lists.</summary>
    public void Write(SearchIndex index, SearchRules rules)
    {
        memo?.Begin();
        var shards = WriteShards(index);
        WriteChunks(index.Documents, SearchFormat.TitleChunk, "t", d => new[] { d.Path, d.Title, d.Date });
        WriteChunks(index.Documents, SearchFormat.DocumentChunk, "d", d => new[] { d.Path, d.Title, d.Date, d.Summary });
        var keysOf = index.EntityPostings.Select(_ => new List<string>()).ToList();
        foreach (var (key, entities) in index.NameKeys)
        {
            entities.ToList().ForEach(e => keysOf[e].Add(key));
        }
        for (var i = 0; i < index.EntityPostings.Count; i++)
        {
            var ranked = index.EntityPostings[i];
            var list = PagesOf(ranked);
            WriteJson($"e/{i}.json", new PostingHead(list[0], list.Count, [.. keysOf[i].Order(StringComparer.Ordinal)]));
            WritePages($"e/{i}", ranked, list);
        }
        WriteJson("meta.json", new SearchMeta
        {
            Documents = index.Documents.Count,
            TitleChunk = SearchFormat.TitleChunk,
            DocumentChunk = SearchFormat.DocumentChunk,
            PrefixLimit = SearchFormat.PrefixLimit,
            Shards = shards,
            Rules = rules,
            NameShards = WriteNames(index),
        });
        // Each folder is made before the parallel writes: OutputFolder.Resolve marks a folder as made before
        // it exists, so a second thread writing into the same new folder could find it missing.
        foreach (var (path, _) in _writes.DistinctBy(w => Path.GetDirectoryName(w.Path)))
        {
            output.Resolve(path);
        }
        Parallel.ForEach(_writes, Cores.One, w => output.WriteBytes(w.Path, w.Bytes()));
        _writes.Clear();
    }

    /// <summary>Name keys and name words by first letter, so a query loads the groups its words open, not the whole gazetteer.</summary>
    private List<string> WriteNames(SearchIndex index)
    {
        var letters = index.NameKeys.Keys.Concat(index.NameWords.Keys).Select(k => k[0]).Distinct().Order().ToList();
        foreach (var letter in letters)
        {
            WriteJson(NameShard.FileName(letter), new NameShard(
                new SortedDictionary<string, IReadOnlyList<int>>(index.NameKeys.Where(k => k.Key[0] == letter).ToDictionary(), StringComparer.Ordinal),
                new SortedDictionary<string, IReadOnlyList<string>>(index.NameWords.Where(k => k.Key[0] == letter).ToDictionary(), StringComparer.Ordinal)));
        }
        return [.. letters.Select(c => c.ToString())];
    }

    private List<string> WriteShards(SearchIndex index)
    {
        var pages = index.Postings.ToDictionary(p => p.Key, p => PagesOf(p.Value), StringComparer.Ordinal);
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, list) in pages)
        {
            sizes[key] = key.Length * 2 + list[0].Length * 4;
        }
        foreach (var (surface, key) in index.Vocabulary)
        {
            sizes[surface] = sizes.GetValueOrDefault(surface) + surface.Length * 2 + key.Length * 2;
        }
        var plan = ShardPlan.Assign(sizes);
        var listNumber = 0;
        foreach (var (name, terms) in plan)
        {
            terms.Sort(StringComparer.Ordinal);
            var keys = terms.Where(pages.ContainsKey).ToList();
            var longer = new Dictionary<string, int[]>(StringComparer.Ordinal);
            foreach (var key in keys.Where(k => pages[k].Count > 1))
            {
                longer[key] = [listNumber, pages[key].Count];
                WritePages($"k/{listNumber++}", index.Postings[key], pages[key]);
            }
            // A surface that is its own key is written as "" to keep shards small.
            var v = terms.Where(index.Vocabulary.ContainsKey).ToDictionary(t => t, t => index.Vocabulary[t] == t ? "" : index.Vocabulary[t]);
            WriteJson(ShardPlan.FileName(name), new SearchShard(keys.ToDictionary(k => k, k => pages[k][0]), v, longer.Count > 0 ? longer : null));
        }
        return [.. plan.Keys];
    }

    private List<int[]> PagesOf(Posting[] ranked) => memo?.Pages(ranked, headPage) ?? Postings.Pages(ranked, headPage);

    /// <summary>The pages after the first (which is in the term's shard or the entity's head).</summary>
    private void WritePages(string list, Posting[] ranked, List<int[]> listPages)
    {
        for (var n = 1; n < listPages.Count; n++)
        {
            if (memo is null)
            {
                WriteJson($"{list}.{n}.json", listPages[n]);
            }
            else
            {
                var page = n;
                _writes.Add(($"{SearchFormat.Folder}{list}.{n}.json", () => memo.Json(ranked, headPage, page)));
            }
        }
    }

    private void WriteChunks<T>(IReadOnlyList<SearchDocument> documents, int size, string folder, Func<SearchDocument, T> select)
    {
        var chunks = documents.Chunk(size).ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            WriteJson($"{folder}/{i}.json", chunks[i].Select(select).ToList());
        }
    }

    private void WriteJson<T>(string path, T value) =>
        _writes.Add((SearchFormat.Folder + path, () => JsonSerializer.SerializeToUtf8Bytes(value, SearchFormat.Shape<T>())));
}
