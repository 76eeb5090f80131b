using System.Text;

namespace DigestGen.Rendering;

public static class UrlPath
{
    // What a path keeps as it is; most paths (ASCII slugs, assets) are nothing else and are returned as they are.
    private static readonly System.Buffers.SearchValues<char> Kept =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/-_.~#?=&");

    private const string Hex = "0123456789ABCDEF";

    /// <summary>Percent-encodes each segment (Arabic tags become %D8%…), keeping '/', '#' and '?'.</summary>
    public static string Encode(string path)
    {
        if (!path.AsSpan().ContainsAnyExcept(Kept))
        {
            return path;
        }
        var sb = new StringBuilder(path.Length * 2);
        Span<byte> buffer = stackalloc byte[4];
        foreach (var rune in path.EnumerateRunes())
        {
            var c = rune.IsAscii ? (char)rune.Value : '\0';
            if (c != '\0' && (char.IsLetterOrDigit(c) || c is '/' or '-' or '_' or '.' or '~' or '#' or '?' or '=' or '&'))
            {
                sb.Append(c);
            }
            else
            {
                var count = rune.EncodeToUtf8(buffer);
                foreach (var b in buffer[..count])
                {
                    sb.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
                }
            }
        }
        return sb.ToString();
    }
}
