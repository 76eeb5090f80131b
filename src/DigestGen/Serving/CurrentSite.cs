using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace DigestGen.Serving;

/// <summary>
/// The folder of the last good build, as a file provider the static-file middleware reads.
/// A rebuild writes into another folder and then swaps this pointer, so requests always see
/// one whole build and a failed build leaves the previous site served.
/// </summary>
public sealed class CurrentSite : IFileProvider, IDisposable
{
    private PhysicalFileProvider? _provider;

    public string? Root => Volatile.Read(ref _provider)?.Root;

    public bool HasSite => Volatile.Read(ref _provider) is not null;

    public void SwitchTo(string root)
    {
        var old = Interlocked.Exchange(ref _provider, new PhysicalFileProvider(Path.GetFullPath(root)));
        old?.Dispose();
    }

    public IFileInfo GetFileInfo(string subpath) =>
        Volatile.Read(ref _provider)?.GetFileInfo(subpath) ?? new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) =>
        Volatile.Read(ref _provider)?.GetDirectoryContents(subpath) ?? NotFoundDirectoryContents.Singleton;

    /// <summary>serve watches the sources, not the output, so nothing here changes on its own.</summary>
    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    public void Dispose() => Interlocked.Exchange(ref _provider, null)?.Dispose();
}
