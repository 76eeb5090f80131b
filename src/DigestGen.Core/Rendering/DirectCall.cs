using System.Collections.Concurrent;
using System.Reflection;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DigestGen.Rendering;

/// <summary>A template function that can be called with its arguments as they are, without Scriban's argument array.</summary>
internal interface IDirectFunction
{
    /// <summary>Whether a call with <paramref name="count"/> arguments can be made directly (else Scriban's call runs, with its errors).</summary>
    bool Takes(int count);

    /// <param name="call">The call as parsed: its line for errors, its arguments' names.</param>
    /// <param name="printed">The call stands alone in a <c>{{ }}</c>, so its value is printed where it stands.</param>
    object? Call(TemplateContext context, ScriptFunctionCall call, bool printed, in DirectArguments arguments);
}

/// <summary>Up to four evaluated arguments, held on the stack.</summary>
internal readonly struct DirectArguments
{
    public const int Max = 4;

    private readonly object? _a, _b, _c, _d;

    public DirectArguments(int count, object? a, object? b = null, object? c = null, object? d = null)
    {
        Count = count;
        (_a, _b, _c, _d) = (a, b, c, d);
    }

    public int Count { get; }

    public object? this[int index] => index switch
    {
        0 => _a,
        1 => _b,
        2 => _c,
        3 => _d,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    /// <summary>The arguments Scriban passed, when there are few enough.</summary>
    public static DirectArguments From(ScriptArray arguments) =>
        arguments.Count <= Max
            ? new(arguments.Count, At(arguments, 0), At(arguments, 1), At(arguments, 2), At(arguments, 3))
            : throw new ArgumentException($"at most {Max} arguments", nameof(arguments));

    private static object? At(ScriptArray arguments, int index) => index < arguments.Count ? arguments[index] : null;
}

/// <summary>
/// <c>url x</c>, <c>bidi x</c>, <c>arabic_date x</c>…: a call of one of the theme's own functions,
/// made straight from the parsed template. Scriban calls any function through an argument array, a
/// list and a local scope made afresh for each call (three objects, a scope pushed and popped);
/// these functions are called for every link, name and date of every page, about 60 times a page.
/// The name is still looked up at each call: when it names the function registered under it, the
/// function is called directly with the evaluated arguments; when a template has put something else
/// under that name, Scriban's own call runs, so the template behaves as it always did.
/// </summary>
internal sealed class DirectCall : ScriptExpression
{
    private readonly ScriptFunctionCall _call;
    private readonly ScriptVariableGlobal _target;
    private readonly ScriptExpression[] _arguments;

    private DirectCall(ScriptFunctionCall call, ScriptVariableGlobal target)
    {
        _call = call;
        _target = target;
        _arguments = [.. call.Arguments];
        Span = call.Span;
    }

    /// <summary>The call as a direct one when it is a plain call of one of <paramref name="names"/> with up to four plain arguments.</summary>
    public static ScriptExpression From(ScriptFunctionCall call, IReadOnlySet<string> names) =>
        call.Target is ScriptVariableGlobal target && names.Contains(target.Name)
            && call.Arguments.Count is > 0 and <= DirectArguments.Max && call.Arguments.All(IsPlain)
            ? new DirectCall(call, target)
            : call;

    // A named argument or a spread (^list) needs Scriban's binding of arguments to parameters.
    private static bool IsPlain(ScriptExpression argument) =>
        argument is not ScriptNamedArgument
        && argument is not ScriptUnaryExpression { Operator: ScriptUnaryOperator.FunctionParametersExpand };

    public override object? Evaluate(TemplateContext context)
    {
        var count = _arguments.Length;
        if (context.Evaluate(_target, true) is not IDirectFunction function || !function.Takes(count))
        {
            return _call.Evaluate(context);
        }
        var arguments = new DirectArguments(count,
            context.Evaluate(_arguments[0]),
            count > 1 ? context.Evaluate(_arguments[1]) : null,
            count > 2 ? context.Evaluate(_arguments[2]) : null,
            count > 3 ? context.Evaluate(_arguments[3]) : null);
        return function.Call(context, _call, Parent is ScriptExpressionStatement, arguments);
    }

    public override void PrintTo(ScriptPrinter printer) => _call.PrintTo(printer);
}

/// <summary>
/// Replaces, in place, the calls of the direct functions in a parsed template (see <see cref="DirectCall"/>),
/// and its member reads with ones that remember their reader (see <see cref="CachedMemberExpression"/>).
/// In place, because each node keeps the line and column its errors report (Scriban's rewriter makes new
/// nodes without them). A pipe's call (<c>x | f</c>) and a <c>wrap</c> statement's stay Scriban's: they
/// take their arguments from elsewhere.
/// </summary>
internal static class DirectCallRewriter
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Slots = new();

    public static void Rewrite(Template template, IReadOnlySet<string> names)
    {
        if (!template.HasErrors && template.Page is { } page)
        {
            Rewrite(page, names);
        }
    }

    private static void Rewrite(ScriptNode node, IReadOnlySet<string> names)
    {
        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChildren(i) is { } child)
            {
                Rewrite(child, names);
            }
        }

        var calls = node is not (ScriptPipeCall or ScriptWrapStatement);
        if (node is ScriptList<ScriptExpression> list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (Replacement(list[i], names, calls) is { } replacement)
                {
                    list[i] = replacement;
                }
            }
            return;
        }
        foreach (var slot in Slots.GetOrAdd(node.GetType(), ExpressionSlots))
        {
            if (Replacement(slot.GetValue(node), names, calls) is { } replacement && slot.PropertyType.IsInstanceOfType(replacement))
            {
                slot.SetValue(node, replacement);
            }
        }
    }

    private static ScriptExpression? Replacement(object? node, IReadOnlySet<string> names, bool calls) => node switch
    {
        ScriptFunctionCall call when calls && DirectCall.From(call, names) is DirectCall direct => direct,
        ScriptMemberExpression member when CachedMemberExpression.From(member) is CachedMemberExpression cached => cached,
        _ => null,
    };

    // The node's public properties that can hold any expression or a member read: where a call or a read can be replaced.
    private static PropertyInfo[] ExpressionSlots(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0
                && typeof(ScriptNode).IsAssignableFrom(p.PropertyType) && p.PropertyType.IsAssignableFrom(typeof(CachedMemberExpression)))];
}
