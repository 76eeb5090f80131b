using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DigestGen.Rendering;

/// <summary>
/// <c>include_cached 'partials/name' var1 var2</c>: a partial rendered once per build for each
/// distinct set of values of the variables named, then reused. An entity's hover card, an
/// article's card or an entity's timeline is the same on every page that shows it, and
/// interpreting them again on each page was most of the rendering. The partial runs in a scope
/// of its own that sees only <c>site</c>, the template functions and the variables passed, so
/// its output can depend on nothing else, and reusing it is always right. Values are compared
/// as the view records compare them (by value), so an entity or article that differs is
/// rendered apart. The reused output lives as long as the build's renderer: nothing is kept
/// from one build to the next.
/// </summary>
internal sealed class CachedInclude(Func<HtmlTemplateContext> newContext) : IScriptCustomFunction, IDirectFunction, IDisposable
{
    private const int MaxVariables = DirectArguments.Max - 1;

    // Every thread adds while the first pages render: more locks than the default (one per core), fewer waits,
    // and room for an archive's cards (tens of thousands) so that resizing, which takes every lock, is rare.
    private readonly ConcurrentDictionary<Key, RawHtml> _rendered = new(Environment.ProcessorCount * 8, 65536);

    // The same output found by the very objects passed: a card object is passed on every page that shows
    // it, and hashing it by value (every title and path in it, each time) added to every look-up.
    // A miss here falls back to the comparison by value above; views are immutable, so an object's
    // output never changes.
    private readonly ConcurrentDictionary<Key, RawHtml> _byReference = new(Environment.ProcessorCount * 8, 65536, SameObjects.Instance);
    private readonly ThreadLocal<HtmlTemplateContext> _contexts = new(newContext);

    public int RequiredParameterCount => 1;
    public int ParameterCount => 1 + MaxVariables;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;
    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "name" : "variable");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Takes(arguments.Count)
            ? Include(context, callerContext, DirectArguments.From(arguments))
            : throw new ScriptRuntimeException(callerContext?.Span ?? default, $"include_cached takes a partial's name and up to {MaxVariables} variables");

    public bool Takes(int count) => count is >= 1 and <= 1 + MaxVariables;

    public object? Call(TemplateContext context, ScriptFunctionCall call, bool printed, in DirectArguments arguments) =>
        Include(context, call, arguments);

    private RawHtml Include(TemplateContext context, ScriptNode? callerContext, in DirectArguments arguments)
    {
        var span = callerContext?.Span ?? default;
        if (arguments[0] is not string name)
        {
            throw new ScriptRuntimeException(span, $"include_cached takes a partial's name and up to {MaxVariables} variables");
        }
        var path = context.TemplateLoader?.GetPath(context, span, name)
            ?? throw new ScriptRuntimeException(span, "include_cached needs the theme's templates");
        var key = new Key(path, Argument(arguments, 1), Argument(arguments, 2), Argument(arguments, 3));
        if (_byReference.TryGetValue(key, out var html))
        {
            return html;
        }
        if (_rendered.TryGetValue(key, out html))
        {
            return Remember(key, html, arguments);
        }
        var variables = new ScriptObject();
        for (var i = 1; i < arguments.Count; i++)
        {
            variables[VariableName(callerContext, i)] = arguments[i];
        }
        html = new RawHtml(Render(path, variables, span));
        return Reusable(arguments) ? Remember(key, _rendered.GetOrAdd(key, html), arguments) : html;
    }

    /// <summary>Keeps <paramref name="html"/> under the objects passed too, unless one is a value boxed afresh for each call.</summary>
    private RawHtml Remember(Key key, RawHtml html, in DirectArguments arguments)
    {
        for (var i = 1; i < arguments.Count; i++)
        {
            if (arguments[i] is { } value && value.GetType().IsValueType)
            {
                return html;
            }
        }
        _byReference.TryAdd(key, html);
        return html;
    }

    public void Dispose() => _contexts.Dispose();

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>Scriban's own objects and arrays can change after the call and compare by reference: their output is never reused.</summary>
    private static bool Reusable(in DirectArguments arguments)
    {
        for (var i = 1; i < arguments.Count; i++)
        {
            if (arguments[i] is IScriptObject or ScriptArray)
            {
                return false;
            }
        }
        return true;
    }

    private static object? Argument(in DirectArguments arguments, int index) => index < arguments.Count ? arguments[index] : null;

    /// <summary>The partial sees each value under the name the caller wrote: <c>include_cached 'partials/entity-card' e</c> gives it <c>e</c>.</summary>
    private static string VariableName(ScriptNode? caller, int index) =>
        caller is ScriptFunctionCall call && index < call.Arguments.Count && call.Arguments[index] is ScriptVariable variable
            ? variable.Name
            : throw new ScriptRuntimeException(caller?.Span ?? default, "include_cached passes variables by name: write a variable, not an expression (assign it first)");

    private string Render(string path, ScriptObject variables, Scriban.Parsing.SourceSpan span)
    {
        var context = _contexts.Value!;
        if (!context.CachedTemplates.TryGetValue(path, out var template))
        {
            throw new ScriptRuntimeException(span, $"template '{path}' was not parsed at start-up");
        }
        context.PushGlobal(variables);
        try
        {
            var html = BufferedOutput.Render(context, template);
            context.PopGlobal();
            return html;
        }
        catch
        {
            // A failed render can leave scopes pushed: this thread starts over with a fresh context.
            _contexts.Value = newContext();
            throw;
        }
    }

    /// <summary>Compared by value: records compare field by field, strings by content.</summary>
    private readonly record struct Key(string Path, object? First, object? Second, object? Third);

    /// <summary>Keys compared by identity: the template path (one string per template, see <see cref="TemplateSet.GetPath"/>) and each value.</summary>
    private sealed class SameObjects : IEqualityComparer<Key>
    {
        public static readonly SameObjects Instance = new();

        public bool Equals(Key x, Key y) =>
            ReferenceEquals(x.Path, y.Path) && ReferenceEquals(x.First, y.First) && ReferenceEquals(x.Second, y.Second) && ReferenceEquals(x.Third, y.Third);

        public int GetHashCode(Key key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.Path), RuntimeHelpers.GetHashCode(key.First), RuntimeHelpers.GetHashCode(key.Second), RuntimeHelpers.GetHashCode(key.Third));
    }
}
