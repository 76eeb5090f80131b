namespace DigestGen.Tests.Entities;

/// <summary>The theory form of <see cref="SeedFactAttribute"/>.</summary>
public sealed class SeedTheoryAttribute : TheoryAttribute
{
    public SeedTheoryAttribute()
    {
        Skip = SeedFolder.SkipReason;
    }
}
