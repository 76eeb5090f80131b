namespace DigestGen.Tests.Support;

/// <summary>Finds the repository (the folder holding DigestGen.sln) from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string ExampleContent => Path.Combine(Root, "content");

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    /// <summary>The project's shared folder (seed, data) beside the checkout, when present.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DigestGen.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("DigestGen.sln not found above " + AppContext.BaseDirectory);
    }
}
