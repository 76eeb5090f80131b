using System.Text.Json;
using DigestGen.Arabic.Stemming;
using DigestGen.Output;
using DigestGen.Site;

namespace DigestGen.Search;

/// <summary>
/// Writes the index under <c>search/</c>: <c>meta.json</c>, term shards <c>s/</c>, titles <c>t/</c>,
/// summaries <c>x/</c> and entity postings <c>e/</c>, so a query loads only the pieces it touches.
/// </summary>
public sealed class SearchIndexWriter(SiteModel model, OutputFolder output)
{
    public void WriteAll()
    {
        var analyzer = SearchAnalyzer.Default;
        Write(new SearchIndexBuilder(analyzer).Build(model), analyzer.Rules);
    }

    public void Write(SearchIndex index, SearchRules rules)
    {
        var shards = WriteShards(index);
        WriteChunks(index.Documents, SearchFormat.TitleChunk, "t", d => new[] { d.Path, d.Title, d.Date });
        WriteChunks(index.Documents, SearchFormat.SummaryChunk, "x", d => d.Summary);
        for (var i = 0; i < index.EntityPostings.Count; i++)
        {
            WriteJson($"e/{i}.json", index.EntityPostings[i]);
        }
        WriteJson("meta.json", new SearchMeta
        {
            Documents = index.Documents.Count,
            TitleChunk = SearchFormat.TitleChunk,
            SummaryChunk = SearchFormat.SummaryChunk,
            PrefixLimit = SearchFormat.PrefixLimit,
            Shards = shards,
            Rules = rules,
            Entities = index.Entities.Select(e => (IReadOnlyList<string>)[e.Id, e.Name]).ToList(),
            Names = new SortedDictionary<string, IReadOnlyList<int>>(index.NameKeys.ToDictionary(), StringComparer.Ordinal),
            NameWords = new SortedDictionary<string, IReadOnlyList<string>>(index.NameWords.ToDictionary(), StringComparer.Ordinal),
        });
    }

    private List<string> WriteShards(SearchIndex index)
    {
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, list) in index.Postings)
        {
            sizes[key] = key.Length * 2 + list.Length * 4;
        }
        foreach (var (surface, key) in index.Vocabulary)
        {
            sizes[surface] = sizes.GetValueOrDefault(surface) + surface.Length * 2 + key.Length * 2;
        }
        var plan = ShardPlan.Assign(sizes);
        foreach (var (name, terms) in plan)
        {
            terms.Sort(StringComparer.Ordinal);
            var p = terms.Where(index.Postings.ContainsKey).ToDictionary(t => t, t => index.Postings[t]);
            // A surface that is its own key is written as "" to keep shards small.
            var v = terms.Where(index.Vocabulary.ContainsKey).ToDictionary(t => t, t => index.Vocabulary[t] == t ? "" : index.Vocabulary[t]);
            WriteJson(ShardPlan.FileName(name), new SearchShard(p, v));
        }
        return [.. plan.Keys];
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
        output.WriteBytes(SearchFormat.Folder + path, JsonSerializer.SerializeToUtf8Bytes(value, SearchFormat.Json));
}
