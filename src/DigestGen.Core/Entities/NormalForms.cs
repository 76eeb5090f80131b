using System.Collections.Concurrent;
using DigestGen.Arabic;

namespace DigestGen.Entities;

/// <summary>
/// The normal form of a token, normalised on the stack and looked up by span, so a word seen
/// before costs no allocation and every article shares one string per word form (which also makes
/// the per-word caches downstream hit on the same instance). Bounded like the other word caches.
/// </summary>
internal static class NormalForms
{
    private const int MaxCachedWords = 200_000;
    private const int MaxStackChars = 128;
    private static readonly WordCache<string> Forms = new(MaxCachedWords);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BySpan = Forms.BySpan();

    public static string Of(ReadOnlySpan<char> surface)
    {
        if (surface.Length > MaxStackChars)
        {
            return ArabicNormalizer.Normalize(surface.ToString());
        }

        Span<char> buffer = stackalloc char[MaxStackChars];
        var normal = buffer[..ArabicNormalizer.Normalize(surface, buffer)];
        if (BySpan.TryGetValue(normal, out var form))
        {
            return form;
        }

        form = normal.ToString();
        return Forms.Add(form, form);
    }
}
