namespace DigestGen.Tests.Entities;

/// <summary>A fact that skips, saying why, when ../shared/seed is not beside the checkout
/// (xunit 2 has no runtime skip, so the attribute decides at discovery).</summary>
public sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute()
    {
        Skip = SeedFolder.SkipReason;
    }
}
