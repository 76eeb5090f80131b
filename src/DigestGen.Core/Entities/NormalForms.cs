using System.Collections.Concurrent;
using DigestGen.Arabic;

namespace DigestGen.Entities;

/// <summary>
/// The normal form of a token, normalised on the stack and looked up by span, so a word seen
/// before costs no allocation and every article shares one <see cref="WordForm"/> (and one string)
/// per word form, with what extraction derives from the word kept on it. Bounded like the other
/// word caches: past the bound a word gets a form of its own, whose slots are filled for that token.
/// </summary>
internal static class NormalForms
{
    private const int MaxCachedWords = 200_000;
    private const int MaxStackChars = 128;
    private static readonly WordCache<WordForm> Forms = new(MaxCachedWords);
    private static readonly ConcurrentDictionary<string, WordForm>.AlternateLookup<ReadOnlySpan<char>> BySpan = Forms.BySpan();

    public static string Of(ReadOnlySpan<char> surface) => FormOf(surface).Text;

    public static WordForm FormOf(ReadOnlySpan<char> surface)
    {
        if (surface.Length > MaxStackChars)
        {
            return new WordForm(ArabicNormalizer.Normalize(surface.ToString()));
        }

        Span<char> buffer = stackalloc char[MaxStackChars];
        var normal = buffer[..ArabicNormalizer.Normalize(surface, buffer)];
        if (BySpan.TryGetValue(normal, out var form))
        {
            return form;
        }

        var text = normal.ToString();
        return Forms.Add(text, new WordForm(text));
    }
}
