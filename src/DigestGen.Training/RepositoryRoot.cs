using DigestGen.Entities.Recognition.Training;
namespace DigestGen.Training;

internal static class RepositoryRoot
{
    /// <summary>The nearest folder at or above <paramref name="start"/> holding DigestGen.sln.</summary>
    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DigestGen.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
