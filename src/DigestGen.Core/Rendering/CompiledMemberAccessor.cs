using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DigestGen.Rendering;

/// <summary>
/// How templates read the members of the generator's own view records (<c>page.data.card.title</c>):
/// the members Scriban's <c>TypedObjectAccessor</c> would expose, under the same snake_case names,
/// each read through a delegate compiled on first use instead of by reflection. A page reads
/// thousands of members; reflection was a tenth of rendering. Read-only: the views are immutable,
/// and a type with a setter or an indexer is left to Scriban's own accessor.
/// </summary>
internal sealed class CompiledMemberAccessor : IObjectAccessor
{
    private static readonly ConcurrentDictionary<Type, CompiledMemberAccessor?> Accessors = new();

    private readonly Dictionary<string, Member> _members;

    private CompiledMemberAccessor(Dictionary<string, Member> members) => _members = members;

    public bool HasIndexer => false;
    public Type? IndexType => null;

    /// <summary>The accessor of <paramref name="type"/>, or null when Scriban's own should serve it.</summary>
    public static CompiledMemberAccessor? For(Type type) => Accessors.GetOrAdd(type, Create);

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _members.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _members.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _members.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_members.TryGetValue(member, out var found))
        {
            value = found.Read(target);
            return true;
        }
        value = null;
        return false;
    }

    /// <summary>The compiled read of <paramref name="member"/>, or null when the type has no member of that name.</summary>
    public Func<object, object?>? ReaderOf(string member) => _members.TryGetValue(member, out var found) ? found.Reader : null;

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    private static CompiledMemberAccessor? Create(Type type)
    {
        if (type.Assembly != typeof(CompiledMemberAccessor).Assembly || type.IsGenericTypeDefinition
            || typeof(IScriptObject).IsAssignableFrom(type) || typeof(IEnumerable).IsAssignableFrom(type)
            || typeof(Delegate).IsAssignableFrom(type) || typeof(IScriptCustomFunction).IsAssignableFrom(type))
        {
            return null;
        }
        var members = new Dictionary<string, Member>(StringComparer.Ordinal);
        // As TypedObjectAccessor walks them: the type's own members first, then its bases'; the first of a name wins.
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Public))
            {
                if (field.IsLiteral || field.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is not null)
                {
                    continue;
                }
                if (!field.IsInitOnly)
                {
                    return null;
                }
                members.TryAdd(NameOf(field), new Member(type, field));
            }
            foreach (var property in t.GetProperties(BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Public))
            {
                if (property.GetMethod is not { IsPublic: true, IsStatic: false } || property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is not null)
                {
                    continue;
                }
                if (property.GetIndexParameters().Length > 0 || IsWritable(property))
                {
                    return null;
                }
                members.TryAdd(NameOf(property), new Member(type, property));
            }
        }
        return new CompiledMemberAccessor(members);
    }

    private static string NameOf(MemberInfo member) => StandardMemberRenamer.Rename(member) is { Length: > 0 } name ? name : member.Name;

    /// <summary>A public setter that is not <c>init</c>: Scriban would let a template assign it.</summary>
    private static bool IsWritable(PropertyInfo property) =>
        property.SetMethod is { IsPublic: true } setter
        && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private sealed class Member(Type owner, MemberInfo member)
    {
        private Func<object, object?>? _read;

        public object? Read(object target) => Reader(target);

        public Func<object, object?> Reader => _read ??= Compile();

        private Func<object, object?> Compile()
        {
            if (!RuntimeFeature.IsDynamicCodeSupported)
            {
                return ReaderWithoutCodeGeneration(owner, member);
            }
            if (!owner.IsValueType && member is PropertyInfo { GetMethod: { } getter } property)
            {
                // The getter itself, bound as an open delegate: no code to generate and compile, which
                // for the hundred-odd members a theme reads was a tenth of a second of a small build.
                // (Made without constructor arguments: those go through reflection's invoker, which compiles a stub.)
                var reader = (IReader)Activator.CreateInstance(typeof(PropertyReader<,>).MakeGenericType(owner, property.PropertyType))!;
                return reader.Bind(getter);
            }
            var target = Expression.Parameter(typeof(object), "target");
            var typed = Expression.Convert(target, owner);
            Expression value = member is FieldInfo field ? Expression.Field(typed, field) : Expression.Property(typed, (PropertyInfo)member);
            return Expression.Lambda<Func<object, object?>>(Expression.Convert(value, typeof(object)), target).Compile();
        }
    }

    /// <summary>
    /// A member's read where no code can be generated at run time (a Native AOT binary): a reference-type
    /// property through the getter bound as an open delegate (shared generic code, compiled ahead of time),
    /// anything else through reflection's invoker.
    /// </summary>
    internal static Func<object, object?> ReaderWithoutCodeGeneration(Type owner, MemberInfo member)
    {
        if (member is PropertyInfo { GetMethod: { } getter } property)
        {
            if (!owner.IsValueType && !property.PropertyType.IsValueType)
            {
                var reader = (IReader)Activator.CreateInstance(typeof(PropertyReader<,>).MakeGenericType(owner, property.PropertyType))!;
                return reader.Bind(getter);
            }
            var invoker = MethodInvoker.Create(getter);
            return target => invoker.Invoke(target);
        }
        var field = (FieldInfo)member;
        return field.GetValue;
    }

    private interface IReader
    {
        Func<object, object?> Bind(MethodInfo getter);
    }

    private sealed class PropertyReader<TOwner, TValue> : IReader
        where TOwner : class
    {
        public Func<object, object?> Bind(MethodInfo getter)
        {
            var get = getter.CreateDelegate<Func<TOwner, TValue>>();
            return target => get((TOwner)target);
        }
    }
}
