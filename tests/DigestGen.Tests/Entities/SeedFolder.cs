namespace DigestGen.Tests.Entities;

internal static class SeedFolder
{
    public static string Path => System.IO.Path.Combine(DigestGen.Tests.Support.RepoPaths.Shared, "seed");

    public static string? SkipReason =>
        Directory.Exists(Path) ? null : $"the shared seed folder is absent ({Path}); check out shared/ beside the repository to run this test";
}
