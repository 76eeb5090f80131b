using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigestGen.Serving;

/// <summary>
/// ASP.NET Core's Kestrel on 127.0.0.1 only: the current site at the root, the event stream
/// and live-reload script under <c>/__digestgen/</c>, and no caching, so a reload always shows
/// the latest build.
/// </summary>
public sealed class DevServer(CurrentSite site, ReloadEvents events) : IAsyncDisposable
{
    public const string EventsPath = "/__digestgen/events";
    public const string ScriptPath = "/__digestgen/livereload.js";

    private WebApplication? _app;

    public Uri? Address { get; private set; }

    /// <summary>Starts listening; throws <see cref="IOException"/> when the port is taken.</summary>
    public async Task StartAsync(int port, CancellationToken cancellation)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Use(NoCache);
        app.Use(ServeOwnFiles);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = site });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = site, ContentTypeProvider = ContentTypes() });
        app.Run(NotFound);
        await app.StartAsync(cancellation);
        _app = app;
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri($"http://127.0.0.1:{new Uri(bound).Port}/");
    }

    public async ValueTask DisposeAsync()
    {
        events.CloseAll();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private static Task NoCache(HttpContext context, RequestDelegate next)
    {
        context.Response.Headers.CacheControl = "no-store";
        return next(context);
    }

    private Task ServeOwnFiles(HttpContext context, RequestDelegate next) => context.Request.Path.Value switch
    {
        EventsPath => StreamEvents(context),
        ScriptPath => Write(context, 200, "text/javascript; charset=utf-8", LiveReloadScript.Text),
        _ when !site.HasSite => Write(context, 503, "text/html; charset=utf-8", LiveReloadScript.WaitingPage),
        _ => next(context),
    };

    private async Task StreamEvents(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        var channel = events.Subscribe();
        try
        {
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync(message, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The browser closed the page: nothing to report.
        }
        finally
        {
            events.Unsubscribe(channel);
        }
    }

    /// <summary>The site's own 404 page, as GitHub Pages would serve it.</summary>
    private Task NotFound(HttpContext context)
    {
        var page = site.GetFileInfo("/404.html");
        context.Response.StatusCode = 404;
        if (!page.Exists)
        {
            return Write(context, 404, "text/plain; charset=utf-8", "404: not found");
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.SendFileAsync(page);
    }

    private static Task Write(HttpContext context, int status, string contentType, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(text);
    }

    /// <summary>Text files say they are UTF-8: Arabic must never be guessed as Latin-1.</summary>
    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        foreach (var ext in new[] { ".html", ".css", ".js", ".json", ".xml", ".txt", ".svg" })
        {
            provider.Mappings[ext] = provider.Mappings[ext] + "; charset=utf-8";
        }
        provider.Mappings[".js"] = "text/javascript; charset=utf-8";
        return provider;
    }
}
