using System.Buffers;
using System.Text;
using DigestGen.Diagnostics;

namespace DigestGen.Content;

/// <summary>
/// Reads content files as strict UTF-8: a UTF-16 file or invalid bytes are a clear error
/// rather than mojibake on the page. A UTF-8 BOM is dropped and CRLF becomes LF, which keeps
/// line numbers the same. Bidi override controls are removed (see <see cref="BidiControls"/>).
/// </summary>
public static class TextFile
{
    /// <summary>A news article is a few tens of kilobytes; anything this big is a mistake (a pasted PDF, a log).</summary>
    public const long MaxBytes = 10L * 1024 * 1024;

    public static string? Read(string path, DiagnosticBag diagnostics) => Read(path, diagnostics, out _);

    /// <summary>
    /// Also gives the SHA-256 of the bytes read (null when the file could not be read or is too large),
    /// so a caller that must know what it read need not read the file a second time.
    /// </summary>
    public static string? Read(string path, DiagnosticBag diagnostics, out byte[]? digest) =>
        Read(path, diagnostics, out digest, static (text, _) => text.ToString());

    /// <summary>What a caller makes of a file's text and the SHA-256 of its bytes; the text is valid only during the call.</summary>
    public delegate T? TextParser<T>(ReadOnlySpan<char> text, byte[] digest);

    /// <summary>
    /// As <see cref="Read(string, DiagnosticBag, out byte[])"/>, handing the text to <paramref name="parse"/> rather than
    /// making it a string: a file that needs no cleaning is parsed straight from the pooled buffer it was decoded into.
    /// An article's loader keeps only its front matter and body, and the whole text of every article, as a string
    /// of its own, was a quarter of what reading 10,000 articles allocated.
    /// </summary>
    public static T? Read<T>(string path, DiagnosticBag diagnostics, out byte[]? digest, TextParser<T> parse)
    {
        var display = ContentLoader.DisplayPath(path);
        digest = null;
        try
        {
            return ReadChecked(path, display, diagnostics, ref digest, parse);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(display, 1, 1, $"cannot read the file: {e.Message}", "check that it exists and is readable"));
            return default;
        }
    }

    private static T? ReadChecked<T>(string path, string display, DiagnosticBag diagnostics, ref byte[]? digest, TextParser<T> parse)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var size = RandomAccess.GetLength(handle);
        if (size > MaxBytes)
        {
            diagnostics.Add(Diagnostic.Error(display, 1, 1, $"file is {size / (1024 * 1024)} MB, larger than the {MaxBytes / (1024 * 1024)} MB limit", "split it into smaller articles"));
            return default;
        }
        // Read into a pooled buffer: only the text and the digest outlive the call.
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(size, 1));
        try
        {
            var length = 0;
            for (int read; length < size && (read = RandomAccess.Read(handle, buffer.AsSpan(length, (int)size - length), length)) > 0;)
            {
                length += read;
            }
            return Decode(buffer.AsSpan(0, length), display, diagnostics, out digest, parse);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static T? Decode<T>(ReadOnlySpan<byte> bytes, string display, DiagnosticBag diagnostics, out byte[] digest, TextParser<T> parse)
    {
        digest = System.Security.Cryptography.SHA256.HashData(bytes);
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostics.Add(Diagnostic.Error(display, 1, 1, "file is encoded as UTF-16", "save it as UTF-8"));
            return default;
        }
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        // Decoded and checked in one pass into a pooled buffer (a strict decoder's GetString goes over the
        // bytes twice: once to count and check, once to decode). UTF-8 never takes fewer bytes than UTF-16 takes chars.
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length - start, 1));
        try
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[start..], chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                // read is where the first byte that is not UTF-8 (or a sequence cut off by the end) starts.
                var (line, column) = Position(bytes, start, read);
                diagnostics.Add(Diagnostic.Error(display, line, column, "file is not valid UTF-8", "save it as UTF-8"));
                return default;
            }
            var text = chars.AsSpan(0, written);
            // Almost every file is clean: only one with a carriage return, a control character or a bidi control is made a string to clean.
            return text.ContainsAny(NeedsCleaning) ? parse(Clean(text.ToString(), display, diagnostics), digest) : parse(text, digest);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string Clean(string text, string display, DiagnosticBag diagnostics)
    {
        text = text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        return BidiControls.Remove(WithoutXmlInvalidCharacters(text), display, diagnostics);
    }

    /// <summary>
    /// C0 controls other than tab and newline, U+FFFE and U+FFFF cannot appear in XML: a title
    /// holding U+0001 crashed the Atom writer (found by fuzzing a whole build). They are never meant.
    /// YAML can spell them as escapes ("\0"), so scalar values pass through here too.
    /// </summary>
    internal static string WithoutXmlInvalidCharacters(string text) =>
        text.AsSpan().ContainsAny(XmlInvalid) ? new string(text.Where(c => !IsXmlInvalid(c)).ToArray()) : text;

    // Searched vectorised: every content file and every front-matter value is checked, and a
    // character-by-character LINQ test of each was about a tenth of reading the content.
    private static readonly System.Buffers.SearchValues<char> XmlInvalid = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 32).Select(c => (char)c).Where(IsXmlInvalid), '\uFFFE', '\uFFFF']);

    // What Clean changes: a carriage return is one of the XML-invalid controls.
    private static readonly System.Buffers.SearchValues<char> NeedsCleaning = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 32).Select(c => (char)c).Where(IsXmlInvalid), '\uFFFE', '\uFFFF', .. BidiControls.Characters]);

    private static bool IsXmlInvalid(char c) => (c < ' ' && c is not '\t' and not '\n') || c is '\uFFFE' or '\uFFFF';

    private static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int start, int index)
    {
        var line = 1;
        var lineStart = start;
        for (var i = start; i < Math.Min(bytes.Length, start + index); i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, start + index - lineStart + 1);
    }
}
