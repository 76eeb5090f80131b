using System.Collections.Concurrent;

namespace DigestGen.Build;

/// <summary>
/// Dense numbers for strings, handed out in the order they are first seen, safe to call from parallel
/// loops: a string already numbered is looked up without a lock, a new one takes the next number under
/// it. Lets a stage keep ints (arrays indexed by number, compact blobs) where it would keep strings.
/// </summary>
internal sealed class StringNumbers
{
    private readonly ConcurrentDictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];
    private readonly Lock _adding = new();

    /// <summary>The strings, each at its number.</summary>
    public IReadOnlyList<string> Strings => _strings;

    public int Count => _strings.Count;

    public string this[int number] => _strings[number];

    /// <summary>The number of <paramref name="text"/>, a new one if it has none yet.</summary>
    public int Number(string text)
    {
        if (_numbers.TryGetValue(text, out var number))
        {
            return number;
        }
        lock (_adding)
        {
            if (!_numbers.TryGetValue(text, out number))
            {
                number = _strings.Count;
                _strings.Add(text);
                _numbers[text] = number;
            }
            return number;
        }
    }

    /// <summary>Forgets every string; numbering starts again at 0. Not to be called while others number.</summary>
    public void Clear()
    {
        lock (_adding)
        {
            _numbers.Clear();
            _strings.Clear();
        }
    }
}
