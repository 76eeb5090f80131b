namespace DigestGen.Output;

/// <summary>Copies the theme's <c>assets/</c> folder into the site's <c>assets/</c>.</summary>
public static class AssetCopier
{
    public static void Copy(string assetsDirectory, OutputFolder output)
    {
        if (!Directory.Exists(assetsDirectory))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(assetsDirectory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(assetsDirectory, file);
            output.CopyFile(file, Path.Combine("assets", relative));
        }
    }
}
