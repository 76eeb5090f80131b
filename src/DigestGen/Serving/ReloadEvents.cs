using System.Text.Json;
using System.Threading.Channels;

namespace DigestGen.Serving;

/// <summary>
/// The server-sent events that open pages listen to: <c>hello</c> on connecting (the build
/// number and any current errors), <c>reload</c> after a good rebuild, <c>failed</c> with the
/// errors of a bad one. Each listener gets its own small queue; a slow one drops old events.
/// </summary>
public sealed class ReloadEvents
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _listeners = [];
    private int _build;
    private IReadOnlyList<string> _errors = [];

    public int Build { get { lock (_gate) { return _build; } } }

    public int Listeners { get { lock (_gate) { return _listeners.Count; } } }

    public void Succeeded()
    {
        lock (_gate)
        {
            _build++;
            _errors = [];
            Broadcast(Message("reload", _build, errors: null));
        }
    }

    public void Failed(IReadOnlyList<string> errors)
    {
        lock (_gate)
        {
            _errors = errors;
            Broadcast(Message("failed", _build, errors));
        }
    }

    /// <summary>A queue of event-stream messages, starting with <c>hello</c>; complete it to unsubscribe.</summary>
    public Channel<string> Subscribe()
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            channel.Writer.TryWrite(Message("hello", _build, _errors));
            _listeners.Add(channel);
        }
        return channel;
    }

    public void Unsubscribe(Channel<string> channel)
    {
        lock (_gate)
        {
            _listeners.Remove(channel);
        }
        channel.Writer.TryComplete();
    }

    /// <summary>Ends every open stream so the server can stop without waiting for browsers.</summary>
    public void CloseAll()
    {
        lock (_gate)
        {
            foreach (var listener in _listeners)
            {
                listener.Writer.TryComplete();
            }
            _listeners.Clear();
        }
    }

    private void Broadcast(string message)
    {
        foreach (var listener in _listeners)
        {
            listener.Writer.TryWrite(message);
        }
    }

    /// <summary>
    /// <c>{"build":N,"errors":[...]}</c> (no <c>errors</c> for <c>reload</c>), on one line as the event-stream
    /// format requires. Written by hand: a native (AOT) binary has no serialisation by reflection.
    /// </summary>
    private static string Message(string name, int build, IReadOnlyList<string>? errors)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("build", build);
            if (errors is not null)
            {
                json.WriteStartArray("errors");
                foreach (var error in errors)
                {
                    json.WriteStringValue(error);
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return $"event: {name}\ndata: {System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan)}\n\n";
    }
}
