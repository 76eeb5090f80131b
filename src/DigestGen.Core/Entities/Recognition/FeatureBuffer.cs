namespace DigestGen.Entities.Recognition;

/// <summary>Feature bucket indexes for every token of a sentence, in one reusable flat array so
/// extraction allocates nothing per token.</summary>
internal sealed class FeatureBuffer
{
    public const int MaxPerToken = 64;

    private int[] _features = new int[MaxPerToken * 64];
    private int[] _counts = new int[64];

    public int Length { get; private set; }

    public void Reset(int tokens)
    {
        if (_counts.Length < tokens)
        {
            _counts = new int[tokens * 2];
            _features = new int[tokens * 2 * MaxPerToken];
        }

        Array.Clear(_counts, 0, tokens);
        Length = tokens;
    }

    public void Add(int token, int bucket)
    {
        var n = _counts[token];
        if (n < MaxPerToken)
        {
            _features[(token * MaxPerToken) + n] = bucket;
            _counts[token] = n + 1;
        }
    }

    public ReadOnlySpan<int> Of(int token) => _features.AsSpan(token * MaxPerToken, _counts[token]);

    /// <summary>Appends every token's features to <paramref name="into"/>: the count, then the buckets.</summary>
    public void SaveTo(List<int> into)
    {
        for (var t = 0; t < Length; t++)
        {
            into.Add(_counts[t]);
            into.AddRange(Of(t));
        }
    }

    /// <summary>Refills the buffer with <paramref name="tokens"/> tokens saved by <see cref="SaveTo"/> from
    /// <paramref name="at"/>; returns where the next sentence starts.</summary>
    public int RestoreFrom(List<int> saved, int at, int tokens)
    {
        Reset(tokens);
        var from = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(saved);
        for (var t = 0; t < tokens; t++)
        {
            var n = from[at++];
            from.Slice(at, n).CopyTo(_features.AsSpan(t * MaxPerToken, n));
            _counts[t] = n;
            at += n;
        }

        return at;
    }
}
