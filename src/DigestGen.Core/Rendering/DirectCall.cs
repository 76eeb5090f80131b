using System.Collections.Concurrent;
using System.Reflection;
using Scriban;
using Scriban.Syntax;

namespace DigestGen.Rendering;

/// <summary>A template function that can be called with its arguments as they are, without Scriban's argument array.</summary>
internal interface IDirectFunction
{
    int ParameterCount { get; }

    object? Call(TemplateContext context, ScriptNode caller, object? first, object? second);
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
    private readonly ScriptExpression _target;
    private readonly ScriptExpression _first;
    private readonly ScriptExpression? _second;

    private DirectCall(ScriptFunctionCall call, ScriptVariableGlobal target)
    {
        _call = call;
        _target = target;
        _first = call.Arguments[0];
        _second = call.Arguments.Count > 1 ? call.Arguments[1] : null;
        Span = call.Span;
    }

    /// <summary>The call as a direct one when it is a plain call of one of <paramref name="names"/> with one or two plain arguments.</summary>
    public static ScriptExpression From(ScriptFunctionCall call, IReadOnlySet<string> names) =>
        call.Target is ScriptVariableGlobal target && names.Contains(target.Name)
            && call.Arguments.Count is 1 or 2 && call.Arguments.All(IsPlain)
            ? new DirectCall(call, target)
            : call;

    // A named argument or a spread (^list) needs Scriban's binding of arguments to parameters.
    private static bool IsPlain(ScriptExpression argument) =>
        argument is not ScriptNamedArgument
        && argument is not ScriptUnaryExpression { Operator: ScriptUnaryOperator.FunctionParametersExpand };

    public override object? Evaluate(TemplateContext context)
    {
        if (context.Evaluate(_target, true) is IDirectFunction function && function.ParameterCount == (_second is null ? 1 : 2))
        {
            var first = context.Evaluate(_first);
            var second = _second is null ? null : context.Evaluate(_second);
            return function.Call(context, _call, first, second);
        }
        return _call.Evaluate(context);
    }

    public override void PrintTo(ScriptPrinter printer) => _call.PrintTo(printer);
}

/// <summary>
/// Replaces, in place, the calls of the direct functions in a parsed template (see <see cref="DirectCall"/>).
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

        if (node is ScriptPipeCall or ScriptWrapStatement)
        {
            return;
        }
        if (node is ScriptList<ScriptExpression> list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is ScriptFunctionCall call && DirectCall.From(call, names) is DirectCall direct)
                {
                    list[i] = direct;
                }
            }
            return;
        }
        foreach (var slot in Slots.GetOrAdd(node.GetType(), ExpressionSlots))
        {
            if (slot.GetValue(node) is ScriptFunctionCall call && DirectCall.From(call, names) is DirectCall direct)
            {
                slot.SetValue(node, direct);
            }
        }
    }

    // The node's public properties that can hold any expression: where a call can be replaced by another expression.
    private static PropertyInfo[] ExpressionSlots(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0
                && typeof(ScriptNode).IsAssignableFrom(p.PropertyType) && p.PropertyType.IsAssignableFrom(typeof(DirectCall)))];
}
