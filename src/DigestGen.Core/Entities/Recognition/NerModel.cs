using System.IO.Compression;
using System.Text;

namespace DigestGen.Entities.Recognition;

/// <summary>
/// The trained recogniser: hashed emission weights (16-bit, one row of tag scores per bucket),
/// tag transitions, and the lexicon its features need. Saved as a binary that is byte-identical for
/// identical training input, uncompressed: the embedded model is read straight from the mapped
/// executable, where unpacking its Brotli form took 90–230 ms of every process's start. Git and the
/// NuGet package compress it anyway.
/// </summary>
internal sealed class NerModel
{
    private const string Magic = "DGNER";
    private const int FormatVersion = 3;
    public const string ResourceName = "DigestGen.ner-model.bin";

    public NerModel(int bucketBits, short[] weights, float scale, float[] transitions, float[] start, NerLexicon lexicon, NerModel? stacked = null)
    {
        Stacked = stacked;
        BucketBits = bucketBits;
        Weights = weights;
        Scale = scale;
        Transitions = transitions;
        Start = start;
        Lexicon = lexicon;
        Features = new FeatureExtractor(lexicon, bucketBits);
    }

    public int BucketBits { get; }

    /// <summary>Row-major [bucket * NerTags.Count + tag].</summary>
    public short[] Weights { get; }

    public float Scale { get; }

    /// <summary>[previous * NerTags.Count + tag].</summary>
    public float[] Transitions { get; }

    public float[] Start { get; }

    public NerLexicon Lexicon { get; }

    public FeatureExtractor Features { get; }

    /// <summary>The second pass, which sees the first pass's tags across the document; null for a one-pass model.</summary>
    public NerModel? Stacked { get; }

    public NerModel WithStacked(NerModel stacked) => new(BucketBits, Weights, Scale, Transitions, Start, Lexicon, stacked);

    /// <summary>The model embedded in the assembly, or null when the build has none yet.</summary>
    public static NerModel? LoadEmbedded()
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }

    /// <summary>Reads a model as <see cref="Save"/> writes it, or Brotli-compressed, as every model was saved
    /// before (an older fold cache, a model kept elsewhere): told apart by the magic at the start.</summary>
    public static NerModel Load(Stream stream)
    {
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }
        var start = stream.Position;
        var raw = StartsWithMagic(stream);
        stream.Position = start;
        using var source = raw ? null : new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(source ?? stream, Encoding.UTF8, leaveOpen: true);
        var version = r.ReadString() == Magic ? r.ReadInt32() : -1;
        if (version is not (2 or FormatVersion))
        {
            throw new InvalidDataException("not a DigestGen recogniser model (or an older format): retrain it");
        }

        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("the model file is little-endian");
        }

        var lexicon = ReadLexicon(r, version);
        var first = ReadStage(r, lexicon);
        return r.ReadBoolean() ? first.WithStacked(ReadStage(r, lexicon)) : first;
    }

    private static NerModel ReadStage(BinaryReader r, NerLexicon lexicon)
    {
        var bits = r.ReadInt32();
        var scale = r.ReadSingle();
        var transitions = ReadFloats(r, NerTags.Count * NerTags.Count);
        var start = ReadFloats(r, NerTags.Count);
        var weights = new short[(1 << bits) * NerTags.Count];
        r.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(weights.AsSpan()));
        return new NerModel(bits, weights, scale, transitions, start, lexicon);
    }

    public void Save(Stream stream)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        WriteLexicon(w, Lexicon);
        WriteStage(w);
        w.Write(Stacked is not null);
        Stacked?.WriteStage(w);
    }

    private void WriteStage(BinaryWriter w)
    {
        w.Write(BucketBits);
        w.Write(Scale);
        Array.ForEach(Transitions, w.Write);
        Array.ForEach(Start, w.Write);
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Weights.AsSpan()));
    }

    // A raw model opens with the magic as BinaryWriter writes a string: its length, then its bytes.
    private static bool StartsWithMagic(Stream stream)
    {
        Span<byte> head = stackalloc byte[Magic.Length + 1];
        return stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length
            && head[0] == Magic.Length && Encoding.ASCII.GetString(head[1..]) == Magic;
    }

    private static float[] ReadFloats(BinaryReader r, int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = r.ReadSingle();
        }

        return values;
    }

    // Format 2 had no word counts; format 3 appends them after the common words.
    private static NerLexicon ReadLexicon(BinaryReader r, int version)
    {
        var classes = new IReadOnlyList<IReadOnlyList<string>>[r.ReadInt32()];
        for (var c = 0; c < classes.Length; c++)
        {
            var names = new List<IReadOnlyList<string>>();
            for (var n = r.ReadInt32(); n > 0; n--)
            {
                names.Add(r.ReadString().Split(' '));
            }

            classes[c] = names;
        }

        var common = new List<string>();
        for (var n = r.ReadInt32(); n > 0; n--)
        {
            common.Add(r.ReadString());
        }

        var stats = new Dictionary<string, WordStat>(StringComparer.Ordinal);
        for (var n = version >= 3 ? r.ReadInt32() : 0; n > 0; n--)
        {
            stats[r.ReadString()] = new WordStat(r.ReadUInt16(), r.ReadUInt16(), r.ReadUInt16(), r.ReadUInt16(), r.ReadUInt16());
        }

        return new NerLexicon(classes, common, stats);
    }

    private static void WriteLexicon(BinaryWriter w, NerLexicon lexicon)
    {
        w.Write(lexicon.NamesByClass.Length);
        foreach (var names in lexicon.NamesByClass)
        {
            w.Write(names.Count);
            foreach (var name in names)
            {
                w.Write(string.Join(' ', name));
            }
        }

        var common = lexicon.CommonWords.Order(StringComparer.Ordinal).ToList();
        w.Write(common.Count);
        common.ForEach(w.Write);
        w.Write(lexicon.Stats.Count);
        foreach (var (word, s) in lexicon.Stats.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.Write(word);
            foreach (var n in (ReadOnlySpan<int>)[s.Count, s.Person, s.Place, s.Organization, s.Misc])
            {
                w.Write((ushort)Math.Min(n, ushort.MaxValue));
            }
        }
    }
}
