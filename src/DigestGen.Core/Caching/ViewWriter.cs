using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;
using DigestGen.Site.Views;

namespace DigestGen.Caching;

/// <summary>
/// Writes a page view, member by member as Scriban reads it (public properties and fields; the ones
/// marked <see cref="JsonIgnoreAttribute"/> are derived or are functions), into bytes to hash. Each type's
/// members get one compiled writer, values are written in their own bytes (strings as UTF-16, numbers as
/// they are) with a tag before each, so two different views never write the same bytes. It replaced a
/// JSON serialisation of the view that spent half its time pushing and popping its own stack frames.
/// An article card is written as the hash of the card, computed once: a card is on many lists.
/// </summary>
internal sealed class ViewWriter
{
    private const int MaxDepth = 128;
    private static readonly ConcurrentDictionary<Type, Action<object, ViewWriter>[]> Writers = new();
    private static readonly ConcurrentDictionary<Type, string> Names = new();
    private static readonly ConditionalWeakTable<ArticleCard, byte[]> Cards = new();

    private byte[] _buffer;
    private int _length;
    private int _depth;

    /// <param name="capacity">Bytes to start with: a page's writer is reused for every page of a thread; a card's is used once.</param>
    public ViewWriter(int capacity = 64 * 1024) => _buffer = new byte[capacity];

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public void Reset()
    {
        _length = 0;
        _depth = 0;
    }

    public void Write(string? value)
    {
        if (value is null)
        {
            Tag(Null);
            return;
        }
        Tag(Text);
        Int(value.Length);
        Bytes(MemoryMarshal.AsBytes(value.AsSpan()));
    }

    public void Write(int value)
    {
        Tag(Integer);
        Int(value);
    }

    public void Write(long value)
    {
        Tag(Integer);
        Long(value);
    }

    public void Write(bool value) => Tag(value ? True : False);

    public void Write(double value)
    {
        Tag(Real);
        Long(BitConverter.DoubleToInt64Bits(value));
    }

    public void Write(DateTimeOffset value)
    {
        Tag(Time);
        Long(value.UtcTicks);
        Int((int)value.Offset.TotalMinutes);
    }

    // Nullable members get their own overloads so a compiled member writer never boxes them.
    public void Write(int? value)
    {
        if (value is { } v)
        {
            Write(v);
        }
        else
        {
            Tag(Null);
        }
    }

    public void Write(DateTimeOffset? value)
    {
        if (value is { } v)
        {
            Write(v);
        }
        else
        {
            Tag(Null);
        }
    }

    /// <summary>Any value, by its runtime type.</summary>
    public void Write(object? value)
    {
        switch (value)
        {
            case null:
                Tag(Null);
                break;
            case string s:
                Write(s);
                break;
            case int i:
                Write(i);
                break;
            case long l:
                Write(l);
                break;
            case bool b:
                Write(b);
                break;
            case double d:
                Write(d);
                break;
            case DateTimeOffset t:
                Write(t);
                break;
            case Enum e:
                Write(Convert.ToInt64(e, CultureInfo.InvariantCulture));
                break;
            case ArticleCard card:
                Tag(Card);
                Bytes(Cards.GetValue(card, HashOf));
                break;
            case Delegate:
                throw new NotSupportedException("a view member is a function: mark it [JsonIgnore] or the page is never reused");
            case IDictionary dictionary:
                WriteDictionary(dictionary);
                break;
            case IEnumerable items:
                WriteItems(items);
                break;
            case IFormattable formattable when value.GetType().Namespace?.StartsWith("System", StringComparison.Ordinal) == true:
                Write(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                WriteMembers(value);
                break;
        }
    }

    private void WriteMembers(object value)
    {
        if (++_depth > MaxDepth)
        {
            throw new InvalidOperationException("a view nested more than 128 deep: a cycle?");
        }
        var type = value.GetType();
        Tag(Open);
        Write(Names.GetOrAdd(type, t => t.FullName ?? t.Name));
        foreach (var write in Writers.GetOrAdd(type, Compile))
        {
            write(value, this);
        }
        Tag(Close);
        _depth--;
    }

    private void WriteItems(IEnumerable items)
    {
        Tag(List);
        if (items is IList list)
        {
            // By index: lists and arrays (all a view holds) then need no boxed enumerator.
            for (var i = 0; i < list.Count; i++)
            {
                Write(list[i]);
            }
        }
        else
        {
            foreach (var item in items)
            {
                Write(item);
            }
        }
        Tag(Close);
    }

    private void WriteDictionary(IDictionary dictionary)
    {
        Tag(Map);
        foreach (DictionaryEntry entry in dictionary)
        {
            Write(entry.Key);
            Write(entry.Value);
        }
        Tag(Close);
    }

    private static byte[] HashOf(ArticleCard card)
    {
        var writer = new ViewWriter(1024);
        writer.WriteMembers(card);
        return ViewHash.Of(writer.Written);
    }

    /// <summary>One writer per member, calling the <see cref="Write(object)"/> overload for its declared type.</summary>
    private static Action<object, ViewWriter>[] Compile(Type type)
    {
        const BindingFlags Instance = BindingFlags.Public | BindingFlags.Instance;
        var members = type.GetProperties(Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .Cast<MemberInfo>()
            .Concat(type.GetFields(Instance))
            .Where(m => !m.IsDefined(typeof(JsonIgnoreAttribute), inherit: true))
            .OrderBy(m => m.MetadataToken);
        return [.. members.Select(m => CompileMember(type, m))];
    }

    private static Action<object, ViewWriter> CompileMember(Type type, MemberInfo member)
    {
        var value = Expression.Parameter(typeof(object), "value");
        var writer = Expression.Parameter(typeof(ViewWriter), "writer");
        Expression read = member is PropertyInfo p
            ? Expression.Property(Expression.Convert(value, type), p)
            : Expression.Field(Expression.Convert(value, type), (FieldInfo)member);
        if (read.Type.IsEnum)
        {
            read = Expression.Convert(read, typeof(long));
        }
        var exact = typeof(ViewWriter).GetMethod(nameof(Write), [read.Type]);
        var call = exact is not null && exact.GetParameters()[0].ParameterType == read.Type
            ? Expression.Call(writer, exact, read)
            : Expression.Call(writer, typeof(ViewWriter).GetMethod(nameof(Write), [typeof(object)])!, Expression.Convert(read, typeof(object)));
        return Expression.Lambda<Action<object, ViewWriter>>(call, value, writer).Compile();
    }

    private const byte Null = 0, Text = 1, Integer = 2, True = 3, False = 4, Real = 5, Time = 6, Card = 7, Open = 8, Close = 9, List = 10, Map = 11;

    private void Tag(byte tag)
    {
        Ensure(1);
        _buffer[_length++] = tag;
    }

    private void Int(int value)
    {
        Ensure(4);
        MemoryMarshal.Write(_buffer.AsSpan(_length), in value);
        _length += 4;
    }

    private void Long(long value)
    {
        Ensure(8);
        MemoryMarshal.Write(_buffer.AsSpan(_length), in value);
        _length += 8;
    }

    private void Bytes(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Ensure(int more)
    {
        if (_length + more > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
        }
    }
}
