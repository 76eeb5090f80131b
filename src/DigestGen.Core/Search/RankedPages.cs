using System.Runtime.CompilerServices;
using System.Text.Json;

namespace DigestGen.Search;

/// <summary>
/// serve's pages of each ranked list, encoded and serialised, kept by the list itself. After an edit that
/// keeps every article's place, <see cref="SearchIndexBuilder"/> gives new arrays only to the lists the edited
/// article was or is on and keeps the rest, so the writer encodes and serialises those few and takes the other
/// pages (nine in ten of the index's files at ten thousand articles) as they were. What a list's pages are
/// goes with the list.
/// </summary>
public sealed class RankedPages
{
    private readonly ConditionalWeakTable<Posting[], Entry> _entries = new();
    private int _serialised;

    /// <summary>How many list pages were serialised since <see cref="Begin"/> (the others were taken as they were), for tests and <c>--verbose</c>.</summary>
    public int Serialised => _serialised;

    internal void Begin() => _serialised = 0;

    /// <summary>The list's pages as <see cref="Postings.Pages"/> encodes them with this head size.</summary>
    internal List<int[]> Pages(Posting[] ranked, int head) => Of(ranked, head).Pages;

    /// <summary>Page <paramref name="page"/> of the list as JSON, serialised the first time it is asked for.</summary>
    internal byte[] Json(Posting[] ranked, int head, int page)
    {
        var entry = Of(ranked, head);
        if (entry.Json[page] is not { } json)
        {
            entry.Json[page] = json = JsonSerializer.SerializeToUtf8Bytes(entry.Pages[page], SearchFormat.Shape<int[]>());
            Interlocked.Increment(ref _serialised);
        }
        return json;
    }

    private Entry Of(Posting[] ranked, int head)
    {
        if (!_entries.TryGetValue(ranked, out var entry) || entry.Head != head)
        {
            var pages = Postings.Pages(ranked, head);
            entry = new Entry(head, pages, new byte[]?[pages.Count]);
            _entries.AddOrUpdate(ranked, entry);
        }
        return entry;
    }

    private sealed record Entry(int Head, List<int[]> Pages, byte[]?[] Json);
}
