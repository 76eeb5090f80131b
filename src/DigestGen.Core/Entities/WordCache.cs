using System.Collections.Concurrent;

namespace DigestGen.Entities;

/// <summary>
/// A per-word memo shared by every extraction thread that stops growing at a bound, so a
/// long-running <c>serve</c> cannot fill memory with rare words. It counts what it holds itself:
/// <see cref="ConcurrentDictionary{TKey,TValue}.Count"/> takes every lock of the dictionary, and
/// asking it on each new word made the other threads wait.
/// </summary>
internal sealed class WordCache<TValue>(int bound)
{
    // Sized for a large archive's vocabulary at the start: a resize also takes every lock.
    private readonly ConcurrentDictionary<string, TValue> _values = new(Environment.ProcessorCount * 4, 16_384, StringComparer.Ordinal);
    private int _count;

    public bool TryGetValue(string word, out TValue value) => _values.TryGetValue(word, out value!);

    /// <summary>Lookups by a span of characters, for words not yet made into strings.</summary>
    public ConcurrentDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> BySpan() =>
        _values.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Keeps <paramref name="value"/> while under the bound; returns the value kept for the word (another thread's, when it got there first).</summary>
    public TValue Add(string word, TValue value)
    {
        // A slot is taken before adding, so racing threads never keep more than the bound.
        if (Volatile.Read(ref _count) >= bound || Interlocked.Increment(ref _count) > bound)
        {
            return value;
        }
        if (_values.TryAdd(word, value))
        {
            return value;
        }
        Interlocked.Decrement(ref _count);
        return _values.TryGetValue(word, out var kept) ? kept : value;
    }

    /// <summary>The cached value, or <paramref name="compute"/>'s, kept while under the bound.</summary>
    public TValue GetOrAdd(string word, Func<string, TValue> compute) =>
        _values.TryGetValue(word, out var value) ? value : Add(word, compute(word));
}
