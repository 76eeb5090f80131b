using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DigestGen.Rendering;

/// <summary>
/// A template function called directly. Scriban's own wrapper for a delegate calls it by
/// reflection (<c>DynamicInvoke</c>), which cost more than the rest of rendering a page: these
/// functions are called for every link of every page.
/// </summary>
internal sealed class TemplateFunction<TArg, TResult>(Func<TArg, TResult> body) : IScriptCustomFunction, IDirectFunction
{
    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;
    public Type ReturnType => typeof(TResult);

    // Direct: Scriban passes the evaluated arguments untouched. Its own conversion asks reflection
    // whether each parameter type is primitive on every call, which was a third of rendering.
    // TemplateArgument converts instead.
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        body(TemplateArgument.As<TArg>(context, callerContext, TemplateArgument.At(arguments, 0, 1, callerContext)));

    public bool Takes(int count) => count == 1;

    public object? Call(TemplateContext context, ScriptFunctionCall call, bool printed, in DirectArguments arguments) =>
        body(TemplateArgument.As<TArg>(context, call, arguments[0]));

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

/// <summary>A two-argument <see cref="TemplateFunction{TArg, TResult}"/>.</summary>
internal sealed class TemplateFunction<TArg1, TArg2, TResult>(Func<TArg1, TArg2, TResult> body) : IScriptCustomFunction, IDirectFunction
{
    public int RequiredParameterCount => 2;
    public int ParameterCount => 2;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;
    public Type ReturnType => typeof(TResult);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "value" : "kind");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        body(TemplateArgument.As<TArg1>(context, callerContext, TemplateArgument.At(arguments, 0, 2, callerContext)),
            TemplateArgument.As<TArg2>(context, callerContext, TemplateArgument.At(arguments, 1, 2, callerContext)));

    public bool Takes(int count) => count == 2;

    public object? Call(TemplateContext context, ScriptFunctionCall call, bool printed, in DirectArguments arguments) =>
        body(TemplateArgument.As<TArg1>(context, call, arguments[0]), TemplateArgument.As<TArg2>(context, call, arguments[1]));

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

internal static class TemplateArgument
{
    /// <summary>Argument <paramref name="index"/>; a call with another number of arguments is the template's error, with its line.</summary>
    public static object? At(ScriptArray arguments, int index, int expected, ScriptNode? caller) =>
        arguments.Count == expected
            ? arguments[index]
            : throw new ScriptRuntimeException(caller?.Span ?? default, $"this function takes {expected} argument{(expected == 1 ? "" : "s")}, not {arguments.Count}");

    /// <summary>The argument as the function's parameter type: as it is when it already is one, else by Scriban's conversions.</summary>
    public static T As<T>(TemplateContext context, ScriptNode? caller, object? value) => value switch
    {
        T typed => typed,
        null when default(T) is null => default!,
        _ when typeof(T) == typeof(string) => (T)(object)(context.ObjectToString(value) ?? ""),
        _ => (T)context.ToObject(caller?.Span ?? default, value, typeof(T))!,
    };
}
