using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DigestGen.Rendering;

/// <summary>
/// Scriban's <c>include</c>, returning the partial's output as <see cref="RawHtml"/>: a partial
/// is theme markup whose own values were already escaped, so it must not be escaped twice.
/// The common call, <c>include 'partials/name'</c> of a template parsed at start-up, printed where
/// it stands, writes the partial straight into the page: no string in between (lines are not
/// re-indented: see <see cref="HtmlTemplateContext"/>). Used as a value (assigned,
/// piped) it renders through <see cref="BufferedOutput"/>; anything else (extra arguments, an
/// unknown name) goes through Scriban's include.
/// </summary>
public sealed class TrustedInclude : IScriptCustomFunction, IDirectFunction
{
    [ThreadStatic]
    private static int _depth;

    private readonly IncludeFunction _inner = new();

    public int RequiredParameterCount => _inner.RequiredParameterCount;
    public int ParameterCount => _inner.ParameterCount;
    public ScriptVarParamKind VarParamKind => _inner.VarParamKind;
    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => _inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        arguments.Count == 1 && Parsed(context, callerContext, arguments[0]) is { } template
            ? Include(context, callerContext, template, printed: callerContext?.Parent is ScriptExpressionStatement)
            : new RawHtml(_inner.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");

    bool IDirectFunction.Takes(int count) => count == 1;

    object? IDirectFunction.Call(TemplateContext context, ScriptFunctionCall call, bool printed, in DirectArguments arguments)
    {
        // The partial's local variables ($name) live in a scope of its own, as in Scriban's call.
        context.PushLocal();
        try
        {
            return Parsed(context, call, arguments[0]) is { } template
                ? Include(context, call, template, printed)
                : new RawHtml(_inner.Invoke(context, call, [arguments[0]], null)?.ToString() ?? "");
        }
        finally
        {
            context.PopLocal();
        }
    }

    /// <summary>The template parsed at start-up that <paramref name="name"/> names, if it is one.</summary>
    private static Template? Parsed(TemplateContext context, ScriptNode? callerContext, object? name) =>
        name is string partial && context.TemplateLoader is { } loader
            && loader.GetPath(context, callerContext?.Span ?? default, partial) is { } path
            && context.CachedTemplates.TryGetValue(path, out var template)
            ? template
            : null;

    private static RawHtml? Include(TemplateContext context, ScriptNode? callerContext, Template template, bool printed)
    {
        if (printed)
        {
            // Printed where it stands: the partial writes straight into the page, no string in between.
            Render(context, callerContext, template, direct: true);
            return null;
        }
        return new RawHtml(Render(context, callerContext, template, direct: false));
    }

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new RawHtml((await _inner.InvokeAsync(context, callerContext, arguments, blockStatement))?.ToString() ?? "");

    private static string Render(TemplateContext context, ScriptNode? callerContext, Template template, bool direct)
    {
        if (_depth >= context.RecursiveLimit)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default,
                $"include nested more than {context.RecursiveLimit} deep: does a partial include itself?");
        }
        _depth++;
        try
        {
            if (!direct)
            {
                return BufferedOutput.Render(context, template);
            }
            BufferedOutput.Evaluate(context, template);
            return "";
        }
        finally
        {
            _depth--;
        }
    }
}
