namespace DigestGen.Arabic;

/// <summary>
/// One reading of a word as proclitics + stem, in normalised form. <see cref="Stem"/> keeps the
/// article when the word had one (للصين → ل + الصين), so it matches an alias written with it.
/// <see cref="SurfaceSkip"/> is how many normalised characters of the written word belong to the
/// clitics a mention leaves out: و in والصين, but nothing in للصين, whose ل cannot be cut from
/// the fused article without leaving a misspelt "لصين".
/// </summary>
public readonly record struct CliticSplit(string Prefix, string Stem, int SurfaceSkip)
{
    public bool HasPrefix => Prefix.Length > 0;
}
