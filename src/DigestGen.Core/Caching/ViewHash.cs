using System.IO.Hashing;

namespace DigestGen.Caching;

/// <summary>
/// The 128-bit XXH3 hash of a view's written bytes. A page fingerprint only compares a page with
/// itself in this folder's previous build, with no adversary choosing views, so a fast
/// non-cryptographic hash serves: SHA-256 was a quarter of fingerprinting every page.
/// </summary>
internal static class ViewHash
{
    public static byte[] Of(ReadOnlySpan<byte> bytes) => XxHash128.Hash(bytes);

    /// <summary>As 32 lowercase hex digits, as the page cache stores fingerprints.</summary>
    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(XxHash128.Hash(bytes));
}
