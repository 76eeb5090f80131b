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
}
