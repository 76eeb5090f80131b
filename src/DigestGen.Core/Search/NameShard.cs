namespace DigestGen.Search;

/// <summary>
/// One <c>n/….json</c> file: the gazetteer's name keys starting with one letter, as entity numbers
/// (<see cref="N"/>), and its name words with that letter, as the spellings the gazetteer knows (<see cref="W"/>).
/// </summary>
public sealed record NameShard(IReadOnlyDictionary<string, IReadOnlyList<int>> N, IReadOnlyDictionary<string, IReadOnlyList<string>> W)
{
    public static NameShard Empty { get; } = new(new Dictionary<string, IReadOnlyList<int>>(), new Dictionary<string, IReadOnlyList<string>>());

    public static string FileName(char letter) => $"n/{(int)letter:x4}.json";
}
