namespace DigestGen.Entities.Extraction;

/// <summary>
/// A proposed mention before resolution: tokens [First, Last], the character span without its
/// clitics, the normalised name key (the same for every mention of one name), and a vote for its
/// type with a weight (a trigger word outweighs the recogniser on quoted foreign names).
/// </summary>
internal sealed record Candidate(int First, int Last, int Start, int End, string Key, EntityType Type, float Weight, CandidateSource Source)
{
    /// <summary>For a Latin name in parentheses right after another name ("كيوين" (Qwen)): the last
    /// token of that name, so both resolve to one entity; -1 otherwise.</summary>
    public int AliasOfToken { get; init; } = -1;

    public bool Overlaps(int first, int last) => First <= last && first <= Last;
}
