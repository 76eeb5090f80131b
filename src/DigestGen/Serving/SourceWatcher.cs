namespace DigestGen.Serving;

/// <summary>
/// Watches content/ and templates/ and reports a batch of changed paths once the files have
/// been quiet for the debounce time: an editor's save (often a temp file, a rename and a
/// write) or a git checkout then causes one rebuild, not dozens.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Lock _gate = new();
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private readonly Timer _timer;
    private readonly TimeSpan _debounce;
    private readonly Action<IReadOnlyList<string>> _onChange;

    public SourceWatcher(IEnumerable<string> folders, TimeSpan debounce, Action<IReadOnlyList<string>> onChange)
    {
        _debounce = debounce;
        _onChange = onChange;
        _timer = new Timer(_ => Flush());
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Note(e.FullPath);
            watcher.Created += (_, e) => Note(e.FullPath);
            watcher.Deleted += (_, e) => Note(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Note(e.OldFullPath); // the old name is gone: a renamed article leaves its old page
                Note(e.FullPath);
            };
            watcher.Error += (_, _) => Note(folder); // events were lost: rebuild to be safe
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Editors' swap, backup and lock files are not content.</summary>
    public static bool IsIgnored(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith(".#", StringComparison.Ordinal) || name.EndsWith('~')
            || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
            || name.EndsWith(".tmp", StringComparison.Ordinal) || name == "4913"; // vim's write test
    }

    private void Note(string path)
    {
        if (IsIgnored(path))
        {
            return;
        }
        lock (_gate)
        {
            _changed.Add(path);
            _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        List<string> batch;
        lock (_gate)
        {
            batch = _changed.Order(StringComparer.Ordinal).ToList();
            _changed.Clear();
        }
        if (batch.Count > 0)
        {
            _onChange(batch);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
        _timer.Dispose();
    }
}
