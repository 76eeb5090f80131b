using System.Net;
using System.Net.Sockets;

namespace DigestGen.BrowserTests;

/// <summary>
/// Serves a built site on 127.0.0.1 under a sub-path (as GitHub project pages do), so tests see
/// what a reader of https://user.github.io/repo/ sees. Directory URLs serve their index.html;
/// unknown paths serve the site's 404.html with status 404.
/// </summary>
public sealed class StaticServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _prefix;

    /// <summary>Starts listening at once (the port is part of the base URL the site is built with); <see cref="Root"/> is set once built.</summary>
    public StaticServer(string basePath)
    {
        _prefix = basePath;
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(Loop);
    }

    public int Port { get; }

    public string Root { get; set; } = "";

    public string Origin => $"http://127.0.0.1:{Port}";

    public string BaseUrl => Origin + _prefix;

    private async Task Loop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            _ = Task.Run(() => Serve(context));
        }
    }

    private void Serve(HttpListenerContext context)
    {
        using var response = context.Response;
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        var file = Resolve(path);
        if (file is null)
        {
            response.StatusCode = 404;
            file = Path.Combine(Root, "404.html");
        }
        response.ContentType = ContentTypes.Of(file);
        var bytes = File.Exists(file) ? File.ReadAllBytes(file) : [];
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }

    private string? Resolve(string path)
    {
        if (!path.StartsWith(_prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var relative = path[_prefix.Length..];
        var full = Path.GetFullPath(Path.Combine(Root, relative));
        if (!full.StartsWith(Path.GetFullPath(Root), StringComparison.Ordinal))
        {
            return null;
        }
        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }
        return File.Exists(full) ? full : null;
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose() => _listener.Close();
}
