namespace DigestGen.Tests.Entities;

/// <summary>Finds the repository root (the folder with DigestGen.sln) and the shared data beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DigestGen.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("DigestGen.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));
}
