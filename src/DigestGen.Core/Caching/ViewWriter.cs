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
    private static readonly ConcurrentDictionary<Type, TypeWriter> Writers = new();
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
                Write(card);
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

    /// <summary>A card, as the hash of its members (computed once per card object).</summary>
    public void Write(ArticleCard? card)
    {
        if (card is null)
        {
            Tag(Null);
            return;
        }
        Tag(Card);
        Bytes(Cards.GetValue(card, HashOf));
    }

    private void WriteMembers(object value) => WriteMembers(value, WriterOf(value.GetType()));

    private void WriteMembers(object value, TypeWriter type)
    {
        if (++_depth > MaxDepth)
        {
            throw new InvalidOperationException("a view nested more than 128 deep: a cycle?");
        }
        Tag(Open);
        Write(type.Name);
        type.Write(value, this);
        Tag(Close);
        _depth--;
    }

    // The members whose declared type is a sealed record of the views (or a list of them): the runtime
    // type is known when the writer is compiled, so the value skips the look-up by type and the tests
    // of Write(object). The bytes are those Write(object) writes.

    /// <summary>A member of a sealed view type.</summary>
    public void WriteSealed(object? value, TypeWriter type)
    {
        if (value is null)
        {
            Tag(Null);
            return;
        }
        WriteMembers(value, type);
    }

    /// <summary>A list of a sealed view type.</summary>
    public void WriteSealedItems<T>(IReadOnlyList<T>? items, TypeWriter type)
        where T : class
    {
        if (items is null)
        {
            Tag(Null);
            return;
        }
        Tag(List);
        for (var i = 0; i < items.Count; i++)
        {
            WriteSealed(items[i], type);
        }
        Tag(Close);
    }

    /// <summary>A list of cards.</summary>
    public void WriteCards(IReadOnlyList<ArticleCard>? cards)
    {
        if (cards is null)
        {
            Tag(Null);
            return;
        }
        Tag(List);
        for (var i = 0; i < cards.Count; i++)
        {
            Write(cards[i]);
        }
        Tag(Close);
    }

    private static TypeWriter WriterOf(Type type) => Writers.GetOrAdd(type, static t => new TypeWriter(t));

    /// <summary>A type's name and its compiled member writer (compiled on first use, so types that hold each other compile).</summary>
    internal sealed class TypeWriter(Type type)
    {
        private Action<object, ViewWriter>? _write;

        public string Name { get; } = type.FullName ?? type.Name;

        public void Write(object value, ViewWriter writer) => (_write ??= MembersWriter(type, RuntimeFeature.IsDynamicCodeSupported))(value, writer);
    }

    /// <summary>A sealed type of the views that Write(object) writes member by member.</summary>
    private static bool IsSealedView(Type type) =>
        type.IsClass && type.IsSealed && type != typeof(string) && type != typeof(ArticleCard)
        && type.Assembly == typeof(ViewWriter).Assembly
        && !typeof(IEnumerable).IsAssignableFrom(type) && !typeof(Delegate).IsAssignableFrom(type) && !typeof(IFormattable).IsAssignableFrom(type);

    /// <summary>The element type of an <c>IReadOnlyList&lt;T&gt;</c> declared as such, else null.</summary>
    private static Type? ListElement(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

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

    /// <summary>The members Scriban reads (public, not ignored), in an order that every runtime gives alike.</summary>
    private static IEnumerable<MemberInfo> MembersOf(Type type)
    {
        const BindingFlags Instance = BindingFlags.Public | BindingFlags.Instance;
        return type.GetProperties(Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .Cast<MemberInfo>()
            .Concat(type.GetFields(Instance))
            .Where(m => !m.IsDefined(typeof(JsonIgnoreAttribute), inherit: true))
            // By name: a native (AOT) binary has no metadata tokens (reading one throws, and every page lost its
            // fingerprint there), and reflection promises no order of its own.
            .OrderBy(m => m.Name, StringComparer.Ordinal);
    }

    /// <summary>
    /// One compiled writer per type, calling the <see cref="Write(object)"/> overload of each member's
    /// declared type in turn: one method to compile per type rather than one per member (compiling was
    /// a fixed cost of every build, start-up included).
    /// </summary>
    private static Action<object, ViewWriter> Compile(Type type)
    {
        var members = MembersOf(type);
        var value = Expression.Parameter(typeof(object), "value");
        var writer = Expression.Parameter(typeof(ViewWriter), "writer");
        var typed = Expression.Variable(type, "typed");
        var body = new List<Expression> { Expression.Assign(typed, Expression.Convert(value, type)) };
        body.AddRange(members.Select(m => WriteMember(typed, writer, m)));
        body.Add(Expression.Empty());
        return Expression.Lambda<Action<object, ViewWriter>>(Expression.Block([typed], body), value, writer).Compile();
    }

    /// <summary>The writer of a type's members: compiled, or where <paramref name="generateCode"/> is false, by reflection.</summary>
    internal static Action<object, ViewWriter> MembersWriter(Type type, bool generateCode) =>
        generateCode ? Compile(type) : WithoutCodeGeneration(type);

    /// <summary>
    /// Where no code can be generated at run time (a Native AOT binary): a writer per member, made of
    /// delegates over shared generic code compiled ahead of time. The bytes are those of the compiled
    /// writer: each typed overload writes what Write(object) writes.
    /// </summary>
    private static Action<object, ViewWriter> WithoutCodeGeneration(Type type)
    {
        var writers = MembersOf(type).Select(m => MemberWriterWithoutCodeGeneration(type, m)).ToArray();
        return (value, writer) =>
        {
            foreach (var write in writers)
            {
                write(value, writer);
            }
        };
    }

    // In a native build's profile after one edit, fingerprinting the 44,700 pages' views was a tenth of the
    // samples, a quarter of that in reflection's invoker and in boxing: every int and bool member was read
    // through MethodInfo.Invoke, and every nested view went through Write(object)'s type tests and a
    // look-up of its type's writer. Here a value-type member is read by a typed delegate and written by
    // its own overload, and a member of a sealed view type (or a list of one) goes to its writer directly,
    // as the compiled writer does.
    private static Action<object, ViewWriter> MemberWriterWithoutCodeGeneration(Type owner, MemberInfo member)
    {
        var declared = member is PropertyInfo property ? property.PropertyType : ((FieldInfo)member).FieldType;
        if (member is PropertyInfo { GetMethod: { } getter } && !owner.IsValueType && declared.IsValueType && TypedReader(owner, getter) is { } typed)
        {
            return typed;
        }
        var read = Rendering.CompiledMemberAccessor.ReaderWithoutCodeGeneration(owner, member);
        if (IsSealedView(declared))
        {
            var type = WriterOf(declared);
            return (value, writer) => writer.WriteSealed(read(value), type);
        }
        if (ListElement(declared) is { } element)
        {
            if (element == typeof(ArticleCard))
            {
                return (value, writer) => writer.WriteCards((IReadOnlyList<ArticleCard>?)read(value));
            }
            if (IsSealedView(element))
            {
                var type = WriterOf(element);
                return (value, writer) => writer.WriteSealedList(read(value), type);
            }
        }
        if (declared == typeof(string))
        {
            return (value, writer) => writer.Write((string?)read(value));
        }
        return (value, writer) => writer.Write(read(value));
    }

    /// <summary>A value-type property's writer without boxing, or null for a type it does not know (an enum) or where the shared code is missing.</summary>
    private static Action<object, ViewWriter>? TypedReader(Type owner, MethodInfo getter)
    {
        try
        {
            var readers = (ITypedReaders)Activator.CreateInstance(typeof(TypedReaders<>).MakeGenericType(owner))!;
            return readers.Bind(getter);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException or MissingMethodException)
        {
            return null;
        }
    }

    /// <summary>A list of a sealed view type, known only as an object: what <see cref="WriteSealedItems{T}"/> writes, without its generic code.</summary>
    private void WriteSealedList(object? items, TypeWriter type)
    {
        if (items is IList list)
        {
            Tag(List);
            for (var i = 0; i < list.Count; i++)
            {
                WriteSealed(list[i], type);
            }
            Tag(Close);
            return;
        }
        Write(items);
    }

    private interface ITypedReaders
    {
        Action<object, ViewWriter>? Bind(MethodInfo getter);
    }

    // Shared code for every view type (a reference type), so a native binary has it compiled once: an
    // instance made below keeps it in the binary.
    private sealed class TypedReaders<TOwner> : ITypedReaders
        where TOwner : class
    {
        public Action<object, ViewWriter>? Bind(MethodInfo getter)
        {
            var type = getter.ReturnType;
            return type == typeof(int) ? Bind<int>(getter, static (writer, value) => writer.Write(value))
                : type == typeof(bool) ? Bind<bool>(getter, static (writer, value) => writer.Write(value))
                : type == typeof(long) ? Bind<long>(getter, static (writer, value) => writer.Write(value))
                : type == typeof(double) ? Bind<double>(getter, static (writer, value) => writer.Write(value))
                : type == typeof(DateTimeOffset) ? Bind<DateTimeOffset>(getter, static (writer, value) => writer.Write(value))
                : type == typeof(int?) ? Bind<int?>(getter, static (writer, value) => writer.Write(value))
                : type == typeof(DateTimeOffset?) ? Bind<DateTimeOffset?>(getter, static (writer, value) => writer.Write(value))
                : null;
        }

        // The overload is chosen where the value's type is known, so the value is never boxed.
        private static Action<object, ViewWriter> Bind<TValue>(MethodInfo getter, Action<ViewWriter, TValue> write)
        {
            var get = getter.CreateDelegate<Func<TOwner, TValue>>();
            return (value, writer) => write(writer, get((TOwner)value));
        }
    }

    // Keeps TypedReaders' shared code in a native binary: MakeGenericType above finds it there.
    private static readonly ITypedReaders SharedReaders = new TypedReaders<object>();

    private static MethodCallExpression WriteMember(ParameterExpression typed, ParameterExpression writer, MemberInfo member)
    {
        Expression read = member is PropertyInfo p ? Expression.Property(typed, p) : Expression.Field(typed, (FieldInfo)member);
        if (read.Type.IsEnum)
        {
            read = Expression.Convert(read, typeof(long));
        }
        if (IsSealedView(read.Type))
        {
            return Expression.Call(writer, typeof(ViewWriter).GetMethod(nameof(WriteSealed))!, Expression.Convert(read, typeof(object)), Expression.Constant(WriterOf(read.Type)));
        }
        if (ListElement(read.Type) is { } element)
        {
            if (element == typeof(ArticleCard))
            {
                return Expression.Call(writer, typeof(ViewWriter).GetMethod(nameof(WriteCards))!, read);
            }
            if (IsSealedView(element))
            {
                return Expression.Call(writer, typeof(ViewWriter).GetMethod(nameof(WriteSealedItems))!.MakeGenericMethod(element), read, Expression.Constant(WriterOf(element)));
            }
        }
        var exact = typeof(ViewWriter).GetMethod(nameof(Write), [read.Type]);
        return exact is not null && exact.GetParameters()[0].ParameterType == read.Type
            ? Expression.Call(writer, exact, read)
            : Expression.Call(writer, typeof(ViewWriter).GetMethod(nameof(Write), [typeof(object)])!, Expression.Convert(read, typeof(object)));
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
